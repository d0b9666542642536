// The lexer on hostile input: it always ends, in time linear in the input (no wall-clock limit here;
// bench/adversarial.mjs measures speed), and an unterminated heredoc runs to the end of the file.
import { describe, expect, it } from 'vitest';
import { lex } from '../src/detect/lex/lexer.js';
import { profileFor } from '../src/detect/lex/profiles.js';

describe('lexer on unterminated input', () => {
  it('ends on a PHP heredoc whose marker never comes', () => {
    const tokens = [...lex('<?php $x = <<<EOT\nabc\n', profileFor('php', 'a.php')!)];
    expect(tokens.length).toBeGreaterThan(0);
  });

  for (const [language, path] of [['javascript', 'a.js'], ['python', 'a.py'], ['go', 'a.go'], ['php', 'a.php'], ['rust', 'a.rs']] as const) {
    it(`ends on 1 MB of unterminated quotes and backslashes (${language})`, () => {
      const text = '"\\'.repeat(512 * 1024);
      expect([...lex(text, profileFor(language, path)!)].length).toBeGreaterThanOrEqual(0);
    });
  }

  it('reads a Rust raw string without escapes', () => {
    const tokens = [...lex('let a = r"C:\\"; let b = "x";', profileFor('rust', 'a.rs')!)].filter((t) => t.kind === 'string');
    expect(tokens.map((t) => t.text)).toEqual(['r"C:\\"', '"x"']);
  });
});
