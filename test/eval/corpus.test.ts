// The corpus evaluation as a test, so CI enforces what `npm run eval` prints: every rule and every
// language at or above its precision and recall target (test/eval/targets.ts).
import { describe, expect, it } from 'vitest';
import { evaluate, formatEvaluation } from './evaluate.js';
import { parseLabels, parseSidecar } from './corpus.js';

describe('corpus labels', () => {
  it('reads a label comment in each comment syntax and cuts it off before scanning', () => {
    const { text, labels } = parseLabels(
      [
        "jwt.sign(p, 'a'); // jwtguard-expect: jwt-call-literal",
        'JWT_SECRET=b # jwtguard-expect: jwt-secret-assignment, generic-secret-assignment',
        'plain line',
        '<x/> <!-- jwtguard-expect: private-key -->',
      ].join('\n'),
      'sample',
    );
    expect(text).toBe("jwt.sign(p, 'a');\nJWT_SECRET=b\nplain line\n<x/>");
    expect([...labels.entries()].map(([line, ids]) => [line, [...ids]])).toEqual([
      [1, ['jwt-call-literal']],
      [2, ['jwt-secret-assignment', 'generic-secret-assignment']],
      [4, ['private-key']],
    ]);
  });

  it('keeps the line endings of a CRLF file', () => {
    const { text, labels } = parseLabels('A=1\r\nJWT_SECRET=x # jwtguard-expect: jwt-secret-assignment\r\n', 'sample');
    expect(text).toBe('A=1\r\nJWT_SECRET=x\r\n');
    expect([...labels.keys()]).toEqual([2]);
  });

  it('rejects a label that is not in a comment at the end of its line', () => {
    expect(() => parseLabels('x = 1 jwtguard-expect: jwt-call-literal', 'sample')).toThrow(/must end the line/);
  });

  it('reads a sidecar .expect file', () => {
    const labels = new Map<number, Set<string>>();
    parseSidecar('# comment\n3 jwt-secret-assignment\n\n7 private-key,jwk-private-key\n', labels, 'sample.expect');
    expect([...labels.entries()].map(([line, ids]) => [line, [...ids]])).toEqual([
      [3, ['jwt-secret-assignment']],
      [7, ['private-key', 'jwk-private-key']],
    ]);
  });
});

describe('corpus evaluation (the built CLI over test/corpus)', () => {
  const evaluation = evaluate();
  const report = formatEvaluation(evaluation);

  it('covers the corpus', () => {
    expect(evaluation.files).toBeGreaterThan(0);
    expect(evaluation.labels).toBeGreaterThan(0);
  });

  it.each(evaluation.rules.map((r) => [r.name, r] as const))('rule %s meets its precision and recall target', (_name, r) => {
    expect(r.precision, report).toBeGreaterThanOrEqual(r.target.precision);
    expect(r.recall, report).toBeGreaterThanOrEqual(r.target.recall);
  });

  it.each(evaluation.languages.map((r) => [r.name, r] as const))('language %s meets its precision and recall target', (_name, r) => {
    expect(r.precision, report).toBeGreaterThanOrEqual(r.target.precision);
    expect(r.recall, report).toBeGreaterThanOrEqual(r.target.recall);
  });
});
