// The key positions of JWT calls, read from a file's tokens and binding table: a call is its
// tokens between balanced brackets however many lines or characters it spans, its receiver is
// known by import as well as by name, and what stands at the key is followed through wrappers,
// concatenations, names, key functions and other files until it is a literal (or nil), or
// something computed. The call table itself (JWT_CALLS) is the one the line rules use: each call
// found by tokens is written out plainly (`jsonwt['sign'](` as `jwt.sign(`) and matched against it.
import { DEFAULT_KEY_NAMES, isJsonClaims, JWT_CALLS, KEY_WRAPPER, receiverHolds, type JwtCall } from '../callSites.js';
import type { Language } from '../language.js';
import { isJwtName } from '../names.js';
import { isPlaceholder } from '../placeholder.js';
import { isKnownWeakKey } from '../weakKeys.js';
import { braceReturns, expressionEnd, pathEndingAt, type Binding, type FileModel, type TokenRange } from '../bind/fileModel.js';
import { isName, isPunct, type Token } from '../lex/token.js';

/** Where a key came from: a literal (or nil) token, maybe through a name or another file. */
export type KeySource =
  | { kind: 'literal'; value: string; token: Token; via?: string; envName?: string }
  | { kind: 'empty'; token: Token; via?: string }
  | { kind: 'import'; module: string; member: string[] };

/** A key position that holds a fixed key. */
export interface KeyFinding {
  rule: 'jwt-call-literal' | 'jwt-key-identifier' | 'jwt-secret-fallback';
  /** The literal, or the nil token. */
  token: Token;
  value: string;
  /** How the message names the API. */
  api: string;
  /** Line of the call that uses the key. */
  useLine: number;
  /** The name the key went through, for jwt-key-identifier. */
  via?: string;
  empty: boolean;
  /** For jwt-secret-fallback: the environment variable the literal stands in for. */
  envName?: string;
}

/** A key that comes from another file: resolved by the stage against that file's exports. */
export interface ImportedKey {
  module: string;
  member: string[];
  api: string;
  useLine: number;
}

