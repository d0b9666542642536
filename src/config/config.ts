// What a repository may configure, and the defaults. A config is JSON only: a repository's
// config is data, so reading it never runs code from the repository.
import { DEFAULT_SETTINGS, type EntropyThresholds } from '../detect/settings.js';
import { UsageError } from '../commands/command.js';

/** A config problem: one line naming the file, the key and why; the scan stops with exit 2. */
export class ConfigError extends UsageError {}

/** Where a config is looked for at the top level, in this order (after `--config FILE`). */
export const CONFIG_FILES = ['.jwtguardrc.json', 'jwtguard.config.json'] as const;
/** Written by `jwtguard baseline` at the top level; read by every scan unless --no-baseline. */
export const BASELINE_FILE = '.jwtguard-baseline.json';
/** The key of package.json that may hold the config, looked at last. */
export const PACKAGE_JSON_KEY = 'jwtguard';

export type RuleSetting = 'off' | 'warn' | 'error';
export const RULE_SETTINGS: readonly RuleSetting[] = ['off', 'warn', 'error'];

export interface JwtguardConfig {
  /** Globs of paths to scan (from the top level); every path when empty. */
  include: readonly string[];
  /** Globs of paths never scanned; DEFAULT_EXCLUDE when the key is absent. */
  exclude: readonly string[];
  /** Per rule id: off, warn (reported, never blocks) or error (blocks). */
  rules: Readonly<Record<string, RuleSetting>>;
  allow: {
    /** Globs of paths whose findings are allowed (test fixtures, documentation). */
    paths: readonly string[];
    /** Patterns for known-safe values; each must match a found value whole. */
    values: readonly string[];
  };
  /** Extra names that hold a JWT key (compared without case, `_`, `-`, `.`). */
  jwtNames: readonly string[];
  /** Extra values that are known weak or leaked keys. */
  weakKeys: readonly string[];
  /** Entropy thresholds to change; the rest keep their defaults. */
  entropy: Partial<EntropyThresholds>;
  /** Globs of tests and fixtures, where generic-secret-assignment stays quiet (replaces the default list). */
  testPaths: readonly string[];
}

/**
 * Never scanned unless `exclude` is set: lockfiles (integrity hashes, no code) and minified or
 * bundled output (built from sources that are scanned; one line can be megabytes).
 */
export const DEFAULT_EXCLUDE: readonly string[] = [
  'package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lock', 'bun.lockb',
  'composer.lock', 'Gemfile.lock', 'Cargo.lock', 'poetry.lock', 'Pipfile.lock', 'uv.lock', 'go.sum',
  '*.min.js', '*.min.mjs', '*.min.cjs', '*.bundle.js', '*.chunk.js',
];

export const DEFAULT_CONFIG: JwtguardConfig = {
  include: [],
  exclude: DEFAULT_EXCLUDE,
  rules: {},
  allow: { paths: [], values: [] },
  jwtNames: [],
  weakKeys: [],
  entropy: {},
  testPaths: DEFAULT_SETTINGS.testPaths,
};

/** Bounds of each entropy threshold: bits per character cannot pass log2 of the alphabet. */
export const ENTROPY_BOUNDS: Readonly<Record<keyof EntropyThresholds, { min: number; max: number; integer?: boolean }>> = {
  minLength: { min: 1, max: 1024, integer: true },
  hex: { min: 0, max: 4 },
  base64: { min: 0, max: 6 },
  other: { min: 0, max: 8 },
};
