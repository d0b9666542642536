// What every command gets and gives back. Commands never touch `process`: the bin does.

/**
 * A problem the person can fix (usage, config): the bin prints its message as one line, exit 2.
 * The bin tells it by name: the commands' own bundle (dist/commands.cjs) has its own copy of the class.
 */
export class UsageError extends Error {
  override name = 'UsageError';
}

export interface CommandContext {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Whether human output may be coloured (NO_COLOR, FORCE_COLOR, a TTY). */
  color: boolean;
  /** Standard input, read to the end (hooks such as pre-push get their refs there). */
  readStdin(): Promise<string>;
}

export interface CommandResult {
  stdout: string;
  /** Warnings and notes for the person, kept off stdout so reports stay machine-readable. */
  stderr?: string;
  exitCode: number;
}

export type Command = (argv: readonly string[], context: CommandContext) => Promise<CommandResult>;

/** A command module: its `run` and its `--help` text. */
export interface CommandModule {
  run: Command;
  HELP: string;
}

export const EXIT_CLEAN = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;

export interface OptionSpec {
  /** Options that take a value (`--format json` or `--format=json`). */
  values?: readonly string[];
  /** Options that are on or off. */
  flags?: readonly string[];
  /** How many positional arguments the command takes. */
  positionals?: 'none' | 'any';
}

export interface ParsedOptions {
  values: Map<string, string>;
  flags: Set<string>;
  positionals: string[];
}

/** Parses `argv` against `spec`; anything else is a UsageError naming it. `--` ends options. */
export function parseOptions(command: string, argv: readonly string[], spec: OptionSpec): ParsedOptions {
  const parsed: ParsedOptions = { values: new Map(), flags: new Set(), positionals: [] };
  let optionsEnded = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!optionsEnded && arg === '--') {
      optionsEnded = true;
    } else if (!optionsEnded && arg.startsWith('-') && arg !== '-') {
      const eq = arg.indexOf('=');
      const name = eq === -1 ? arg : arg.slice(0, eq);
      if (spec.values?.includes(name)) {
        const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
        if (value === undefined || value === '') throw new UsageError(`option ${name} needs a value: run \`jwtguard ${command} --help\``);
        parsed.values.set(name, value);
      } else if (spec.flags?.includes(name) && eq === -1) {
        parsed.flags.add(name);
      } else {
        throw new UsageError(`unknown option "${arg}" for \`jwtguard ${command}\`: run \`jwtguard ${command} --help\``);
      }
    } else if (spec.positionals === 'any') {
      parsed.positionals.push(arg);
    } else {
      throw new UsageError(`unexpected argument "${arg}": \`jwtguard ${command}\` takes no paths`);
    }
  }
  return parsed;
}

export type Format = 'human' | 'json' | 'sarif';

export const FORMATS: readonly Format[] = ['human', 'json', 'sarif'];

export function formatOption(options: ParsedOptions): Format {
  const value = options.values.get('--format') ?? 'human';
  if (!(FORMATS as readonly string[]).includes(value)) throw new UsageError(`unknown format "${value}": use --format human, json or sarif`);
  return value as Format;
}
