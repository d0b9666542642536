// One lexer for every language family, driven by a profile (profiles.ts): it knows strings (raw,
// byte, verbatim, triple-quoted, text blocks, heredocs, templates with nested `${}`), regex
// literals, and comments, with state carried across lines. Each character is read a bounded
// number of times: an unterminated construct ends at the end of the file (or, for a one-line
// string, the line), so hostile input stays linear.
import type { LexProfile } from './profiles.js';
import type { Token } from './token.js';

/** Operators read as one token, longest first; anything else is one character. */
const OPERATORS_3 = new Set(['===', '!==', '...', '**=', '<<=', '>>=', '||=', '&&=', '??=', '<=>']);
const OPERATORS_2 = new Set(['==', '!=', '<=', '>=', '+=', '-=', '*=', '/=', '%=', '|=', '&=', '^=', '||', '&&', '??', '?.', '::', '->', '=>', ':=', '**', '<<', '>>', '++', '--', '<-']);

/** After these names a `/` starts a regex literal, not a division. */
const REGEX_AFTER_WORDS = new Set(['return', 'typeof', 'case', 'do', 'else', 'in', 'of', 'new', 'delete', 'void', 'throw', 'yield', 'await', 'instanceof', 'when', 'if', 'unless', 'and', 'or', 'not']);

const enum C {
  Tab = 9, Newline = 10, Return = 13, Space = 32, Bang = 33, Quote = 34, Hash = 35, Dollar = 36, Percent = 37,
  Apostrophe = 39, OpenParen = 40, CloseParen = 41, Star = 42, Slash = 47, Zero = 48, Nine = 57, Colon = 58,
  Less = 60, Equals = 61, Question = 63, At = 64, OpenBracket = 91, Backslash = 92, CloseBracket = 93,
  Underscore = 95, Backtick = 96, OpenBrace = 123, CloseBrace = 125, Tilde = 126,
}

function isIdentStart(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === C.Underscore || code === C.Dollar || code > 127;
}

function isIdentPart(code: number): boolean {
  return isIdentStart(code) || (code >= C.Zero && code <= C.Nine);
}

function isDigit(code: number): boolean {
  return code >= C.Zero && code <= C.Nine;
}

function isSpace(code: number): boolean {
  return code === C.Space || code === C.Tab || code === C.Return || code === 12 || code === 11;
}

export function lex(text: string, profile: LexProfile): Token[] {
  return new Lexer(text, profile).run();
}

class Lexer {
  private pos = 0;
  private line = 1;
  private readonly tokens: Token[] = [];
  /** Heredoc bodies wait for the end of the line that opened them. */
  private readonly heredocs: Array<{ id: string; squiggly: boolean; fixed: boolean; token: Token }> = [];
  /**
   * Per opening character (a quote, or `/` for regexes): the offset up to which a one-line scan is
   * known to find no close. Whether a quote is escaped does not depend on where a scan started, so a
   * later opener before that offset fails too: without this, a line of `"\\"\\…` is quadratic.
   */
  private readonly noCloseUntil = new Map<number, number>();

  constructor(private readonly text: string, private readonly p: LexProfile) {}

  run(): Token[] {
    const { text } = this;
    if (this.p.phpTags) this.skipToPhp();
    else if (this.p.hashLineDirective || this.p.ruby) this.lineStart();
    while (this.pos < text.length) {
      const code = text.charCodeAt(this.pos);
      if (code === C.Newline) {
        this.pos++;
        this.line++;
        if (this.heredocs.length > 0) this.readHeredocBodies();
        if (this.p.hashLineDirective || this.p.ruby) this.lineStart();
        continue;
      }
      if (isSpace(code)) {
        this.pos++;
        continue;
      }
      if (this.comment(code)) continue;
      if (this.p.phpTags && code === 63 && text.charCodeAt(this.pos + 1) === 62) {
        this.pos += 2; // ?>: back to HTML
        this.skipToPhp();
        continue;
      }
      if (code === C.Dollar && this.p.csharp && this.stringStart(code, '')) continue;
      if (isIdentStart(code)) {
        this.name();
        continue;
      }
      if (isDigit(code)) {
        this.number();
        continue;
      }
      if (this.stringStart(code, '')) continue;
      if (code === C.Backtick && (this.p.templates || this.p.rawBackticks)) {
        if (this.p.templates) this.template();
        else this.rawBacktick();
        continue;
      }
      if (code === C.Slash && this.p.regexLiterals && this.regexAllowed() && this.regex()) continue;
      if (this.p.heredoc && code === C.Less && this.heredocStart()) continue;
      if (this.p.ruby && code === C.Percent && this.percentLiteral()) continue;
      if (this.p.ruby && code === C.At) {
        // @ivar and @@cvar are names.
        const start = this.pos;
        const at = text.charCodeAt(start + 1) === C.At ? start + 2 : start + 1;
        if (isIdentStart(text.charCodeAt(at))) {
          this.pos = at;
          this.name(start);
          continue;
        }
      }
      this.punct();
    }
    return this.tokens;
  }

