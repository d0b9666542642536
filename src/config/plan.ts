// Turns the config, the baseline and the scan flags into what the pipeline needs: which paths to
// read, the rules with their severities, the detection settings, and the suppression stage.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Detector } from '../detect/engine.js';
import { RULES } from '../detect/rules/index.js';
import { DEFAULT_SETTINGS, useSettings } from '../detect/settings.js';
import type { Rule } from '../detect/types.js';
import { topLevel } from '../git/git.js';
import type { OptionSpec, ParsedOptions } from '../commands/command.js';
import type { ConfigAllow, SuppressionOptions } from '../suppress/suppress.js';
import { BASELINE_FILE, ConfigError, type JwtguardConfig } from './config.js';
import { pathMatcher } from './pathMatch.js';
import { loadConfig } from './load.js';

/** Options every scanning command takes for its config and suppressions. */
export const PLAN_OPTIONS: Required<Pick<OptionSpec, 'values' | 'flags'>> = {
  values: ['--config'],
  flags: ['--no-baseline', '--audit'],
};

export interface PlanOptions {
  /** `--config FILE`. */
  configFile?: string;
  /** `--no-baseline`: report what the baseline would skip. */
  noBaseline?: boolean;
  /** `--audit`: ignore allow comments, the config's allow lists and the baseline. */
  audit?: boolean;
}

export function planOptionsFrom(options: ParsedOptions): PlanOptions {
  const plan: PlanOptions = { noBaseline: options.flags.has('--no-baseline'), audit: options.flags.has('--audit') };
  const configFile = options.values.get('--config');
  if (configFile !== undefined) plan.configFile = configFile;
  return plan;
}

export interface ScanPlan {
  topLevel: string;
  /** Where the config came from; undefined when the defaults apply. */
  configSource?: string;
  detector: Detector;
  /** Whether a path (from the top level) is scanned at all: include and exclude. */
  includesPath(path: string): boolean;
  suppression: SuppressionOptions;
}

/** The rules as the config sets them: `off` ones dropped, `warn` and `error` overriding severity. */
export function configuredRules(config: JwtguardConfig, rules: readonly Rule[] = RULES): Rule[] {
  const chosen: Rule[] = [];
  for (const rule of rules) {
    const setting = config.rules[rule.id];
    if (setting === 'off') continue;
    const severity = setting === 'warn' ? 'warning' : setting === 'error' ? 'error' : rule.severity;
    chosen.push(severity === rule.severity ? rule : { ...rule, severity });
  }
  return chosen;
}

export async function pathFilter(config: JwtguardConfig): Promise<(path: string) => boolean> {
  const [included, excluded] = await Promise.all([pathMatcher(config.include), pathMatcher(config.exclude)]);
  const includeAll = config.include.length === 0;
  return (path) => (includeAll || included(path) !== undefined) && excluded(path) === undefined;
}

async function configAllow(config: JwtguardConfig): Promise<ConfigAllow | undefined> {
  if (config.allow.paths.length === 0 && config.allow.values.length === 0) return undefined;
  const { compileValuePattern, matchingPattern } = await import('./valuePattern.js');
  const patterns = config.allow.values.map((source) => {
    const compiled = compileValuePattern(source);
    if ('problem' in compiled) throw new ConfigError(`allow.values: ${JSON.stringify(source)}: ${compiled.problem}`);
    return { source, regex: compiled.regex };
  });
  return { pathGlob: await pathMatcher(config.allow.paths), valuePattern: (value) => matchingPattern(value, patterns) };
}

async function readBaseline(top: string): Promise<ReadonlySet<string> | undefined> {
  let text: string;
  try {
    // Synchronous, like the config's reads (load.ts): a round trip through the thread pool costs more.
    text = readFileSync(join(top, BASELINE_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new ConfigError(`could not read ${BASELINE_FILE}: ${(error as Error).message}`);
  }
  // Loaded only when a baseline exists: most repositories have none.
  const { parseBaseline } = await import('../suppress/baseline.js');
  return parseBaseline(text);
}

/**
 * Reads the config (and the baseline, unless told not to) from the top level of the repository
 * at `cwd`, and sets this process's detection settings from it. `topLevelRead` is the top level
 * when the caller has already asked git for it.
 */
export async function preparePlan(cwd: string, options: PlanOptions = {}, topLevelRead: Promise<string> = topLevel(cwd)): Promise<ScanPlan> {
  const top = await topLevelRead;
  const configRead = loadConfig({ topLevel: top, cwd, ruleIds: RULES.map((rule) => rule.id), ...(options.configFile !== undefined ? { file: options.configFile } : {}) });
  const baselineRead = options.noBaseline || options.audit ? Promise.resolve(undefined) : readBaseline(top);
  const [{ config, source }, baseline] = await Promise.all([configRead, baselineRead]);
  useSettings({
    extraJwtNames: config.jwtNames,
    extraWeakKeys: config.weakKeys,
    entropy: { ...DEFAULT_SETTINGS.entropy, ...config.entropy },
    testPaths: config.testPaths,
  });
  const suppression: SuppressionOptions = {};
  const [allow, includesPath] = await Promise.all([configAllow(config), pathFilter(config)]);
  if (allow) suppression.configAllow = allow;
  if (baseline) suppression.baseline = baseline;
  if (options.audit) suppression.audit = true;
  const plan: ScanPlan = { topLevel: top, detector: new Detector(configuredRules(config)), includesPath, suppression };
  if (source !== undefined) plan.configSource = source;
  return plan;
}
