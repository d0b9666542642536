#!/usr/bin/env node
// The bin: the only module that touches process. It parses arguments, runs a scan, prints the
// report and turns the result into an exit code: 0 clean, 1 findings, 2 usage/setup/internal error.
import { readFileSync } from 'node:fs';
import { GitSetupError } from './git/git.js';
import { errors, USAGE } from './messages.js';
import { humanReport } from './report/human.js';
import { jsonReport } from './report/json.js';
import { scanStaged } from './scan/scanStaged.js';

const EXIT_CLEAN = 0;
const EXIT_FINDINGS = 1;
const EXIT_ERROR = 2;

class UsageError extends Error {}

type Format = 'human' | 'json';

interface Invocation {
  command: 'staged' | 'help' | 'version';
  format: Format;
}

export function parseArguments(argv: readonly string[]): Invocation {
  const invocation: Invocation = { command: 'staged', format: 'human' };
  let commandSeen = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-h' || arg === '--help') return { ...invocation, command: 'help' };
    if (arg === '-v' || arg === '--version') return { ...invocation, command: 'version' };
    if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (value === undefined || value === '') throw new UsageError(errors.missingValue('--format'));
      if (value !== 'human' && value !== 'json') throw new UsageError(errors.badFormat(value));
      invocation.format = value;
    } else if (arg.startsWith('-')) {
      throw new UsageError(errors.unknownOption(arg));
    } else if (!commandSeen) {
      if (arg !== 'staged') throw new UsageError(errors.unknownCommand(arg));
      commandSeen = true;
    } else {
      throw new UsageError(errors.unexpectedArgument(arg));
    }
  }
  return invocation;
}

function colorWanted(stream: NodeJS.WriteStream): boolean {
  const env = process.env;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return Boolean(stream.isTTY) && env.TERM !== 'dumb';
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

async function main(argv: readonly string[]): Promise<number> {
  const invocation = parseArguments(argv);
  if (invocation.command === 'help') {
    process.stdout.write(USAGE);
    return EXIT_CLEAN;
  }
  if (invocation.command === 'version') {
    process.stdout.write(`${version()}\n`);
    return EXIT_CLEAN;
  }
  const result = await scanStaged();
  const report = invocation.format === 'json' ? jsonReport(result) : humanReport(result, { color: colorWanted(process.stdout) });
  process.stdout.write(report);
  return result.findings.length > 0 ? EXIT_FINDINGS : EXIT_CLEAN;
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
