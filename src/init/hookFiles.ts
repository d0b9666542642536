// Which hooks jwtguard needs, the line that runs it in each, and how to tell whether a hook file
// already runs it: shared by `init` (which adds the line) and `doctor` (which checks it).

import { STAMPS_DIR } from '../audit/records.js';
import { RECORDS_GIT_PATH } from '../git/git.js';

export interface HookSpec {
  /** git's name for the hook. */
  name: 'pre-commit' | 'commit-msg' | 'post-commit' | 'pre-push';
  /** The jwtguard subcommand the hook runs. */
  subcommand: string;
  /** The line a husky hook file gets (husky puts node_modules/.bin on PATH and passes git's arguments and stdin). */
  huskyLine: string;
  /** What the hook is for, in a few words, for init's and doctor's output. */
  purpose: string;
  /** Lines earlier versions of init wrote, which init now replaces with `huskyLine`. */
  replaces?: readonly string[];
}

export const HOOKS: readonly HookSpec[] = [
  { name: 'pre-commit', subcommand: 'staged', huskyLine: 'jwtguard staged', purpose: 'the staged scan' },
  // Without JWTGUARD_OVERRIDE there is no trailer to add: the shell test spares a Node start per commit.
  {
    name: 'commit-msg',
    subcommand: 'commit-msg',
    huskyLine: '[ -z "${JWTGUARD_OVERRIDE+set}" ] || jwtguard commit-msg "$1"',
    purpose: 'the override trailer',
    replaces: ['jwtguard commit-msg "$1"'],
  },
  // A commit the staged scan passed has a stamp named after its tree (see Records): no Node start.
  {
    name: 'post-commit',
    subcommand: 'post-commit',
    huskyLine: `[ -f "$(git rev-parse --git-path "${RECORDS_GIT_PATH}/${STAMPS_DIR}/$(git rev-parse 'HEAD^{tree}' 2>/dev/null)")" ] || jwtguard post-commit`,
    purpose: 'the bypass check',
    replaces: ['jwtguard post-commit'],
  },
  { name: 'pre-push', subcommand: 'pre-push', huskyLine: 'jwtguard pre-push "$@"', purpose: 'the range scan of what is pushed' },
];

/** `jwtguard` as a command word: alone, or as a path ending in /jwtguard (./node_modules/.bin/jwtguard). */
const JWTGUARD_WORD = /(?:^|[\s;&|(/])jwtguard(?=$|[\s;&|)])/g;

/**
 * Whether a hook script runs jwtguard's `subcommand` on a line that is not a comment. For
 * pre-commit, `jwtguard` with no subcommand counts too: `staged` is the default command.
 */
export function runsJwtguard(script: string, hook: HookSpec): boolean {
  for (const raw of script.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || /^(?:echo|printf)\b/.test(line)) continue;
    JWTGUARD_WORD.lastIndex = 0;
    for (let m = JWTGUARD_WORD.exec(line); m; m = JWTGUARD_WORD.exec(line)) {
      const next = line.slice(m.index + m[0].length).trim().split(/[\s;&|)]/)[0] ?? '';
      if (next === hook.subcommand) return true;
      if (hook.subcommand === 'staged' && (next === '' || next.startsWith('-'))) return true;
    }
  }
  return false;
}

/** The hook script with jwtguard's line added at the end (after lint-staged, tests, …), or undefined when it is already there. */
export function withJwtguardLine(existing: string | undefined, hook: HookSpec): string | undefined {
  if (existing === undefined || existing.trim() === '') return `${hook.huskyLine}\n`;
  if (runsJwtguard(existing, hook)) return undefined;
  return `${existing}${existing.endsWith('\n') ? '' : '\n'}${hook.huskyLine}\n`;
}

/**
 * The hook script with a line an earlier init wrote (HookSpec.replaces) replaced by today's, which
 * starts no Node where it need not; undefined when it holds no such line.
 */
export function withCurrentLine(existing: string | undefined, hook: HookSpec): { script: string; replaced: string } | undefined {
  if (existing === undefined || !hook.replaces) return undefined;
  const lines = existing.split('\n');
  const at = lines.findIndex((line) => hook.replaces!.includes(line.trim()));
  if (at === -1) return undefined;
  const replaced = lines[at]!.trim();
  lines[at] = lines[at]!.replace(replaced, hook.huskyLine);
  return { script: lines.join('\n'), replaced };
}
