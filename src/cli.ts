// The CLI, bundled as dist/cli.cjs for the bin (src/bundle/bin.cjs): the only module that touches
// process. It picks a command, runs it, prints what it returns and exits with its code: 0 clean,
// 1 findings, 2 usage, setup or internal error.
import { createRequire } from 'node:module';
import { packageVersion } from './packageRoot.js';
import { errors, USAGE } from './messages.js';
import { EXIT_CLEAN, EXIT_ERROR, UsageError, type CommandContext, type CommandModule } from './commands/command.js';
import type * as Others from './commands/others.js';

/**
 * The command module called `name`, loaded on demand. `staged` and `post-commit` run on every
 * commit and are in the CLI's own bundle; the others are in dist/commands.cjs (see
 * commands/others.ts), which a commit never compiles.
 */
async function commandModule(name: string): Promise<CommandModule | undefined> {
  if (name === 'staged') return import('./commands/staged.js');
  if (name === 'post-commit') return import('./commands/postCommit.js');
  const others = createRequire(import.meta.url)('./commands.cjs') as typeof Others;
  return Object.hasOwn(others.COMMANDS, name) ? others.COMMANDS[name]!() : undefined;
}

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
    const topic = first === 'help' && rest[0] ? await commandModule(rest[0]) : undefined;
    process.stdout.write(topic ? topic.HELP : USAGE);
    return EXIT_CLEAN;
  }
  if (first === '-v' || first === '--version') {
    process.stdout.write(`${packageVersion()}\n`);
    return EXIT_CLEAN;
  }
  const named = first !== undefined && !first.startsWith('-');
  const name = named ? first : DEFAULT_COMMAND;
  const command = await commandModule(name);
  if (!command) throw new UsageError(errors.unknownCommand(name));
  const args = named ? rest : argv;
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(command.HELP);
    return EXIT_CLEAN;
  }
  const context: CommandContext = { cwd: process.cwd(), env: process.env, color: colorWanted(process.stdout), readStdin };
  const result = await command.run(args, context);
  if (result.stderr) process.stderr.write(result.stderr);
  process.stdout.write(result.stdout);
  return result.exitCode;
}

/** The errors printed as one line (exit 2), by name: classes from dist/commands.cjs are its own copies. */
const ONE_LINE_ERRORS = new Set(['UsageError', 'GitSetupError']);

function fail(error: unknown): number {
  if (error instanceof Error && ONE_LINE_ERRORS.has(error.name)) {
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
