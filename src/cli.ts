#!/usr/bin/env node
// The bin: the only module that touches process. It picks a command, runs it, prints what it
// returns and exits with its code: 0 clean, 1 findings, 2 usage, setup or internal error.
import { packageVersion } from './packageRoot.js';
import { GitSetupError } from './git/git.js';
import { errors, USAGE } from './messages.js';
import { EXIT_CLEAN, EXIT_ERROR, UsageError, type Command, type CommandContext } from './commands/command.js';

/** A command module: its `run` and its `--help` text. */
interface CommandModule {
  run: Command;
  HELP: string;
}

/** Commands load on demand, so the pre-commit path loads nothing it does not run. */
const COMMANDS: Record<string, () => Promise<CommandModule>> = {
  staged: () => import('./commands/staged.js'),
  scan: () => import('./commands/scan.js'),
  baseline: () => import('./commands/baseline.js'),
  rules: () => import('./commands/rules.js'),
  init: () => import('./commands/init.js'),
  doctor: () => import('./commands/doctor.js'),
  audit: () => import('./commands/audit.js'),
  'post-commit': () => import('./commands/postCommit.js'),
  'commit-msg': () => import('./commands/commitMsg.js'),
  'pre-push': () => import('./commands/prePush.js'),
  'pre-receive': () => import('./commands/preReceive.js'),
};

const DEFAULT_COMMAND = 'staged';

function colorWanted(stream: NodeJS.WriteStream): boolean {
  const env = process.env;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return Boolean(stream.isTTY) && env.TERM !== 'dumb';
}

function readStdin(): Promise<string> {
  return new Promise((resolve, reject) => {
    if (process.stdin.isTTY) {
      resolve('');
      return;
    }
    const chunks: Buffer[] = [];
    process.stdin.on('data', (chunk: Buffer) => chunks.push(chunk));
    process.stdin.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    process.stdin.on('error', reject);
  });
}

async function main(argv: readonly string[]): Promise<number> {
  const [first, ...rest] = argv;
  if (first === '-h' || first === '--help' || first === 'help') {
    const topic = first === 'help' && rest[0] ? COMMANDS[rest[0]] : undefined;
    process.stdout.write(topic ? (await topic()).HELP : USAGE);
    return EXIT_CLEAN;
  }
  if (first === '-v' || first === '--version') {
    process.stdout.write(`${packageVersion()}\n`);
    return EXIT_CLEAN;
  }
  const named = first !== undefined && !first.startsWith('-');
  const name = named ? first : DEFAULT_COMMAND;
  const entry = COMMANDS[name];
  if (!entry) throw new UsageError(errors.unknownCommand(name));
  const args = named ? rest : argv;
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write((await entry()).HELP);
    return EXIT_CLEAN;
  }
  const context: CommandContext = { cwd: process.cwd(), env: process.env, color: colorWanted(process.stdout), readStdin };
  const { run: command } = await entry();
  const result = await command(args, context);
  if (result.stderr) process.stderr.write(result.stderr);
  process.stdout.write(result.stdout);
  return result.exitCode;
}

function fail(error: unknown): number {
  if (error instanceof UsageError || error instanceof GitSetupError) {
    process.stderr.write(`jwtguard: ${error.message}\n`);
  } else {
    const detail = error instanceof Error ? error.message : String(error);
    process.stderr.write(`jwtguard: ${errors.internal(detail)}\n`);
    if (process.env.JWTGUARD_DEBUG) process.stderr.write(`${error instanceof Error ? error.stack : ''}\n`);
  }
  return EXIT_ERROR;
}

// A reader that closes early (`jwtguard | head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT_CLEAN);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.exitCode = fail(error);
  },
);
