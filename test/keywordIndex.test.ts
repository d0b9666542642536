// The keyword automaton (src/detect/keywordIndex.ts) must find exactly the keywords a plain
// case-insensitive substring search finds, whatever the overlaps between keywords.
import { describe, expect, it } from 'vitest';
import { KeywordIndex, orInto, setBit, type RuleMask } from '../src/detect/keywordIndex.js';
import { Detector } from '../src/detect/engine.js';
import { RULES } from '../src/detect/rules/index.js';
import { seededRandom as random } from './helpers/adversarial.js';

const asciiLower = (text: string): string => text.replace(/[A-Z]/g, (c) => c.toLowerCase());

function naive(keywords: ReadonlyMap<string, RuleMask>, text: string, words: number): RuleMask | undefined {
  const lower = asciiLower(text);
  let mask: RuleMask | undefined;
  for (const [keyword, bits] of keywords) if (lower.includes(keyword)) orInto((mask ??= new Array<number>(words).fill(0)), bits);
  return mask;
}

describe('KeywordIndex', () => {
  it('agrees with a substring search on random keywords and lines (overlaps, prefixes, case, non-ASCII)', () => {
    const next = random(7);
    const letters = 'abcAB.-_ é';
    const pick = (length: number, from: string) => Array.from({ length }, () => from[Math.floor(next() * from.length)]).join('');
    for (let round = 0; round < 40; round++) {
      const words = 2;
      const keywords = new Map<string, RuleMask>();
      for (let k = 0; k < 12; k++) {
        const keyword = asciiLower(pick(1 + Math.floor(next() * 5), 'abc.-_'));
        const mask = keywords.get(keyword) ?? [0, 0];
        setBit(mask, Math.floor(next() * 64));
        keywords.set(keyword, mask);
      }
      const index = new KeywordIndex(keywords, words);
      for (let t = 0; t < 200; t++) {
        const text = pick(Math.floor(next() * 30), letters);
        expect(index.rulesIn(text), `${JSON.stringify([...keywords.keys()])} in ${JSON.stringify(text)}`).toEqual(naive(keywords, text, words));
      }
    }
  });

  it("agrees with a substring search on the real rules' keywords", () => {
    const keywords = new Map<string, RuleMask>();
    const lineRules = RULES.filter((rule) => !rule.stage);
    lineRules.forEach((rule, bit) => {
      for (const keyword of rule.keywords) {
        const mask = keywords.get(keyword.toLowerCase()) ?? new Array<number>(3).fill(0);
        setBit(mask, bit);
        keywords.set(keyword.toLowerCase(), mask);
      }
    });
    const index = new KeywordIndex(keywords, 3);
    const lines = [
      "const token = jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: '1h' });",
      'JWT_SECRET=changeme',
      'AWS_SECRET_ACCESS_KEY = "…"',
      '-----BEGIN RSA PRIVATE KEY-----',
      'const x = 1;',
      '',
    ];
    for (const line of lines) expect(index.rulesIn(line)).toEqual(naive(keywords, line, 3));
    expect(new Detector(RULES).rulesIn(lines[0]!)).toBeDefined();
  });
});
