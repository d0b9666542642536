// Every rule must stay linear on hostile input: each rule's match() (prefilter bypassed) and the
// whole detector run over 1 MB lines of repeated quotes, backslashes, `eyJ`, `=`, base64 and
// random characters. The test asserts that each run finishes and throws nothing; how long each
// takes is the bench's business (bench/adversarial.mjs), never asserted here.
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/detect/rules/index.js';
import type { Language } from '../src/detect/language.js';
import type { ScanLine } from '../src/detect/types.js';
import { detectInText } from './helpers/detect.js';
import { ADVERSARIAL_LINES } from './helpers/adversarial.js';

const EXTENSION: Partial<Record<Language, string>> = {
  javascript: 'js', python: 'py', go: 'go', java: 'java', kotlin: 'kt', csharp: 'cs', ruby: 'rb', php: 'php',
  rust: 'rs', dotenv: 'env', yaml: 'yml', json: 'json', properties: 'properties', toml: 'toml', markup: 'md', shell: 'sh',
  hocon: 'conf', terraform: 'tf', sql: 'sql',
};

function scanLineFor(text: string, language: Language, neighbours: string[]): ScanLine {
  return { path: `adversarial.${EXTENSION[language] ?? 'txt'}`, language, lineNumber: 1, text, before: neighbours, after: neighbours };
}

describe('rules stay linear on adversarial lines', () => {
  for (const rule of RULES) {
    const languages: readonly Language[] = rule.languages ?? ['javascript', 'dotenv', 'json', 'yaml', 'hocon', 'terraform', 'sql'];
    it(`${rule.id}: finishes and throws nothing`, () => {
      for (const [name, text] of Object.entries(ADVERSARIAL_LINES)) {
        for (const language of languages) {
          // Neighbours as long as the line itself: window rules join them.
          const neighbours = name === 'random' ? [text.slice(0, 100_000)] : [];
          expect(() => rule.match(scanLineFor(text, language, neighbours)), `${rule.id} on ${name} (${language})`).not.toThrow();
        }
      }
    });
  }

  // Every rule in every language it reads is covered above; the whole pipeline (prefilter, window,
  // allow comments) is run on representative file types.
  it('the whole detector finishes on each adversarial line', () => {
    for (const [name, text] of Object.entries(ADVERSARIAL_LINES)) {
      for (const extension of ['js', 'py', 'env', 'json', 'yml']) {
        expect(() => detectInText(`x.${extension}`, `${text}\n${text.slice(0, 1000)}`), name).not.toThrow();
      }
    }
  });
});
