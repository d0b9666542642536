// The cross-file stage: the same key value found in the files of two environments (`.env.development`
// and `.env.production`, `application-dev.yml` and `application-prod.yml`, `appsettings.Development.json`
// and `appsettings.Production.json`, `config/development.json` and `config/production.json`). A
// development copy of the key then forges production tokens. It runs over the findings of the scan,
// grouping them by a hash of the value, and keeps nothing else.
import { nodeCrypto } from '../nodeCrypto.js';
import type { Finding, Rule } from './types.js';
import { withPubliclyKnown } from './weakKeys.js';

/** The rule this stage reports: listed and configured like a line rule, never run on a line. */
export const JWT_SHARED_KEY: Rule = {
  id: 'jwt-shared-key',
  description: 'The same key is staged for two environments (.env.development and .env.production, two Spring profiles, …).',
  severity: 'error',
  keywords: [],
  stage: true,
  match: () => [],
};

/** JWT keys and private keys; a token is not a key, and this stage's own findings are not counted again. */
function isKeyFinding(rule: string): boolean {
  return (rule.startsWith('jwt-') || rule.startsWith('jwk-') || rule === 'private-key') && rule !== 'jwt-token' && rule !== JWT_SHARED_KEY.id;
}

/** Environment names as files spell them, to one name each. */
const ENVIRONMENTS: Readonly<Record<string, string>> = {
  dev: 'development', develop: 'development', development: 'development', local: 'development',
  prod: 'production', production: 'production', prd: 'production', live: 'production',
  stage: 'staging', staging: 'staging', stg: 'staging',
  test: 'test', testing: 'test', ci: 'test',
  qa: 'qa', uat: 'uat', preview: 'preview', demo: 'demo', sandbox: 'sandbox', int: 'integration', integration: 'integration',
};

/** Most to least sensitive: the finding is placed in the file of the most sensitive environment. */
const RANK = ['production', 'staging', 'uat', 'qa', 'preview', 'demo', 'sandbox', 'integration', 'test', 'development'];

const ENV_FILE_PATTERNS = [
  /^\.env\.([a-z]+)(?:\.local)?$/, // .env.production, .env.development.local
  /^([a-z]+)\.env$/, // production.env
  /^(?:application|bootstrap)-([a-z]+)\.(?:ya?ml|properties)$/, // Spring profiles
  /^appsettings\.([a-z]+)\.json$/, // .NET
];
/** node-config and the like: config/production.json. */
const CONFIG_DIR_FILE = /(?:^|\/)config\/([a-z]+)\.(?:json|ya?ml|toml)$/;

/** The environment a file belongs to, from its name; undefined for files of no one environment. */
export function environmentOf(path: string): string | undefined {
  const lower = path.toLowerCase();
  const base = lower.slice(lower.lastIndexOf('/') + 1);
  for (const pattern of ENV_FILE_PATTERNS) {
    const m = pattern.exec(base);
    if (m) return ENVIRONMENTS[m[1]!];
  }
  const m = CONFIG_DIR_FILE.exec(lower);
  return m ? ENVIRONMENTS[m[1]!] : undefined;
}

interface Occurrence {
  finding: Finding;
  environment: string;
}

function where(occurrence: Occurrence): string {
  return `${occurrence.environment} (${occurrence.finding.path}:${occurrence.finding.line})`;
}

function andList(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * One finding per key value found in the files of two or more environments. `rules` are the scan's
 * rules as its config sets them: nothing is reported when jwt-shared-key is off.
 */
export function sharedKeyFindings(findings: readonly Finding[], rules: readonly Rule[]): Finding[] {
  const rule = rules.find((each) => each.id === JWT_SHARED_KEY.id);
  if (!rule) return [];
  const byValue = new Map<string, Occurrence[]>();
  for (const finding of findings) {
    if (!isKeyFinding(finding.rule) || finding.secret === '') continue;
    const environment = environmentOf(finding.path);
    if (!environment) continue;
    // Grouped by a hash of (commit, value): a key is shared when one change stages it twice.
    const key = nodeCrypto().createHash('sha256').update(`${finding.commit ?? ''}\0${finding.secret}`).digest('hex');
    const list = byValue.get(key) ?? [];
    if (!list.some((each) => each.environment === environment && each.finding.path === finding.path && each.finding.line === finding.line)) {
      list.push({ finding, environment });
    }
    byValue.set(key, list);
  }
  const shared: Finding[] = [];
  for (const occurrences of byValue.values()) {
    const environments = [...new Set(occurrences.map((each) => each.environment))];
    if (environments.length < 2) continue;
    // Least sensitive first: "development (…) and production (…)"; the finding goes to the most sensitive file.
    environments.sort((a, b) => RANK.indexOf(b) - RANK.indexOf(a));
    const ordered = environments.map((environment) => occurrences.find((each) => each.environment === environment)!);
    const placed = ordered[ordered.length - 1]!;
    const finding: Finding = {
      ...placed.finding,
      rule: JWT_SHARED_KEY.id,
      severity: rule.severity,
      why: withPubliclyKnown(
        `The same key is staged for ${andList(ordered.map(where))}: a key shared between ${andList(environments)} ` +
          `lets anyone with the ${environments[0]} copy forge ${placed.environment} tokens. Give each environment its own key.`,
        placed.finding.secret,
      ),
    };
    shared.push(finding);
  }
  return shared;
}
