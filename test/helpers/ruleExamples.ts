// `jwtguard rules` shows each rule's first labeled true case as its example. The cases stay out
// of the build, so src/commands/ruleExamples.ts holds a copy, made here; test/scan.test.ts checks
// that it matches the cases and rewrites it under UPDATE_GOLDEN=1 (after a rule or case changes).
// Rules reported by a stage after the line rules have no line cases: their examples are below.
import { RULES } from '../../src/detect/rules/index.js';
import { RULE_CASES } from '../../src/detect/rules/index.cases.js';
import type { RuleExample } from '../../src/commands/ruleExamples.js';

/** Examples for the rules with no labeled line cases (made up, like every case). */
export const STAGE_RULE_EXAMPLES: Readonly<Record<string, RuleExample>> = {
  'jwt-key-identifier': {
    path: 'src/auth.js',
    code: "import jwt from 'jsonwebtoken';\nconst KEY = 'k3y-for-tokens';\nexport const issue = (user) => jwt.sign({ sub: user.id }, KEY);",
  },
  'jwt-shared-key': {
    path: '.env.development',
    alsoIn: '.env.production',
    code: 'JWT_SECRET=9f2c4e71b8d35a06e1c7',
  },
};

export function ruleExamples(): Record<string, RuleExample> {
  return Object.fromEntries(
    RULES.map((rule) => {
      const first = RULE_CASES.find((c) => c.rule === rule.id)?.truePositives[0];
      const example: RuleExample | undefined = first ? { path: first.path, code: first.code } : STAGE_RULE_EXAMPLES[rule.id];
      if (!example) throw new Error(`${rule.id} has no labeled true case to take an example from: add one, or an entry in STAGE_RULE_EXAMPLES`);
      return [rule.id, example];
    }),
  );
}

export function ruleExamplesSource(): string {
  const entries = Object.entries(ruleExamples()).map(([id, { path, alsoIn, code }]) => {
    const second = alsoIn === undefined ? '' : ` alsoIn: ${JSON.stringify(alsoIn)},`;
    return `  ${JSON.stringify(id)}: { path: ${JSON.stringify(path)},${second} code: ${JSON.stringify(code)} },`;
  });
  return [
    "// Generated from each rule's first labeled true case (src/detect/rules/*.cases.ts) by",
    '// test/scan.test.ts: rewrite it with `UPDATE_GOLDEN=1 npx vitest run test/scan.test.ts`. Every',
    '// value here is made up. Only `jwtguard rules` loads this module.',
    '',
    'export interface RuleExample {',
    '  /** A file name, which sets the language. */',
    '  path: string;',
    '  code: string;',
    '  /** A second file holding the same code (a rule about two files). */',
    '  alsoIn?: string;',
    '}',
    '',
    'export const RULE_EXAMPLES: Readonly<Record<string, RuleExample>> = {',
    ...entries,
    '};',
    '',
  ].join('\n');
}
