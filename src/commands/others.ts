// Every command but `staged` and `post-commit`, bundled apart (dist/commands.cjs): the hooks that run
// on every commit then compile none of them. Each still initialises only when it runs.
import type { CommandModule } from './command.js';

export const COMMANDS: Readonly<Record<string, () => Promise<CommandModule>>> = {
  scan: () => import('./scan.js'),
  baseline: () => import('./baseline.js'),
  rules: () => import('./rules.js'),
  init: () => import('./init.js'),
  doctor: () => import('./doctor.js'),
  audit: () => import('./audit.js'),
  'commit-msg': () => import('./commitMsg.js'),
  'pre-push': () => import('./prePush.js'),
  'pre-receive': () => import('./preReceive.js'),
};