/** What may stand after a key and leave it the key: `.getBytes()`, `.encode('utf-8')`, `.as_bytes()`, `.unwrap()`. */
const SUFFIX_METHODS = new Set([
  'getBytes', 'toByteArray', 'encodeToByteArray', 'as_ref', 'as_bytes', 'to_vec', 'into', 'to_string', 'to_owned', 'into_bytes', 'encode',
  'bytes', 'b', 'freeze', 'unwrap', 'expect', 'toCharArray', 'ToCharArray', 'force_encoding', 'to_s', 'strip', 'trim', 'toString',
  'ToArray', 'AsSpan', 'AsMemory',
]);
/** The module of a Go name that another file of the same folder (package) declares. */
export const SAME_PACKAGE = '.';
const GO_IDENTIFIER = /^[A-Za-z_]\w*$/;
/** The module of a PHP constant another file defines (`define('K', …)`): constants are global. */
export const GLOBAL_SCOPE = '*';
const PHP_CONSTANT = /^[A-Z_][A-Z0-9_]*$/;
const CLASS_MEMBER_LANGUAGES = new Set(['java', 'kotlin', 'csharp']);
/** `Class.FIELD`: a capitalised class name and one member. */
const CLASS_MEMBER = /^[A-Z]\w*\.[A-Za-z_]\w*$/;
/** Words that declare a function before its name. */
const FUNCTION_WORDS = new Set(['fn', 'function', 'def', 'func']);
/** A charset name given to `encode`: `'utf-8'`, `"ascii"`. */
const CHARSET = /^(?:utf[-_]?(?:8|16|32)(?:le|be)?|ascii|us-ascii|latin[-_]?1|iso[-_]?8859[-_]?1|cp1252)$/i;
/** Words a parenthesised expression may follow: `return ('a' + 'b').getBytes()` is not a call of `return`. */
const EXPRESSION_KEYWORDS = new Set(['return', 'await', 'yield', 'in', 'of', 'and', 'or', 'not', 'new', 'throw', 'case', 'else', 'then', 'do']);
/** Wrappers the call table does not list: jose's `JWK.asKey('…')`, jjwt's `TextCodec.BASE64.encode("…")`, base64 encoders. */
const MORE_WRAPPERS = /(?:^|\.)(?:asKey|importKey|fromBase64|b64encode|urlsafe_b64encode|encodeToString|getEncoder\(\)\.encode|BASE64\.encode|BASE64URL\.encode|Base64\.encode64|Base64\.strict_encode64|base64_encode|SecretKey|HmacKey|hex|unhexlify|from_utf8)\($/;
const NIL = new Set(['nil', 'null', 'None', 'NULL', 'undefined']);
/** An algorithm name where a library also takes one (PyJWT's `jwt.encode(p, key, 'HS256')`). */
const ALGORITHM = /^(?:[HREP]S(?:256|384|512)|EdDSA|none|Hmac(?:SHA|Sha)(?:256|384|512)(?:Signature)?)$/;
/** A value that names where the key is, or a sentence: not a key. */
const LOCATION = /^(?:\.{0,2}\/|~\/|[A-Za-z]:\\|https?:\/\/|file:)|\.(?:pem|key|crt|cer|der|p12|pfx|jwks?|json|txt)$/i;
const PROSE = /\S\s+\S+\s+\S+\s+\S/;
/** Words the rendered callee must hold before the call table is tried (most calls hold none). */
const CALL_WORD = /sign|verif|jwt|claims|jws|jwk|encode|decode|crypt|secret|hmac|securitykey|codingkey|withkey|key|inmemory|auth|gettoken|strategy|register|parse|config/i;
/** A call that makes a token, where a nil or empty key means anyone can make one. */
const SIGNS = /sign|encode|SignedString|HMAC|MAC(?:Signer)|SecretKey|Key\(|from_secret|hmacShaKeyFor/i;
const JS_NAMED = new Set<Language>(['javascript']);

/** Go: `jwt.Parse(s, keyFunc)`, `jwt.ParseWithClaims(s, claims, keyFunc)`: the key is what the key func returns. */
const KEY_FUNCS: Array<{ pattern: RegExp; argument: number; languages: readonly Language[] }> = [
  { pattern: /(?:^|\.)(?:jwt|parser|p)\.Parse\($/i, argument: 1, languages: ['go'] },
  { pattern: /(?:^|\.)(?:jwt|parser|p)\.ParseWithClaims\($/i, argument: 2, languages: ['go'] },
];

interface CallText {
  /** The callee written plainly, ending with its bracket: `jwt.sign(`. */
  text: string;
  /** Index of the callee's first token. */
  start: number;
}

export class KeySinks {
  private readonly tokens: Token[];
  readonly findings: KeyFinding[] = [];
  readonly imports: ImportedKey[] = [];
  private readonly calls: Array<{ call: JwtCall; order: number }>;

  constructor(
    private readonly model: FileModel,
    private readonly text: string,
  ) {
    this.tokens = model.tokens;
    this.calls = JWT_CALLS.flatMap((call, order) => (call.languages.includes(model.language) ? [{ call, order }] : []));
  }

  /** Every key position of the file. */
  run(): this {
    const { tokens, pairs } = this.model;
    // First: a literal standing in for an unset variable is reported as that, wherever it goes after.
    if (this.model.language === 'go') this.goEnvFallbacks();
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token.kind === 'punct' && (token.text === '(' || token.text === '{') && pairs[i]! > i) this.callAt(i);
      else if (token.kind === 'name' && this.model.language === 'ruby' && (token.text === 'encode' || token.text === 'decode')) this.rubyCommandCall(i);
    }
    this.jwtNamedSlots();
    return this;
  }

  /**
   * Go's fallback written as a block: `s := os.Getenv("JWT_SECRET")` then `if s == "" { s = "dev" }`
   * (also `s, ok := os.LookupEnv(…)`; the variable's name may be a constant). A literal that stands in
   * for a JWT-ish variable, wherever the value goes.
   */
  private goEnvFallbacks(): void {
    const { tokens } = this.model;
    for (const [name, bindings] of this.model.bindings) {
      if (bindings.length < 2 || !GO_IDENTIFIER.test(name)) continue;
      const env = bindings.map((b) => this.envNameOf(b.value)).find((each) => each !== undefined);
      if (env === undefined || !(isJwtName(env) || isJwtName(name))) continue;
      for (const binding of bindings) {
        const t = tokens[binding.value.from]!;
        if (binding.value.to - binding.value.from !== 1 || t.kind !== 'string' || !t.fixed || !this.insideEmptyCheck(binding.value.from, name)) continue;
        const value = t.value ?? '';
        if (value === '' || isPlaceholder(value)) continue;
        this.findings.push({ rule: 'jwt-secret-fallback', token: t, value, api: `os.Getenv(${JSON.stringify(env)})`, useLine: t.line, empty: false, envName: env });
      }
    }
  }

  /** `os.Getenv("X")` or `os.LookupEnv(X)` (a constant bound to a literal): the variable's name. */
  private envNameOf(range: TokenRange): string | undefined {
    const { tokens: t } = this.model;
    const at = range.from;
    if (!(isName(t[at], 'os') && isPunct(t[at + 1], '.') && (isName(t[at + 2], 'Getenv') || isName(t[at + 2], 'LookupEnv')) && isPunct(t[at + 3], '('))) return undefined;
    const arg = t[at + 4];
    if (arg?.kind === 'string') return arg.value ?? undefined;
    if (arg?.kind !== 'name') return undefined;
    const constant = this.model.bindings.get(arg.text)?.[0];
    const value = constant ? t[constant.value.from] : undefined;
    return value?.kind === 'string' ? value.value ?? undefined : undefined;
  }

  /** Whether the statement at `at` stands in `if name == "" {` (the nearest enclosing block). */
  private insideEmptyCheck(at: number, name: string): boolean {
    const { tokens, pairs } = this.model;
    for (let i = at - 1; i >= 0 && i > at - 400; i--) {
      if (!isPunct(tokens[i], '{') || pairs[i]! < at) continue;
      return tokens[i - 1]?.kind === 'string' && tokens[i - 1]!.value === '' && isPunct(tokens[i - 2], '==') && isName(tokens[i - 3], name) && isName(tokens[i - 4], 'if');
    }
    return false;
  }

  /** The callee before the bracket at `open`, written plainly (aliases replaced by the names the call table knows). */
  callee(open: number): CallText | undefined {
    const { tokens, pairs } = this.model;
    const parts: string[] = [];
    let i = open - 1;
    let start = open;
    while (i >= 0 && parts.length < 24) {
      const t = tokens[i]!;
      if (t.kind === 'name') {
        parts.unshift(t.text);
        start = i;
        const before = tokens[i - 1];
        if (before && before.kind === 'punct' && (before.text === '.' || before.text === '?.' || before.text === '::' || before.text === '->' || before.text === '\\')) {
          parts.unshift(before.text === '?.' ? '.' : before.text);
          i -= 2;
          continue;
        }
        if (isName(before, 'new')) {
          parts.unshift('new ');
          start = i - 1;
        } else if (isPunct(before, ']') && pairs[i - 1] === i - 2) {
          parts.unshift('[]'); // Go `[]byte(`
          start = i - 2;
          if (isPunct(tokens[i - 3], '&')) start = i - 3;
        }
        break;
      }
      if (t.kind === 'punct' && (t.text === ')' || t.text === ']') && pairs[i]! >= 0) {
        const inner = pairs[i]!;
        if (t.text === ']' && inner === i - 2 && tokens[i - 1]!.kind === 'string') parts.unshift(`.${tokens[i - 1]!.value ?? ''}`);
        else parts.unshift(t.text === ')' ? '()' : '[]');
        i = inner - 1;
        start = inner;
        continue;
      }
      if (isPunct(t, '&') && parts.length > 0) {
        parts.unshift('&');
        start = i;
      }
      break;
    }
    if (parts.length === 0 || parts[0] === '()' || parts[0] === '[]' && parts.length === 1) return undefined;
    // The first name, when it stands for a JWT module or function, as the call table knows it.
    const first = parts.findIndex((part) => /^[A-Za-z_$@]/.test(part));
    const alias = first >= 0 ? this.model.jwtAliases.get(parts[first]!) : undefined;
    if (alias !== undefined) parts[first] = alias;
    let text = parts.join('').replace(/^\.(?=[A-Za-z_$])/, '');
    if (text.startsWith('.')) text = text.slice(1);
    return { text: `${text}${tokens[open]!.text}`, start };
  }

  private callAt(open: number): void {
    const callee = this.callee(open);
    if (!callee || !CALL_WORD.test(callee.text)) return;
    const { tokens, pairs } = this.model;
    const close = pairs[open]!;
    const args = this.argumentsOf(open, close);
    for (const keyFunc of KEY_FUNCS) {
      if (!keyFunc.languages.includes(this.model.language) || !keyFunc.pattern.test(callee.text) || !args[keyFunc.argument]) continue;
      const returns = this.functionReturns(args[keyFunc.argument]!);
      for (const range of returns) {
        // A key func returns (key, error): the key is the first value.
        const end = expressionEnd(this.model, range.from, range.to);
        this.report(this.evaluate({ from: range.from, to: end }, 0), 'a jwt.Keyfunc', tokens[open]!.line, callee.text, args);
      }
    }
    const matched = this.matchCall(callee, open);
    if (!matched) return;
    const { call } = matched;
    const line = tokens[open]!.line;
    if (call.notWhenFirst && args[0] && call.notWhenFirst.test(this.sourceOf(args[0]))) return;
    const keyNames = call.keyNames ?? DEFAULT_KEY_NAMES;
    const named = !JS_NAMED.has(this.model.language) || tokens[open]!.text === '{';
    args.forEach((arg, index) => {
      const name = named ? this.argumentName(arg) : undefined;
      if (name) {
        if (keyNames.test(name.name)) this.report(this.evaluate(name.value, 0), call.api, line, callee.text, args);
        return;
      }
      if (tokens[open]!.text === '{') return; // a struct or options literal: only its named fields
      if (index === call.keyArgument) this.report(this.evaluate(arg, 0), call.api, line, callee.text, args);
      else if (index === call.optionsArgument || (index === call.keyArgument && isPunct(tokens[arg.from], '{'))) this.report(this.options(arg, keyNames, 0), call.api, line, callee.text, args);
    });
    void close;
  }

  /** The first JWT_CALLS row whose pattern ends at the callee's bracket and whose other conditions hold. */
  private matchCall(callee: CallText, open: number): { call: JwtCall } | undefined {
    const { tokens } = this.model;
    // A plugin given by its import's local name (`register(fjwt, …)` for @fastify/jwt) reads as the call table spells it.
    const first = tokens[open + 1];
    const alias = first?.kind === 'name' ? this.model.jwtAliases.get(first.text) : undefined;
    const after = alias !== undefined ? alias + this.text.slice(first!.end, first!.end + 120) : this.text.slice(tokens[open]!.end, tokens[open]!.end + 120);
    const subject = callee.text + after;
    const end = callee.text.length;
    for (const { call } of this.calls) {
      call.pattern.lastIndex = 0;
      for (let m = call.pattern.exec(subject); m; m = call.pattern.exec(subject)) {
        if (m.index + m[0].length > end) break;
        if (m.index + m[0].length !== end) continue;
        const head = subject.slice(0, m.index);
        // The whole receiver is in view: it must be there.
        if (call.receiver && !receiverHolds(call.receiver, head)) continue;
        if (call.context && !call.context.test(this.around(open))) continue;
        if (call.boundTo && !this.boundTo(callee.start, call.boundTo)) continue;
        return { call };
      }
    }
    return undefined;
  }

  /** The text from 8 lines above the call to 4 lines below its bracket: what a call's `context` must show. */
  private around(open: number): string {
    const { lineStarts } = this.model;
    const line = this.model.tokens[open]!.line;
    const from = lineStarts[Math.max(0, line - 9)] ?? 0;
    const to = lineStarts[Math.min(lineStarts.length - 1, line + 4)] ?? this.text.length;
    return this.text.slice(from, to > from ? to : this.text.length);
  }

  /** `var key = Encoding.UTF8.GetBytes("x")`: the call's result is bound to a name like `pattern`. */
  private boundTo(start: number, pattern: RegExp): boolean {
    const { tokens } = this.model;
    if (!isPunct(tokens[start - 1], '=')) return false;
    const name = tokens[start - 2];
    return name !== undefined && name.kind === 'name' && pattern.test(name.text);
  }

  /** Ruby `JWT.encode payload, key, 'HS256'`: a call without brackets, its arguments to the end of the line. */
  private rubyCommandCall(at: number): void {
    const { tokens } = this.model;
    const next = tokens[at + 1];
    if (!next || next.line !== tokens[at]!.line || (next.kind === 'punct' && !['[', '{', ':', '@'].includes(next.text))) return;
    if (!isPunct(tokens[at - 1], '.') || !isName(tokens[at - 2], 'JWT')) return;
    const args: TokenRange[] = [];
    let from = at + 1;
    while (from < tokens.length) {
      const end = expressionEnd(this.model, from);
      args.push({ from, to: end });
      if (!isPunct(tokens[end], ',')) break;
      from = end + 1;
    }
    this.report(this.evaluate(args[1] ?? { from: 0, to: 0 }, 0), 'JWT.encode()/decode()', tokens[at]!.line, `JWT.${tokens[at]!.text}(`, args);
  }

  /** The top-level arguments between a bracket and its partner. */
  argumentsOf(open: number, close: number): TokenRange[] {
    const args: TokenRange[] = [];
    let from = open + 1;
    while (from < close) {
      let end = from;
      const { tokens, pairs } = this.model;
      while (end < close && !isPunct(tokens[end], ',')) end = (pairs[end]! > end ? pairs[end]! : end) + 1;
      args.push({ from, to: Math.min(end, close) });
      from = end + 1;
    }
    return args;
  }

  /** `key='x'`, `Key: []byte("x")`, `secret = "x"` (a keyword argument or struct field). */
  private argumentName(arg: TokenRange): { name: string; value: TokenRange } | undefined {
    const { tokens } = this.model;
    const name = tokens[arg.from];
    const sep = tokens[arg.from + 1];
    if (!name || (name.kind !== 'name' && name.kind !== 'string') || !sep || sep.kind !== 'punct' || (sep.text !== '=' && sep.text !== ':' && sep.text !== '=>')) return undefined;
    if (arg.from + 2 >= arg.to) return undefined;
    return { name: name.kind === 'string' ? name.value ?? '' : name.text, value: { from: arg.from + 2, to: arg.to } };
  }

  /** The keys inside an options object: `{ secret: 'x' }`, `{ secret }`, nested `{ secret: { private: 'x' } }`. */
  private options(range: TokenRange, keyNames: RegExp, depth: number): KeySource[] {
    const { tokens, pairs } = this.model;
    const open = range.from;
    // PHP options are an array: `['secret' => …]`.
    const opener = isPunct(tokens[open], '{') || (this.model.language === 'php' && isPunct(tokens[open], '['));
    if (depth > 3 || !opener || pairs[open]! < 0) {
      // A name bound to an options object: `jwt.sign(p, opts)` with `const opts = { secret: … }`.
      const path = range.to - range.from === 1 && tokens[open]?.kind === 'name' ? tokens[open]!.text : undefined;
      if (!path || depth > 3) return [];
      const found: KeySource[] = [];
      for (const [name, bindings] of this.model.bindings) {
        if (!name.startsWith(`${path}.`) || !keyNames.test(name.slice(path.length + 1))) continue;
        for (const binding of bindings) found.push(...this.via(this.evaluate(binding.value, depth + 1), name));
      }
      return found;
    }
    const found: KeySource[] = [];
    for (const entry of this.argumentsOf(open, pairs[open]!)) {
      const named = this.argumentName(entry);
      if (named && keyNames.test(named.name)) {
        const value = this.evaluate(named.value, depth + 1);
        found.push(...(value.length > 0 ? value : this.options(named.value, keyNames, depth + 1)));
      } else if (!named && entry.to - entry.from === 1 && tokens[entry.from]!.kind === 'name' && keyNames.test(tokens[entry.from]!.text)) {
        found.push(...this.resolveName(tokens[entry.from]!.text, depth + 1)); // the shorthand `{ secret }`
      }
    }
    return found;
  }

  /**
   * A parameter of the function the name stands in (`fn new(secret: &[u8])`, `function sign(key)`):
   * what the file's calls of that function pass in its place (`Keys::new(MATERIAL)`).
   */
  private parameterFlow(at: number, depth: number): KeySource[] {
    const { tokens, pairs } = this.model;
    const name = tokens[at]!.text;
    // The nearest enclosing body whose opener follows a parameter list naming `name`.
    for (let i = at - 1; i >= 0 && i > at - 2000; i--) {
      if (!isPunct(tokens[i], '{') || pairs[i]! < at) continue;
      let close = i - 1;
      while (close > 0 && close > i - 12 && !isPunct(tokens[close], ')')) close--;
      const open = pairs[close]!;
      if (!isPunct(tokens[close], ')') || open < 1 || !isName(tokens[open - 1])) return [];
      const fn = tokens[open - 1]!.text;
      if (!FUNCTION_WORDS.has(tokens[open - 2]?.text ?? '')) return [];
      const index = this.argumentsOf(open, close).findIndex((param) => tokens.slice(param.from, param.to).some((p, k) => k <= 1 && isName(p, name)));
      if (index < 0) return [];
      const found: KeySource[] = [];
      for (let j = 0; j < tokens.length && found.length < 8; j++) {
        if (j === open - 1 || !isName(tokens[j], fn) || !isPunct(tokens[j + 1], '(') || FUNCTION_WORDS.has(tokens[j - 1]?.text ?? '')) continue;
        const arg = this.argumentsOf(j + 1, pairs[j + 1]!)[index];
        if (arg) found.push(...this.via(this.evaluate(arg, depth + 1), name));
      }
      return found;
    }
    return [];
  }

  /** `env::var("K")….unwrap_or(X)` / `.unwrap_or_else(|_| X)` over the whole range: K and X. */
  private rustEnvFallback(from: number, to: number): { envName: string; value: TokenRange } | undefined {
    const { tokens, pairs } = this.model;
    const close = to - 1;
    const open = pairs[close]!;
    if (!isPunct(tokens[close], ')') || open <= from || !isPunct(tokens[open - 2], '.')) return undefined;
    const method = tokens[open - 1]!.text;
    if (method !== 'unwrap_or' && method !== 'unwrap_or_else') return undefined;
    let value: TokenRange = { from: open + 1, to: close };
    if (method === 'unwrap_or_else') {
      if (!isPunct(tokens[open + 1], '|')) return undefined;
      let bar = open + 2;
      while (bar < close && !isPunct(tokens[bar], '|')) bar++;
      value = { from: bar + 1, to: close };
    }
    for (let i = from; i < open; i++) {
      if (isName(tokens[i], 'var') && isPunct(tokens[i - 1], '::') && isName(tokens[i - 2], 'env') && isPunct(tokens[i + 1], '(') && tokens[i + 2]?.kind === 'string') return { envName: tokens[i + 2]!.value ?? '', value };
    }
    return undefined;
  }

  /** The last fallback operator at the expression's own depth (`??`, `||`, Kotlin `?:`, Python `or`), or -1. */
  private fallbackOperator(from: number, to: number): number {
    const { tokens, pairs } = this.model;
    let found = -1;
    for (let i = from; i < to; i++) {
      const t = tokens[i]!;
      if (t.kind === 'punct' && (t.text === '(' || t.text === '[' || t.text === '{') && pairs[i]! > i) {
        i = pairs[i]!;
        continue;
      }
      if (isPunct(t, '??') || isPunct(t, '||') || isPunct(t, '?:') || (isPunct(t, '?') && isPunct(tokens[i + 1], ':') && tokens[i + 1]!.start === t.end) || (this.model.language === 'python' && isName(t, 'or'))) found = i;
    }
    return found > from && found < to - 1 ? found : -1;
  }

  /**
   * Whether the method call whose `(` is at `open` wraps its argument rather than converting its
   * receiver: `new TextEncoder().encode('x')`, `TextCodec.BASE64.encode("x")` (a string that is not a
   * charset name), as against `'x'.encode('utf-8')` or `KEY.getBytes(UTF_8)`.
   */
  private wrapsArgument(open: number): boolean {
    const { tokens } = this.model;
    if (tokens[open - 1]!.text !== 'encode') return false;
    if (this.endsCall(open - 3)) return true;
    const first = tokens[open + 1];
    return first !== undefined && first.kind === 'string' && !CHARSET.test(first.value ?? '');
  }

  /** Whether token `at` is the `)` of a call (`f(…)`), not of a parenthesised expression. */
  private endsCall(at: number): boolean {
    const { tokens, pairs } = this.model;
    if (!isPunct(tokens[at], ')') || pairs[at]! < 0) return false;
    const before = tokens[pairs[at]! - 1];
    return before !== undefined && ((before.kind === 'name' && !EXPRESSION_KEYWORDS.has(before.text)) || isPunct(before, ')') || isPunct(before, '>'));
  }

  /** What an expression reduces to when it is a fixed key. */
  evaluate(range: TokenRange, depth: number): KeySource[] {
    const { tokens, pairs } = this.model;
    let { from, to } = range;
    if (depth > 6 || from >= to) return [];
    while (from < to && (isPunct(tokens[from], '&') || isPunct(tokens[from], '*') || isName(tokens[from], 'await') || isName(tokens[from], 'mut'))) from++;
    // Strip what may follow a key and leave it the key.
    for (let guard = 0; guard < 8 && to - from > 1; guard++) {
      const last = tokens[to - 1]!;
      if (isPunct(last, '?') || isPunct(last, '!')) to--;
      // `'x'.encode('utf-8')`, `KEY.getBytes()`, `('a' + 'b').getBytes()`; not `new TextEncoder().encode('x')`, where the call is the wrapper.
      else if (isPunct(last, ')') && pairs[to - 1]! > from && isName(tokens[pairs[to - 1]! - 1]) && SUFFIX_METHODS.has(tokens[pairs[to - 1]! - 1]!.text) && isPunct(tokens[pairs[to - 1]! - 2], '.') && !this.wrapsArgument(pairs[to - 1]!)) to = pairs[to - 1]! - 2;
      else if (last.kind === 'name' && SUFFIX_METHODS.has(last.text) && isPunct(tokens[to - 2], '.')) to -= 2;
      // C# UTF-8 literals: `"x"u8`.
      else if (isName(last, 'u8') && tokens[to - 2]?.kind === 'string' && this.model.language === 'csharp') to--;
      else if (to - from > 2 && isName(tokens[to - 2], 'as')) to -= 2;
      else break;
    }
    // `env ?? 'dev-key'`, `System.getenv("K") ?: "dev-key"`, `os.environ.get("K") or "dev-key"`: the fallback is a key.
    const fallbackAt = this.fallbackOperator(from, to);
    // Rust `std::env::var("K").unwrap_or_else(|_| String::from("dev"))`, `.unwrap_or("dev".into())`.
    const rustFallback = this.model.language === 'rust' ? this.rustEnvFallback(from, to) : undefined;
    if (rustFallback) {
      return this.evaluate(rustFallback.value, depth + 1).flatMap((source) => (source.kind === 'literal' && source.value !== '' ? [{ ...source, envName: rustFallback.envName }] : []));
    }
    // An empty fallback (`?? ''`) only satisfies a type: the key is still meant to come from the environment.
    if (fallbackAt !== -1) return this.evaluate({ from: fallbackAt + (isPunct(tokens[fallbackAt], '?') ? 2 : 1), to }, depth + 1).filter((source) => source.kind === 'import' || (source.kind === 'literal' && source.value !== ''));
    if (to - from === 1) {
      const t = tokens[from]!;
      if (t.kind === 'string') return t.fixed ? [{ kind: 'literal', value: t.value ?? '', token: t }] : [];
      if (t.kind === 'name') {
        if (NIL.has(t.text)) return [{ kind: 'empty', token: t }];
        const found = this.resolveName(t.text.replace(/^@{1,2}/, ''), depth);
        return found.length > 0 ? found : this.parameterFlow(from, depth);
      }
      return [];
    }
    const folded = this.fold(from, to);
    if (folded) return [folded];
    // A name path: `this.key`, `cfg.secret`, `self::KEY`, `keys[0]`.
    const path = pathEndingAt(tokens, pairs, to - 1);
    if (path && path.start === from) return this.resolveName(path.name, depth);
    if (isPunct(tokens[to - 1], ']') && pairs[to - 1]! > from && tokens[to - 2]?.kind === 'number') {
      const base = pathEndingAt(tokens, pairs, pairs[to - 1]! - 1);
      if (base && base.start === from) return this.resolveName(`${base.name}.${tokens[to - 2]!.text}`, depth).concat(this.resolveName(base.name, depth));
    }
    // A function literal: `func(t *jwt.Token) (interface{}, error) { return … }`, `() => 'x'`.
    if (isName(tokens[from], 'func') || isName(tokens[from], 'function') || isName(tokens[from], 'lambda')) return this.returnsOf({ from, to }, depth);
    // A call: a wrapper around the key, or a function of this file that returns it.
    if (isPunct(tokens[to - 1], ')') && pairs[to - 1]! > from) {
      const open = pairs[to - 1]!;
      const callee = this.callee(open);
      if (!callee || callee.start !== from) return [];
      const args = this.argumentsOf(open, to - 1);
      // C# target-typed `new(…)`: the declared type (SymmetricSecurityKey) wraps the argument.
      if (KEY_WRAPPER.test(callee.text) || MORE_WRAPPERS.test(callee.text) || (this.model.language === 'csharp' && callee.text === 'new(')) {
        const inner = args[0] ? this.evaluate(args[0], depth + 1) : [];
        return inner.filter((source) => source.kind !== 'empty');
      }
      const name = callee.text.slice(0, -1).replace(/^(?:this|self)\./, '');
      const returns = this.model.functions.get(name);
      if (returns) return returns.flatMap((r) => this.evaluate(r, depth + 1));
      if (this.model.language === 'go' && GO_IDENTIFIER.test(name) && args.length === 0) return [{ kind: 'import', module: SAME_PACKAGE, member: [`${name}()`] }];
      return [];
    }
    return [];
  }

  /** `'ab' + 'cd'`, `"a" "b"` (Python, Ruby, C), `'a' . 'b'` (PHP), `['a', 'b'].join('')`, `''.join(['a', 'b'])`. */
  private fold(from: number, to: number): KeySource | undefined {
    const { tokens, pairs } = this.model;
    const joinOp = this.model.language === 'php' ? '.' : '+';
    const adjacent = this.model.language === 'python' || this.model.language === 'ruby';
    let value = '';
    let first: Token | undefined;
    let expectString = true;
    let i = from;
    // Rust `concat!("a", "b")`, and `format!("a")` with nothing to format.
    if (this.model.language === 'rust' && (isName(tokens[from], 'concat') || isName(tokens[from], 'format')) && isPunct(tokens[from + 1], '!') && isPunct(tokens[from + 2], '(') && pairs[from + 2] === to - 1) {
      const folded = this.foldList(from + 3, to - 1, '');
      if (!folded || (tokens[from]!.text === 'format' && (/[{}]/.test(folded.kind === 'literal' ? folded.value : '') || to - from !== 5))) return undefined;
      return folded;
    }
    // `PARTS.join('')`, PARTS bound to a list of literals.
    if (to - from >= 6 && isPunct(tokens[to - 1], ')') && tokens[to - 2]!.kind === 'string' && tokens[to - 2]!.fixed && isPunct(tokens[to - 3], '(') && isName(tokens[to - 4], 'join') && isPunct(tokens[to - 5], '.')) {
      const list = pathEndingAt(tokens, pairs, to - 6);
      if (list && list.start === from) return this.joinedList(list.name, tokens[to - 2]!.value ?? '');
    }
    // `['a', 'b'].join('')`, any literal separator (`.join('-')`)
    if (isPunct(tokens[from], '[') && pairs[from]! > from && isPunct(tokens[pairs[from]! + 1], '.') && isName(tokens[pairs[from]! + 2], 'join')) {
      const close = pairs[from]!;
      const sep = tokens[close + 4];
      if (sep?.kind !== 'string' || !sep.fixed || !isPunct(tokens[close + 5], ')') || close + 6 !== to) return undefined;
      return this.foldList(from + 1, close, sep.value ?? '');
    }
    // `''.join(['a', 'b'])` (Python, any literal separator)
    if (tokens[from]!.kind === 'string' && tokens[from]!.fixed && isPunct(tokens[from + 1], '.') && isName(tokens[from + 2], 'join') && isPunct(tokens[from + 3], '(') && isPunct(tokens[from + 4], '[')) {
      const close = pairs[from + 4]!;
      if (close < 0 || pairs[from + 3] !== close + 1 || close + 2 !== to) return undefined;
      return this.foldList(from + 5, close, tokens[from]!.value ?? '');
    }
    // Ruby `['6b6579'].pack('H*')`: hex (or base64 'm') packed into the key's bytes.
    if (this.model.language === 'ruby' && isPunct(tokens[from], '[') && pairs[from] === from + 2 && tokens[from + 1]!.kind === 'string' && isPunct(tokens[from + 3], '.') && isName(tokens[from + 4], 'pack') && isPunct(tokens[from + 5], '(') && tokens[from + 6]?.kind === 'string' && pairs[from + 5] === to - 1) {
      const t = tokens[from + 1]!;
      return t.fixed ? { kind: 'literal', value: t.value ?? '', token: t } : undefined;
    }
    // C# `string.Concat("a", "b")`
    if (this.model.language === 'csharp' && (isName(tokens[from], 'string') || isName(tokens[from], 'String')) && isPunct(tokens[from + 1], '.') && isName(tokens[from + 2], 'Concat') && isPunct(tokens[from + 3], '(') && pairs[from + 3] === to - 1) {
      return this.foldList(from + 4, to - 1, '');
    }
    // PHP `implode('', ['a', 'b'])`
    if (isName(tokens[from], 'implode') && isPunct(tokens[from + 1], '(') && tokens[from + 2]?.kind === 'string' && tokens[from + 2]!.fixed && isPunct(tokens[from + 3], ',') && isPunct(tokens[from + 4], '[')) {
      const close = pairs[from + 4]!;
      if (close < 0 || pairs[from + 1] !== close + 1 || close + 2 !== to) return undefined;
      return this.foldList(from + 5, close, tokens[from + 2]!.value ?? '');
    }
    for (; i < to; i++) {
      const t = tokens[i]!;
      if (t.kind === 'string') {
        if (!expectString && !adjacent) return undefined;
        if (!t.fixed) return undefined;
        first ??= t;
        value += t.value ?? '';
        expectString = false;
      } else if (t.kind === 'punct' && (t.text === joinOp || t.text === '\\') && !expectString) {
        if (t.text === joinOp) expectString = true;
      } else if (isPunct(t, '(') && pairs[i]! < to && pairs[i]! > i) {
        // A parenthesised part: `('a' + 'b')`.
        const inner = this.fold(i + 1, pairs[i]!);
        if (!inner || inner.kind !== 'literal') return undefined;
        first ??= inner.token;
        value += inner.value;
        i = pairs[i]!;
        expectString = false;
      } else return undefined;
    }
    if (!first || expectString) return undefined;
    return { kind: 'literal', value, token: first };
  }

  /** The elements of a list bound to `name`, joined, when every one is a literal. */
  private joinedList(name: string, separator: string): KeySource | undefined {
    const parts: string[] = [];
    let first: Token | undefined;
    for (let n = 0; n < 32; n++) {
      const bindings = this.model.bindings.get(`${name}.${n}`);
      if (!bindings) break;
      const t = this.model.tokens[bindings[0]!.value.from]!;
      if (bindings[0]!.value.to - bindings[0]!.value.from !== 1 || t.kind !== 'string' || !t.fixed) return undefined;
      first ??= t;
      parts.push(t.value ?? '');
    }
    return first ? { kind: 'literal', value: parts.join(separator), token: first, via: name } : undefined;
  }

  private foldList(from: number, to: number, separator: string): KeySource | undefined {
    const { tokens } = this.model;
    const parts: string[] = [];
    let first: Token | undefined;
    for (let i = from; i < to; i++) {
      const t = tokens[i]!;
      if (t.kind === 'string' && t.fixed) {
        first ??= t;
        parts.push(t.value ?? '');
      } else if (!isPunct(t, ',')) return undefined;
    }
    return first ? { kind: 'literal', value: parts.join(separator), token: first } : undefined;
  }

  /** What a name is bound to, through the file's bindings, functions, and imports. */
  private resolveName(name: string, depth: number): KeySource[] {
    if (depth > 6) return [];
    const bare = name.replace(/^\$?(?:this|self|static)\./, '').replace(/^\$/, '');
    const bindings: Binding[] = this.model.bindings.get(name) ?? this.model.bindings.get(bare) ?? this.model.bindings.get(`$${bare}`) ?? [];
    const found: KeySource[] = [];
    for (const binding of bindings) found.push(...this.via(this.evaluate(binding.value, depth + 1), name));
    if (found.length === 0) {
      // A list of candidate keys (a loop binds its variable to the list, see readLoop): each element.
      const listName = [name, bare, `$${bare}`].find((each) => this.model.bindings.has(`${each}.0`));
      const list = listName !== undefined;
      name = listName ?? name;
      if (list) for (let n = 0; n < 16; n++) for (const binding of this.model.bindings.get(`${name}.${n}`) ?? []) found.push(...this.via(this.evaluate(binding.value, depth + 1), `${name}[${n}]`));
    }
    if (bindings.length === 0 && found.length === 0) {
      const returns = this.model.functions.get(bare);
      if (returns) for (const r of returns) found.push(...this.via(this.evaluate(r, depth + 1), bare));
    }
    if (found.length === 0 && bindings.length === 0) {
      const [head, ...rest] = name.split('.');
      const imported = this.model.moduleImports.get(head!);
      if (imported) found.push({ kind: 'import', module: imported.module, member: [...imported.member, ...rest] });
      // Go: a name this file does not bind is one of its package's, in a file of the same folder.
      else if (this.model.language === 'go' && GO_IDENTIFIER.test(name) && !this.model.functions.has(name)) found.push({ kind: 'import', module: SAME_PACKAGE, member: [name] });
      // PHP: a constant this file does not define is a global one, defined in any file.
      else if (this.model.language === 'php' && PHP_CONSTANT.test(name)) found.push({ kind: 'import', module: GLOBAL_SCOPE, member: [name] });
      // Java, Kotlin, C#: `SecurityConstants.SIGNING`, a field of a class this file or another declares.
      else if (CLASS_MEMBER_LANGUAGES.has(this.model.language) && CLASS_MEMBER.test(name)) {
        const [owner, field] = name.split('.') as [string, string];
        const here = new RegExp(`\\b(?:class|object|interface|record|struct)\\s+${owner}\\b`).test(this.text) && this.model.bindings.has(field);
        found.push(...(here ? this.resolveName(field, depth + 1) : [{ kind: 'import' as const, module: GLOBAL_SCOPE, member: [owner, field] }]));
      }
    }
    return found;
  }

  private via(sources: KeySource[], name: string): KeySource[] {
    return sources.map((source) => (source.kind === 'import' || source.via !== undefined ? source : { ...source, via: name }));
  }

  /** What a key function returns: a function literal at the argument, or a function of the file named there. */
  private functionReturns(arg: TokenRange): TokenRange[] {
    const { tokens } = this.model;
    if (isName(tokens[arg.from], 'func') || isName(tokens[arg.from], 'function')) return braceReturns(this.model, arg.from + 1);
    if (arg.to - arg.from === 1 && tokens[arg.from]!.kind === 'name') return this.model.functions.get(tokens[arg.from]!.text) ?? [];
    // A method value: `s.keyFor`.
    if (arg.to - arg.from === 3 && isPunct(tokens[arg.from + 1], '.') && isName(tokens[arg.to - 1])) return this.model.functions.get(tokens[arg.to - 1]!.text) ?? [];
    return [];
  }

  private returnsOf(range: TokenRange, depth: number): KeySource[] {
    return braceReturns(this.model, range.from + 1).flatMap((r) => this.evaluate({ from: r.from, to: expressionEnd(this.model, r.from, r.to) }, depth + 1));
  }

  /**
   * A name given to a JWT-ish slot: `app.config["JWT_SECRET_KEY"] = SIGNING`,
   * `app.config.update(JWT_SECRET_KEY=key)`. A literal there is jwt-secret-assignment's; a
   * name bound to one is reported here, at the literal.
   */
  private jwtNamedSlots(): void {
    const { tokens } = this.model;
    for (const [name, bindings] of this.model.bindings) {
      // `SIMPLE_JWT = {"SIGNING_KEY": SIGNING}`: a member is named by its last part.
      if (!isJwtName(name) && !(name.includes('.') && isJwtName(name.slice(name.lastIndexOf('.') + 1)))) continue;
      for (const binding of bindings) {
        if (binding.value.to - binding.value.from === 1 && tokens[binding.value.from]!.kind === 'string') continue;
        const sources = this.evaluate(binding.value, 0).filter((s) => s.kind !== 'import' && s.via !== undefined);
        this.report(sources, name, tokens[binding.value.from]!.line, '', []);
      }
    }
    if (this.model.language !== 'python') return;
    for (let i = 0; i + 2 < tokens.length; i++) {
      if (tokens[i]!.kind !== 'name' || !isPunct(tokens[i + 1], '=') || !(isPunct(tokens[i - 1], '(') || isPunct(tokens[i - 1], ',')) || !isJwtName(tokens[i]!.text)) continue;
      const end = expressionEnd(this.model, i + 2);
      const sources = this.evaluate({ from: i + 2, to: end }, 0).filter((s) => s.kind !== 'import' && s.via !== undefined);
      this.report(sources, tokens[i]!.text, tokens[i]!.line, '', []);
    }
  }

  private sourceOf(range: TokenRange): string {
    const { tokens } = this.model;
    return this.text.slice(tokens[range.from]!.start, tokens[range.to - 1]!.end);
  }

  private report(sources: KeySource[], api: string, useLine: number, callee: string, args: TokenRange[]): void {
    for (const source of sources) {
      if (source.kind === 'import') {
        this.imports.push({ module: source.module, member: source.member, api, useLine });
        continue;
      }
      if (source.kind === 'empty' || (source.kind === 'literal' && source.value === '')) {
        // A nil or empty key makes tokens anyone can make: only where a token is made, with an HMAC key.
        if (!SIGNS.test(callee) || /verify|decode|Parse/i.test(callee)) continue;
        if (args.some((arg) => this.sourceOf(arg).includes("'none'") || this.sourceOf(arg).includes('"none"'))) continue;
        this.findings.push({ rule: source.via ? 'jwt-key-identifier' : 'jwt-call-literal', token: source.token, value: '', api, useLine, empty: true, ...(source.via ? { via: source.via } : {}) });
        continue;
      }
      const value = source.value;
      const weak = isKnownWeakKey(value);
      if (!weak && (ALGORITHM.test(value) || isPlaceholder(value) || isJsonClaims(value))) continue;
      if (source.via && !weak && (LOCATION.test(value) || PROSE.test(value))) continue;
      if (source.envName !== undefined) {
        this.findings.push({ rule: 'jwt-secret-fallback', token: source.token, value, api, useLine, empty: false, envName: source.envName });
        continue;
      }
      this.findings.push({ rule: source.via ? 'jwt-key-identifier' : 'jwt-call-literal', token: source.token, value, api, useLine, empty: false, ...(source.via ? { via: source.via } : {}) });
    }
  }
}
