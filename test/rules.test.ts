// Each rule's labeled cases (beside the rule, in src/detect/rules/*.cases.ts): a missed true case
// or a flagged false one fails the build.
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/detect/rules/index.js';
import { RULE_CASES } from '../src/detect/rules/index.cases.js';
import { detectInText } from './helpers/detect.js';

const MIN_CASES = 10;

describe('every rule carries its own labeled cases', () => {
  // Stage rules (identifier flow, cross-file) are tested in real repositories: test/crossFile.test.ts.
  it.each(RULES.filter((rule) => !rule.stage).map((rule) => rule.id))('%s has at least 10 true and 10 false cases', (id) => {
    const cases = RULE_CASES.find((c) => c.rule === id);
    expect(cases, `no cases for ${id}`).toBeDefined();
    expect(cases!.truePositives.length).toBeGreaterThanOrEqual(MIN_CASES);
    expect(cases!.falsePositives.length).toBeGreaterThanOrEqual(MIN_CASES);
  });
});

for (const { rule, truePositives, falsePositives, placeholders } of RULE_CASES) {
  describe(rule, () => {
    it.each(truePositives.map((c) => [c.note ?? c.code.split('\n')[0], c] as const))('flags: %s', (_label, c) => {
      const found = detectInText(c.path, c.code).filter((f) => f.rule === rule);
      expect(found.length, `${rule} missed in ${c.path}:\n${c.code}`).toBeGreaterThan(0);
      if (c.secret !== undefined) expect(found.map((f) => f.secret)).toContain(c.secret);
    });
    it.each(falsePositives.map((c) => [c.note ?? c.code.split('\n')[0], c] as const))('leaves alone: %s', (_label, c) => {
      const found = detectInText(c.path, c.code).filter((f) => f.rule === rule);
      expect(found.map((f) => `${f.line}:${f.column} ${f.secret}`), `${rule} flagged ${c.path}:\n${c.code}`).toEqual([]);
    });
    it.each(placeholders.map((c) => [c.note ?? c.code.split('\n')[0], c] as const))('treats as a placeholder: %s', (_label, c) => {
      const found = detectInText(c.path, c.code).filter((f) => f.rule === rule);
      expect(found.map((f) => f.secret), `${rule} flagged a placeholder in ${c.path}`).toEqual([]);
    });
  });
}