  private push(kind: Token['kind'], start: number, end: number, line = this.line): Token {
    const token: Token = { kind, text: this.text.slice(start, end), start, end, line };
    this.tokens.push(token);
    return token;
  }

  /** PHP outside `<?php … ?>` is HTML: skipped. */
  private skipToPhp(): void {
    const open = this.text.indexOf('<?', this.pos);
    const end = open === -1 ? this.text.length : open;
    this.advanceTo(end);
    if (open === -1) return;
    this.pos += 2;
    if (this.text.startsWith('php', this.pos)) this.pos += 3;
    else if (this.text[this.pos] === '=') this.pos++;
  }

  /** Moves to `end`, counting the lines passed. */
  private advanceTo(end: number): void {
    const { text } = this;
    for (let at = text.indexOf('\n', this.pos); at !== -1 && at < end; at = text.indexOf('\n', at + 1)) this.line++;
    this.pos = end;
  }

  /** At a line start: C# `#region`-style directives, Ruby `=begin` … `=end`. */
  private lineStart(): void {
    const { text } = this;
    let at = this.pos;
    while (at < text.length && isSpace(text.charCodeAt(at))) at++;
    if (this.p.hashLineDirective && text.charCodeAt(at) === C.Hash) {
      const newline = text.indexOf('\n', at);
      this.pos = newline === -1 ? text.length : newline;
    } else if (this.p.ruby && at === this.pos && text.startsWith('=begin', at)) {
      const close = text.indexOf('\n=end', at);
      const end = close === -1 ? text.length : text.indexOf('\n', close + 1) === -1 ? text.length : text.indexOf('\n', close + 1);
      this.advanceTo(end);
    }
  }

  private comment(code: number): boolean {
    const { text, p } = this;
    for (const marker of p.lineComments) {
      if (text.charCodeAt(this.pos) === marker.charCodeAt(0) && (marker.length === 1 || text.startsWith(marker, this.pos))) {
        // PHP 8 attributes `#[…]` are code; Rust `#[…]` never reaches here.
        if (marker === '#' && p.phpTags && text.charCodeAt(this.pos + 1) === C.OpenBracket) return false;
        const newline = text.indexOf('\n', this.pos);
        let end = newline === -1 ? text.length : newline;
        // A PHP line comment ends at `?>` too.
        if (p.phpTags) {
          const close = text.indexOf('?>', this.pos);
          if (close !== -1 && close < end) end = close;
        }
        this.pos = end;
        return true;
      }
    }
    if (p.blockComments !== 'none' && code === C.Slash && text.charCodeAt(this.pos + 1) === C.Star) {
      if (p.blockComments === 'flat') {
        const close = text.indexOf('*/', this.pos + 2);
        this.advanceTo(close === -1 ? text.length : close + 2);
        return true;
      }
      let depth = 0;
      let at = this.pos;
      while (at < text.length) {
        if (text.charCodeAt(at) === C.Slash && text.charCodeAt(at + 1) === C.Star) {
          depth++;
          at += 2;
        } else if (text.charCodeAt(at) === C.Star && text.charCodeAt(at + 1) === C.Slash) {
          at += 2;
          if (--depth === 0) break;
        } else at++;
      }
      this.advanceTo(Math.min(at, text.length));
      return true;
    }
    return false;
  }

