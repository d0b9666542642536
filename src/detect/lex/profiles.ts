// How each language family writes strings and comments: the lexer reads a profile, not a language.
import type { Language } from '../language.js';

export interface LexProfile {
  /** Line comment markers. */
  lineComments: readonly string[];
  /** `/* … *\/` comments; Rust's nest. */
  blockComments: 'none' | 'flat' | 'nested';
  /** `#` at the start of a line is a directive or comment line (C#, C-like preprocessors). */
  hashLineDirective?: boolean;
  /** Characters that open a plain string; `'` may hold one character only (charQuote). */
  quotes: string;
  /** `'` opens a character literal, not a string of any length (Go, Java, Kotlin, C#, Rust). */
  charQuote?: boolean;
  /** Triple-quoted strings over several lines (Python, Kotlin, Java text blocks, C# raw strings). */
  tripleQuotes?: boolean;
  /** Letters that may stand before a quote as a prefix (Python `rb`, Rust `b`/`r`, C# `@`/`$`, Scala `s`). */
  prefixes?: RegExp;
  /** JS template literals: backticks with `${…}`. */
  templates?: boolean;
  /** Go raw strings in backticks. */
  rawBackticks?: boolean;
  /** Regex literals after an operator (JS, Ruby). */
  regexLiterals?: boolean;
  /** How a double-quoted string interpolates, which makes its value not fixed. */
  interpolation: 'none' | 'dollar' | 'hash' | 'php';
  /** Plain quoted strings may run over lines (PHP, Ruby, Rust). */
  multilineStrings?: boolean;
  /** Heredocs: Ruby `<<~ID`, PHP `<<<ID`. */
  heredoc?: 'ruby' | 'php';
  /** `$` starts a name (PHP). */
  dollarNames?: boolean;
  /** Ruby `%q(…)` literals and `=begin`/`=end` comments. */
  ruby?: boolean;
  /** PHP: only what stands between `<?php` and `?>` is code. */
  phpTags?: boolean;
  /** Rust lifetimes `'a` are not character literals. */
  lifetimes?: boolean;
  /** C# verbatim `@"…"` strings and `"…"u8` suffixes. */
  csharp?: boolean;
}

const C_COMMENTS = { lineComments: ['//'], blockComments: 'flat' } as const;

export const PROFILES = {
  javascript: { ...C_COMMENTS, quotes: `'"`, templates: true, regexLiterals: true, interpolation: 'none' },
  python: { lineComments: ['#'], blockComments: 'none', quotes: `'"`, tripleQuotes: true, prefixes: /^(?:[rRbBuUfF]|[rR][bBfF]|[bBfF][rR])$/, interpolation: 'none' },
  go: { ...C_COMMENTS, quotes: '"\'', charQuote: true, rawBackticks: true, interpolation: 'none' },
  java: { ...C_COMMENTS, quotes: '"\'', charQuote: true, tripleQuotes: true, interpolation: 'none' },
  /** Kotlin, Groovy and Scala: `$name` and `${…}` in double quotes. */
  kotlin: { ...C_COMMENTS, quotes: '"\'', charQuote: true, tripleQuotes: true, prefixes: /^(?:s|f|raw)$/, interpolation: 'dollar' },
  csharp: { ...C_COMMENTS, hashLineDirective: true, quotes: '"\'', charQuote: true, tripleQuotes: true, prefixes: /^(?:@|\$|\$@|@\$|\$\$|\$\$\$)$/, interpolation: 'none', csharp: true },
  ruby: { lineComments: ['#'], blockComments: 'none', quotes: `'"\``, regexLiterals: true, interpolation: 'hash', heredoc: 'ruby', ruby: true, multilineStrings: true },
  php: { lineComments: ['//', '#'], blockComments: 'flat', quotes: `'"`, interpolation: 'php', heredoc: 'php', dollarNames: true, phpTags: true, multilineStrings: true },
  rust: { lineComments: ['//'], blockComments: 'nested', quotes: '"\'', charQuote: true, prefixes: /^(?:b|r#*|br#*|c|cr#*)$/, interpolation: 'none', lifetimes: true, multilineStrings: true },
} as const satisfies Record<string, LexProfile>;

/** The profile for a file, or undefined when it is not code the token analysis reads. */
export function profileFor(language: Language, path: string): LexProfile | undefined {
  switch (language) {
    case 'javascript': return PROFILES.javascript;
    case 'python': return PROFILES.python;
    case 'go': return PROFILES.go;
    case 'java': return /\.(?:groovy|scala|sc)$/i.test(path) ? PROFILES.kotlin : PROFILES.java;
    case 'kotlin': return PROFILES.kotlin;
    case 'csharp': return PROFILES.csharp;
    case 'ruby': return PROFILES.ruby;
    case 'php': return PROFILES.php;
    case 'rust': return PROFILES.rust;
    default: return undefined;
  }
}
