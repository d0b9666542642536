// Checks a parsed config by hand (no schema library on the commit path) and names the first bad
// key and why. src/config/jwtguard.schema.json describes the same shape for editors; a test runs
// the same configs through both.
import type { EntropyThresholds } from '../detect/settings.js';
import {
  ConfigError, DEFAULT_CONFIG, ENTROPY_BOUNDS, RULE_SETTINGS, type JwtguardConfig, type RuleSetting,
} from './config.js';
import { globProblem } from './globs.js';
import { compileValuePattern } from './valuePattern.js';

const TOP_KEYS = ['$schema', 'include', 'exclude', 'rules', 'allow', 'jwtNames', 'weakKeys', 'entropy', 'testPaths'] as const;
const ALLOW_KEYS = ['paths', 'values'] as const;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`;
}

class Checker {
  constructor(private readonly source: string) {}

  fail(key: string, why: string): never {
    throw new ConfigError(`${this.source}: "${key}" ${why}`);
  }

  object(key: string, value: unknown, known: readonly string[]): Record<string, unknown> {
    if (!isObject(value)) this.fail(key, `must be an object, not ${describe(value)}`);
    for (const name of Object.keys(value)) {
      if (!known.includes(name)) {
        const where = key === '' ? `"${name}"` : `"${key}.${name}"`;
        throw new ConfigError(`${this.source}: unknown key ${where}; known keys: ${known.filter((k) => k !== '$schema').join(', ')}`);
      }
    }
    return value;
  }

  strings(key: string, value: unknown, each: (text: string) => string | undefined = () => undefined): string[] {
    if (!Array.isArray(value)) this.fail(key, `must be an array of strings, not ${describe(value)}`);
    return value.map((item, i) => {
      if (typeof item !== 'string' || item === '') this.fail(`${key}[${i}]`, `must be a non-empty string, not ${describe(item)}`);
      const problem = each(item);
      if (problem) this.fail(`${key}[${i}]`, `${JSON.stringify(item)}: ${problem}`);
      return item;
    });
  }
}

/** The config in `value` (parsed JSON from `source`), with defaults filled in; a ConfigError names what is wrong. */
export function validateConfig(value: unknown, source: string, ruleIds: readonly string[]): JwtguardConfig {
  const check = new Checker(source);
  if (!isObject(value)) throw new ConfigError(`${source}: the config must be a JSON object, not ${describe(value)}`);
  const raw = check.object('', value, TOP_KEYS);
  const config: JwtguardConfig = { ...DEFAULT_CONFIG, allow: { ...DEFAULT_CONFIG.allow } };
  if (raw.$schema !== undefined && typeof raw.$schema !== 'string') check.fail('$schema', `must be a string, not ${describe(raw.$schema)}`);
  if (raw.include !== undefined) config.include = check.strings('include', raw.include, globProblem);
  if (raw.exclude !== undefined) config.exclude = check.strings('exclude', raw.exclude, globProblem);
  if (raw.rules !== undefined) {
    const rules = check.object('rules', raw.rules, Object.keys(isObject(raw.rules) ? raw.rules : {}));
    const settings: Record<string, RuleSetting> = {};
    for (const [id, setting] of Object.entries(rules)) {
      if (!ruleIds.includes(id)) check.fail(`rules.${id}`, `is not a rule; rules: ${ruleIds.join(', ')} (see \`jwtguard rules\`)`);
      if (typeof setting !== 'string' || !RULE_SETTINGS.includes(setting as RuleSetting)) {
        check.fail(`rules.${id}`, `must be "off", "warn" or "error", not ${describe(setting)}`);
      }
      settings[id] = setting as RuleSetting;
    }
    config.rules = settings;
  }
  if (raw.allow !== undefined) {
    const allow = check.object('allow', raw.allow, ALLOW_KEYS);
    if (allow.paths !== undefined) config.allow.paths = check.strings('allow.paths', allow.paths, globProblem);
    if (allow.values !== undefined) {
      config.allow.values = check.strings('allow.values', allow.values, (pattern) => {
        const compiled = compileValuePattern(pattern);
        return 'problem' in compiled ? compiled.problem : undefined;
      });
    }
  }
  const hasWordCharacter = (name: string): string | undefined => (/[A-Za-z0-9]/.test(name) ? undefined : 'a name needs a letter or digit');
  if (raw.jwtNames !== undefined) config.jwtNames = check.strings('jwtNames', raw.jwtNames, hasWordCharacter);
  if (raw.weakKeys !== undefined) config.weakKeys = check.strings('weakKeys', raw.weakKeys);
  if (raw.testPaths !== undefined) config.testPaths = check.strings('testPaths', raw.testPaths, globProblem);
  if (raw.entropy !== undefined) {
    const entropy = check.object('entropy', raw.entropy, Object.keys(ENTROPY_BOUNDS));
    const thresholds: Partial<EntropyThresholds> = {};
    for (const [name, value] of Object.entries(entropy)) {
      const bounds = ENTROPY_BOUNDS[name as keyof EntropyThresholds];
      const kind = bounds.integer ? 'an integer' : 'a number';
      if (typeof value !== 'number' || !Number.isFinite(value) || (bounds.integer && !Number.isInteger(value))) {
        check.fail(`entropy.${name}`, `must be ${kind} from ${bounds.min} to ${bounds.max}, not ${describe(value)}`);
      }
      const threshold = value as number;
      if (threshold < bounds.min || threshold > bounds.max) check.fail(`entropy.${name}`, `must be ${kind} from ${bounds.min} to ${bounds.max}, not ${threshold}`);
      thresholds[name as keyof EntropyThresholds] = threshold;
    }
    config.entropy = thresholds;
  }
  return config;
}