  private name(start = this.pos): void {
    const { text } = this;
    let end = this.pos + 1;
    while (end < text.length && isIdentPart(text.charCodeAt(end))) end++;
    // A string prefix (`b'…'`, `r#"…"#`, `@"…"`-style handled in stringStart) glued to a quote.
    const word = text.slice(start, end);
    const next = text.charCodeAt(end);
    if (this.p.prefixes && (next === C.Quote || next === C.Apostrophe || next === C.Hash) && this.p.prefixes.test(word + (next === C.Hash ? '#' : ''))) {
      this.pos = end;
      if (this.stringStart(next, word, start)) return;
    }
    // Ruby method names may end in ? or !.
    if (this.p.ruby && (next === C.Question || next === C.Bang) && text.charCodeAt(end + 1) !== C.Equals) end++;
    this.pos = end;
    this.push('name', start, end);
  }

  private number(): void {
    const { text } = this;
    let end = this.pos + 1;
    while (end < text.length && (isIdentPart(text.charCodeAt(end)) || (text.charCodeAt(end) === 46 && isDigit(text.charCodeAt(end + 1))))) end++;
    this.push('number', this.pos, end);
    this.pos = end;
  }

  /**
   * A string at this.pos (after any prefix, which starts at `start`): returns false when the
   * quote opens nothing here (an unterminated one-line string, a Rust lifetime).
   */
  private stringStart(code: number, prefix: string, start = this.pos): boolean {
    const { text, p } = this;
    if (p.csharp && code === C.At && (text.charCodeAt(this.pos + 1) === C.Quote || (text.charCodeAt(this.pos + 1) === C.Dollar && text.charCodeAt(this.pos + 2) === C.Quote))) {
      const quoteAt = text.charCodeAt(this.pos + 1) === C.Quote ? this.pos + 1 : this.pos + 2;
      this.pos = quoteAt;
      return this.verbatim(start, text.slice(start, quoteAt));
    }
    if (p.csharp && code === C.Dollar && (text.charCodeAt(this.pos + 1) === C.Quote || text.charCodeAt(this.pos + 1) === C.At)) {
      let at = this.pos;
      while (text.charCodeAt(at) === C.Dollar) at++;
      if (text.charCodeAt(at) === C.At) {
        this.pos = at + 1;
        return this.verbatim(start, text.slice(start, at + 1));
      }
      this.pos = at;
      return this.stringStart(C.Quote, text.slice(start, at), start);
    }
    if (code === C.Hash && prefix !== '') return this.rustRaw(start, prefix);
    // Rust `r"…"`: raw with no hashes, no escapes.
    if (code === C.Quote && p.lifetimes && /r$/.test(prefix)) return this.rustRaw(start, prefix);
    if (code !== C.Quote && code !== C.Apostrophe && !(code === C.Backtick && p.quotes.includes('`'))) return false;
    if (!p.quotes.includes(String.fromCharCode(code))) return false;
    if (code === C.Apostrophe && p.lifetimes && isIdentStart(text.charCodeAt(this.pos + 1)) && text.charCodeAt(this.pos + 2) !== C.Apostrophe) return false;
    const quote = text[this.pos]!;
    if (p.tripleQuotes && text.startsWith(quote.repeat(3), this.pos)) return this.triple(start, prefix, quote);
    // A character literal stays on its line even where strings do not (Rust).
    const multiline = p.multilineStrings === true && !(p.charQuote && code === C.Apostrophe);
    if (!multiline && (this.noCloseUntil.get(code) ?? -1) > this.pos) return false;
    const bodyStart = this.pos + 1;
    let at = bodyStart;
    const line = this.line;
    const raw = /^[rR]/.test(prefix) && !p.ruby;
    while (at < text.length) {
      const c = text.charCodeAt(at);
      if (c === code) break;
      if (c === C.Backslash) {
        at += 2;
        continue;
      }
      if (c === C.Newline && !multiline) {
        this.noCloseUntil.set(code, at);
        return false;
      }
      // Ruby and Kotlin interpolations may hold quotes of their own: skip them whole.
      if (!raw && code !== C.Apostrophe && ((p.interpolation === 'hash' && c === C.Hash) || (p.interpolation === 'dollar' && c === C.Dollar)) && text.charCodeAt(at + 1) === C.OpenBrace) {
        at = this.skipBraces(at + 1);
        continue;
      }
      at++;
    }
    if (at >= text.length && !multiline) {
      this.noCloseUntil.set(code, text.length);
      return false;
    }
    const end = Math.min(at + 1, text.length);
    const value = text.slice(bodyStart, Math.min(at, text.length));
    const token = this.push('string', start, end, line);
    token.value = value;
    token.valueStart = bodyStart;
    token.fixed = this.fixed(value, prefix, quote);
    this.advanceTo(end); // counts escaped newlines and those inside interpolations too
    if (p.csharp && text.startsWith('u8', end) && !isIdentPart(text.charCodeAt(end + 2))) {
      token.end = end + 2;
      token.text += 'u8';
      this.pos = end + 2;
    }
    return true;
  }

