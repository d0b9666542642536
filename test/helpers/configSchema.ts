// The config's JSON Schema as the code defines it (rule ids, default excludes, entropy bounds).
// src/config/jwtguard.schema.json ships this; test/config.test.ts checks the two are the same and
// rewrites the file under UPDATE_GOLDEN=1 (after a rule is added, say).
import { RULES } from '../../src/detect/rules/index.js';
import { DEFAULT_EXCLUDE, ENTROPY_BOUNDS, RULE_SETTINGS } from '../../src/config/config.js';
import { MAX_VALUE_LENGTH } from '../../src/config/valuePattern.js';

const GLOB = {
  type: 'string',
  minLength: 1,
  // From the top level, with "/" separators, never reaching out with "..".
  pattern: '^(?!/)(?!(?:.*/)?\\.\\.(?:/|$))[^\\\\]*$',
};

function globs(description: string) {
  return { type: 'array', description, items: { ...GLOB } };
}

export function configSchema(): object {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://www.npmjs.com/package/jwtguard/jwtguard.schema.json',
    title: 'jwtguard config',
    description:
      'Config for jwtguard, in .jwtguardrc.json, jwtguard.config.json or the "jwtguard" key of package.json, at the top level of the repository. JSON only.',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string', description: 'The path or URL of this schema, for editors.' },
      include: globs(
        'Globs of paths (from the top level) to scan; every path when absent or empty. A glob without "/" matches at any depth and a folder covers what is under it, as in .gitignore.',
      ),
      exclude: {
        ...globs('Globs of paths never scanned. When absent, lockfiles and minified bundles are left out; a list given here replaces those defaults.'),
        default: DEFAULT_EXCLUDE,
      },
      rules: {
        type: 'object',
        description: 'Per rule id: "off", "warn" (reported, never blocks) or "error" (blocks). `jwtguard rules` lists them.',
        additionalProperties: false,
        properties: Object.fromEntries(RULES.map((rule) => [rule.id, { type: 'string', enum: RULE_SETTINGS, description: rule.description }])),
      },
      allow: {
        type: 'object',
        description: 'Findings to let through; each is counted and shown, like an allow comment.',
        additionalProperties: false,
        properties: {
          paths: globs('Globs of paths whose findings are allowed (test fixtures, documentation).'),
          values: {
            type: 'array',
            description: `Regular expressions for known-safe values, each matching a found value whole. Refused: repeated groups holding a quantifier or "|", backreferences, more than 3 unbounded quantifiers. Values longer than ${MAX_VALUE_LENGTH} characters are never matched.`,
            items: { type: 'string', minLength: 1, maxLength: 200 },
          },
        },
      },
      jwtNames: {
        type: 'array',
        description: 'Extra names that hold a JWT signing key (compared without case, "_", "-", ".").',
        items: { type: 'string', minLength: 1, pattern: '[A-Za-z0-9]' },
      },
      weakKeys: {
        type: 'array',
        description: 'Extra values that are known weak or leaked keys.',
        items: { type: 'string', minLength: 1 },
      },
      testPaths: {
        type: 'array',
        description:
          'Globs of tests and fixtures, where generic-secret-assignment stays quiet (test code hardcodes passwords on purpose). Replaces the default list; provider tokens and JWT keys are reported everywhere.',
        items: { type: 'string', minLength: 1, maxLength: 200 },
      },
      entropy: {
        type: 'object',
        description: 'Entropy thresholds (bits per character, by alphabet) at or above which a string counts as random.',
        additionalProperties: false,
        properties: Object.fromEntries(
          Object.entries(ENTROPY_BOUNDS).map(([name, bounds]) => [
            name,
            {
              type: bounds.integer ? 'integer' : 'number',
              minimum: bounds.min,
              maximum: bounds.max,
              description: name === 'minLength' ? 'Shortest string judged at all.' : `Threshold for ${name} strings.`,
            },
          ]),
        ),
      },
    },
  };
}

export function configSchemaText(): string {
  return `${JSON.stringify(configSchema(), null, 2)}\n`;
}
