#!/usr/bin/env node
// The bin: the only module that touches process. It picks a command, runs it, prints what it
// returns and exits with its code: 0 clean, 1 findings, 2 usage, setup or internal error.
import { packageVersion } from './packageRoot.js';
import { GitSetupError } from './git/git.js';
import { errors, USAGE } from './messages.js';
import { EXIT_CLEAN, EXIT_ERROR, UsageError, type Command, type CommandContext } from './commands/command.js';

/** Commands load on demand, so the pre-commit path loads nothing it does not run. */
const COMMANDS: Record<string, { load: () => Promise<Command>; help: () => Promise<string> }> = {
  staged: {
    load: async () => (await import('./commands/staged.js')).staged,
    help: async () => (await import('./commands/staged.js')).STAGED_HELP,
  },
  scan: {
    load: async () => (await import('./commands/scan.js')).scan,
    help: async () => (await import('./commands/scan.js')).SCAN_HELP,
  },
  baseline: {
    load: async () => (await import('./commands/baseline.js')).baseline,
    help: async () => (await import('./commands/baseline.js')).BASELINE_HELP,
  },
  rules: {
    load: async () => (await import('./commands/rules.js')).rules,
    help: async () => (await import('./commands/rules.js')).RULES_HELP,
  },
  init: {
    load: async () => (await import('./commands/init.js')).init,
    help: async () => (await import('./commands/init.js')).INIT_HELP,
  },
  doctor: {
    load: async () => (await import('./commands/doctor.js')).doctor,
    help: async () => (await import('./commands/doctor.js')).DOCTOR_HELP,
  },
  audit: {
    load: async () => (await import('./commands/audit.js')).audit,
    help: async () => (await import('./commands/audit.js')).AUDIT_HELP,
  },
  'post-commit': {
    load: async () => (await import('./commands/postCommit.js')).postCommit,
    help: async () => (await import('./commands/postCommit.js')).POST_COMMIT_HELP,
  },
  'commit-msg': {
    load: async () => (await import('./commands/commitMsg.js')).commitMsg,
    help: async () => (await import('./commands/commitMsg.js')).COMMIT_MSG_HELP,
  },
  'pre-push': {
    load: async () => (await import('./commands/prePush.js')).prePush,
    help: async () => (await import('./commands/prePush.js')).PRE_PUSH_HELP,
  },
  'pre-receive': {
    load: async () => (await import('./commands/preReceive.js')).preReceive,
    help: async () => (await import('./commands/preReceive.js')).PRE_RECEIVE_HELP,
  },
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
    process.stdout.write(topic ? await topic.help() : USAGE);
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
    process.stdout.write(await entry.help());
    return EXIT_CLEAN;
  }
  const context: CommandContext = { cwd: process.cwd(), env: process.env, color: colorWanted(process.stdout), readStdin };
  const command = await entry.load();
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