  /** Whether a string's value is fixed, given its language's interpolation, prefix and quote. */
  private fixed(value: string, prefix: string, quote: string): boolean {
    const p = this.p;
    if (/[fF]/.test(prefix) && p.tripleQuotes && p.lineComments[0] === '#') return !/\{(?!\{)/.test(value.replace(/\{\{/g, ''));
    // C# `$"…"`: `{{` is a brace, `{` a hole; with n dollars (`$$"""…"""`), n braces open a hole.
    const dollars = prefix.split('$').length - 1;
    if (dollars > 1) return !value.includes('{'.repeat(dollars));
    if (dollars === 1) return !/\{/.test(value.replace(/\{\{/g, ''));
    if (quote === "'" && p.interpolation !== 'none') return true;
    switch (p.interpolation) {
      case 'hash': return !value.includes('#{');
      case 'dollar': return prefix === 'raw' || !/\$[A-Za-z_{]/.test(value);
      case 'php': return !/\$[A-Za-z_{]|\{\$/.test(value);
      default: return true;
    }
  }

  /** `"""…"""` (or longer runs of quotes for C# raw strings). */
  private triple(start: number, prefix: string, quote: string): boolean {
    const { text } = this;
    let run = 0;
    while (text[this.pos + run] === quote) run++;
    // `""` is an empty string, not a triple quote.
    if (run < 3) return false;
    const fence = quote.repeat(this.p.csharp ? run : 3);
    const bodyStart = this.pos + fence.length;
    let close = bodyStart;
    for (;;) {
      close = text.indexOf(fence, close);
      if (close === -1 || this.p.csharp || this.p.interpolation === 'dollar') break;
      // Python strings and Java text blocks: an escaped quote does not close.
      let backslashes = 0;
      while (text.charCodeAt(close - backslashes - 1) === C.Backslash) backslashes++;
      if (backslashes % 2 === 0) break;
      close++;
    }
    const valueEnd = close === -1 ? text.length : close;
    const end = close === -1 ? text.length : close + fence.length;
    const line = this.line;
    const token = this.push('string', start, end, line);
    token.value = text.slice(bodyStart, valueEnd);
    token.valueStart = bodyStart;
    token.fixed = this.fixed(token.value, prefix, quote);
    this.advanceTo(end);
    return true;
  }

  /** C# `@"…"`: `""` is a quote, no other escapes. */
  private verbatim(start: number, prefix: string): boolean {
    const { text } = this;
    const bodyStart = this.pos + 1;
    let at = bodyStart;
    while (at < text.length) {
      const close = text.indexOf('"', at);
      if (close === -1) {
        at = text.length;
        break;
      }
      if (text.charCodeAt(close + 1) === C.Quote) {
        at = close + 2;
        continue;
      }
      at = close;
      break;
    }
    const end = Math.min(at + 1, text.length);
    const token = this.push('string', start, end);
    token.value = text.slice(bodyStart, Math.min(at, text.length));
    token.valueStart = bodyStart;
    token.fixed = this.fixed(token.value, prefix, '"');
    this.advanceTo(end);
    return true;
  }

  /** Rust `r#"…"#`, `br##"…"##`. */
  private rustRaw(start: number, prefix: string): boolean {
    const { text } = this;
    let hashes = 0;
    while (text.charCodeAt(this.pos + hashes) === C.Hash) hashes++;
    if (text.charCodeAt(this.pos + hashes) !== C.Quote) return false;
    const fence = `"${'#'.repeat(hashes)}`;
    const bodyStart = this.pos + hashes + 1;
    const close = text.indexOf(fence, bodyStart);
    const valueEnd = close === -1 ? text.length : close;
    const end = close === -1 ? text.length : close + fence.length;
    const token = this.push('string', start, end);
    token.value = text.slice(bodyStart, valueEnd);
    token.valueStart = bodyStart;
    token.fixed = true;
    void prefix;
    this.advanceTo(end);
    return true;
  }

  /** Go raw strings: no escapes, may span lines. */
  private rawBacktick(): void {
    const { text } = this;
    const start = this.pos;
    const close = text.indexOf('`', start + 1);
    const end = close === -1 ? text.length : close + 1;
    const token = this.push('string', start, end);
    token.value = text.slice(start + 1, close === -1 ? text.length : close);
    token.valueStart = start + 1;
    token.fixed = true;
    this.advanceTo(end);
  }

  /** A JS template literal; the code inside `${…}` is skipped, and makes the value not fixed. */
  private template(): void {
    const { text } = this;
    const start = this.pos;
    let at = start + 1;
    let fixed = true;
    while (at < text.length) {
      const c = text.charCodeAt(at);
      if (c === C.Backslash) {
        at += 2;
        continue;
      }
      if (c === C.Backtick) break;
      if (c === C.Dollar && text.charCodeAt(at + 1) === C.OpenBrace) {
        fixed = false;
        at = this.skipBraces(at + 1);
        continue;
      }
      at++;
    }
    const end = Math.min(at + 1, text.length);
    const token = this.push('string', start, end);
    token.value = text.slice(start + 1, Math.min(at, text.length));
    token.valueStart = start + 1;
    token.fixed = fixed;
    this.advanceTo(end);
  }

  /** From a `{`, to just past its matching `}`, stepping over strings and templates inside. */
  private skipBraces(open: number): number {
    const { text } = this;
    let depth = 0;
    let at = open;
    while (at < text.length) {
      const c = text.charCodeAt(at);
      if (c === C.OpenBrace) depth++;
      else if (c === C.CloseBrace) {
        if (--depth === 0) return at + 1;
      } else if (c === C.Quote || c === C.Apostrophe || c === C.Backtick) {
        // A nested string: to its closing quote on the same line (a template: anywhere).
        let close = at + 1;
        while (close < text.length && text.charCodeAt(close) !== c && (c === C.Backtick || text.charCodeAt(close) !== C.Newline)) close += text.charCodeAt(close) === C.Backslash ? 2 : 1;
        at = close + 1;
        continue;
      }
      at++;
    }
    return text.length;
  }

  private regexAllowed(): boolean {
    const previous = this.tokens[this.tokens.length - 1];
    if (!previous) return true;
    if (previous.kind === 'name') return REGEX_AFTER_WORDS.has(previous.text);
    if (previous.kind === 'punct') return !(previous.text === ')' || previous.text === ']' || previous.text === '}');
    return false;
  }

  /** A regex literal on one line; false when the `/` is a division after all. */
  private regex(): boolean {
    const { text } = this;
    const start = this.pos;
    let at = start + 1;
    let inClass = false;
    if (text.charCodeAt(at) === C.Slash || text.charCodeAt(at) === C.Star) return false;
    if ((this.noCloseUntil.get(C.Slash) ?? -1) > start) return false;
    while (at < text.length) {
      const c = text.charCodeAt(at);
      if (c === C.Newline) {
        this.noCloseUntil.set(C.Slash, at);
        return false;
      }
      if (c === C.Backslash) {
        at += 2;
        continue;
      }
      if (c === C.OpenBracket) inClass = true;
      else if (c === C.CloseBracket) inClass = false;
      else if (c === C.Slash && !inClass) break;
      at++;
    }
    if (at >= text.length) {
      this.noCloseUntil.set(C.Slash, text.length);
      return false;
    }
    at++;
    while (at < text.length && isIdentPart(text.charCodeAt(at))) at++;
    this.push('punct', start, at).text = '/regex/';
    this.pos = at;
    return true;
  }

  /** Ruby `<<~ID`, `<<-ID`, `<<ID` (upper-case ids), PHP `<<<ID`, `<<<'ID'`, `<<<"ID"`. */
  private heredocStart(): boolean {
    const { text } = this;
    const php = this.p.heredoc === 'php';
    const head = php ? /^<<<[ \t]*(['"]?)([A-Za-z_]\w*)\1/.exec(text.slice(this.pos, this.pos + 80)) : /^<<([~-]?)(['"`]?)([A-Z_][A-Z0-9_]*)\2/.exec(text.slice(this.pos, this.pos + 80));
    if (!head) return false;
    if (!php) {
      // `x << CONST` is a shift: a heredoc follows an operator, a bracket, a comma or a call name.
      const previous = this.tokens[this.tokens.length - 1];
      if (previous && (previous.kind === 'number' || previous.kind === 'string' || (previous.kind === 'punct' && /^[)\]}]$/.test(previous.text)))) return false;
    }
    const id = php ? head[2]! : head[3]!;
    const quote = php ? head[1]! : head[2]!;
    const token = this.push('string', this.pos, this.pos + head[0].length);
    token.fixed = quote === "'";
    token.value = '';
    token.valueStart = this.pos + head[0].length;
    this.heredocs.push({ id, squiggly: php || head[1] !== '', fixed: quote === "'", token });
    this.pos += head[0].length;
    return true;
  }

  /** After the line that opened heredocs: their bodies, one after the other. */
  private readHeredocBodies(): void {
    const { text } = this;
    for (const doc of this.heredocs.splice(0)) {
      const bodyStart = this.pos;
      let at = this.pos;
      let bodyEnd = text.length + 1; // unterminated: the body runs to the end of the file
      let end = text.length;
      while (at < text.length) {
        const newline = text.indexOf('\n', at);
        const lineEnd = newline === -1 ? text.length : newline;
        const line = text.slice(at, lineEnd);
        const trimmed = doc.squiggly ? line.trimStart() : line;
        if (trimmed === doc.id || trimmed.replace(/\r$/, '') === doc.id || (this.p.heredoc === 'php' && trimmed.startsWith(doc.id) && !/[\w]/.test(trimmed[doc.id.length] ?? ''))) {
          bodyEnd = at;
          end = lineEnd;
          break;
        }
        at = lineEnd + 1;
      }
      const value = text.slice(bodyStart, Math.max(bodyStart, bodyEnd - 1));
      doc.token.value = value;
      doc.token.valueStart = bodyStart;
      doc.token.fixed = doc.fixed || this.fixed(value, '', '"');
      this.advanceTo(end);
      // The rest of the terminator line is code again (PHP `EOT;`).
      // Only when it closed: an unterminated body must not send the lexer back to the top (it hung).
      if (this.p.heredoc === 'php' && bodyEnd <= text.length) this.pos = Math.min(end, text.indexOf(doc.id, bodyEnd) + doc.id.length);
    }
  }

  /** Ruby `%q(…)`, `%Q[…]`, `%w[…]`, `%(…)`. */
  private percentLiteral(): boolean {
    const { text } = this;
    const m = /^%([qQwWiIr]?)([([{<|!\/])/.exec(text.slice(this.pos, this.pos + 3));
    if (!m) return false;
    const previous = this.tokens[this.tokens.length - 1];
    if (m[1] === '' && previous && (previous.kind !== 'punct' || /^[)\]}]$/.test(previous.text))) return false; // modulo
    const open = m[2]!;
    const close = ({ '(': ')', '[': ']', '{': '}', '<': '>' } as Record<string, string>)[open] ?? open;
    const start = this.pos;
    const bodyStart = start + m[0].length;
    let depth = 1;
    let at = bodyStart;
    while (at < text.length) {
      const c = text[at]!;
      if (c === '\\') {
        at += 2;
        continue;
      }
      if (c === close && --depth === 0) break;
      if (c === open && open !== close) depth++;
      at++;
    }
    const end = Math.min(at + 1, text.length);
    const token = this.push('string', start, end);
    token.value = text.slice(bodyStart, Math.min(at, text.length));
    token.valueStart = bodyStart;
    // Word and symbol lists hold many values, regexes none: only %q/%Q/% strings are one value.
    token.fixed = (m[1] === 'q' || ((m[1] === 'Q' || m[1] === '') && !token.value.includes('#{')));
    if (m[1] !== 'q' && m[1] !== 'Q' && m[1] !== '') token.kind = 'punct';
    this.advanceTo(end);
    return true;
  }

  private punct(): void {
    const { text } = this;
    const three = text.slice(this.pos, this.pos + 3);
    const length = OPERATORS_3.has(three) ? 3 : OPERATORS_2.has(three.slice(0, 2)) ? 2 : 1;
    this.push('punct', this.pos, this.pos + length);
    this.pos += length;
  }
}
