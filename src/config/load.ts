// Finds and reads the config: `--config FILE`, else the first of CONFIG_FILES at the top level,
// else package.json#jwtguard; none at all means the defaults. JSON only, parsed as data.
import { readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { CONFIG_FILES, ConfigError, DEFAULT_CONFIG, PACKAGE_JSON_KEY, type JwtguardConfig } from './config.js';

export interface LoadedConfig {
  config: JwtguardConfig;
  /** Where it came from (`.jwtguardrc.json`, `package.json#jwtguard`, a --config path); undefined for the defaults. */
  source?: string;
}

/**
 * Synchronous on purpose: the scan waits for the config, and three small reads that usually find
 * nothing cost less than three round trips through the thread pool.
 */
function readIfPresent(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw new ConfigError(`could not read ${path}: ${(error as Error).message}`);
  }
}

/** Whether `prefix` could still begin a valid JSON text (it fails only because it stops early). */
function viablePrefix(prefix: string): boolean {
  try {
    JSON.parse(prefix);
    return true;
  } catch (error) {
    const message = (error as Error).message;
    const at = /at position (\d+)/.exec(message);
    return /Unexpected end of JSON input/.test(message) || (at !== null && Number(at[1]) >= prefix.length);
  }
}

/**
 * Line and column of the first character that no valid JSON text could have there. Error messages
 * differ between Node versions (some give no position), so the place is found by bisecting on
 * prefixes: a prefix stays viable until the bad character.
 */
export function jsonErrorPlace(text: string): { line: number; column: number } {
  let low = 0; // longest prefix known viable
  let high = text.length + 1; // shortest prefix known not viable (or past the end)
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (viablePrefix(text.slice(0, mid))) low = mid;
    else high = mid;
  }
  const offset = Math.min(high - 1, text.length);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** Parses JSON text or throws a ConfigError naming `source`, the line and column, and the cause. */
export function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const cause = (error as Error).message
      .replace(/, ".*" is not valid JSON$/s, '')
      .replace(/ in JSON at position \d+.*$/s, '')
      .replace(/ of JSON input$/, ' of the file');
    const { line, column } = jsonErrorPlace(text);
    throw new ConfigError(`${source}: invalid JSON at line ${line}, column ${column}: ${cause} (the config is JSON only: no comments or trailing commas)`);
  }
}

export interface LoadConfigOptions {
  /** The work tree's top level, where the config files are looked for. */
  topLevel: string;
  /** Where `--config` is relative to. */
  cwd: string;
  /** `--config FILE`: this file and no other. */
  file?: string;
  /** Known rule ids, for checking `rules`. */
  ruleIds: readonly string[];
}

/** Checks a config that was found; the checker (and the glob engine it uses) loads only then. */
async function validated(value: unknown, source: string, ruleIds: readonly string[]): Promise<LoadedConfig> {
  const { validateConfig } = await import('./validate.js');
  return { config: validateConfig(value, source, ruleIds), source };
}

export async function loadConfig(options: LoadConfigOptions): Promise<LoadedConfig> {
  if (options.file !== undefined) {
    const path = resolve(options.cwd, options.file);
    const text = readIfPresent(path);
    if (text === undefined) throw new ConfigError(`--config ${options.file}: no such file`);
    const shown = isAbsolute(options.file) ? options.file : relative(options.cwd, path) || options.file;
    return validated(parseJson(text, shown), shown, options.ruleIds);
  }
  for (const name of CONFIG_FILES) {
    const text = readIfPresent(join(options.topLevel, name));
    if (text !== undefined) return validated(parseJson(text, name), name, options.ruleIds);
  }
  const pkgText = readIfPresent(join(options.topLevel, 'package.json'));
  // Most package.json files never mention jwtguard: skip parsing them (and any breakage in them).
  if (pkgText !== undefined && pkgText.includes(`"${PACKAGE_JSON_KEY}"`)) {
    const pkg = parseJson(pkgText, 'package.json');
    if (typeof pkg === 'object' && pkg !== null && PACKAGE_JSON_KEY in pkg) {
      return validated((pkg as Record<string, unknown>)[PACKAGE_JSON_KEY], `package.json#${PACKAGE_JSON_KEY}`, options.ruleIds);
    }
  }
  return { config: DEFAULT_CONFIG };
}
