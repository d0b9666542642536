// The binding table of one file, built from its tokens in one pass: which local names stand for a
// JWT module or one of its functions (imports and aliases), which names are bound to which
// expressions (`const KEY = 'x'`, `s := "dev"`, `define('K', 'x')`, object members as `cfg.secret`),
// which functions return what, and which names come from other files of the repository.
import type { Language } from '../language.js';
import { isName, isPunct, type Token } from '../lex/token.js';

/** A half-open range of token indexes. */
export interface TokenRange {
  from: number;
  to: number;
}

/** A name bound to an expression. */
export interface Binding {
  /** The name as a path: `KEY`, `this.key`, `cfg.secret`, `$key`, `self::KEY` is kept as `KEY`. */
  name: string;
  value: TokenRange;
  /** The binding stands at the top level of the file (an export, for languages that export so). */
  topLevel: boolean;
}

/** A name imported from another file of the repository (a relative module). */
export interface ModuleImport {
  /** The module as written: `./config`, `.settings`, `settings`. */
  module: string;
  /** The member path inside it: `[]` for the module itself, `['SECRET']` for a named import. */
  member: string[];
}

export interface FileModel {
  tokens: Token[];
  /** For each bracket token, the index of its partner (or -1). */
  pairs: Int32Array;
  /** Offset of each line's first character (line 1 at index 0). */
  lineStarts: readonly number[];
  language: Language;
  /** Local name → how the JWT call table knows it (`jsonwt` → `jwt`, `issue` → `jwt.sign`). */
  jwtAliases: Map<string, string>;
  bindings: Map<string, Binding[]>;
  /** Function name → the expressions its `return` statements give. */
  functions: Map<string, TokenRange[]>;
  /** Local name → the relative module it comes from. */
  moduleImports: Map<string, ModuleImport>;
  /** Names another file can import: `module.exports.secret`, `exports.X`, `export const X`, Python top level. */
  exports: Map<string, Binding[]>;
}

const OPEN = new Set(['(', '[', '{']);
const CLOSE: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

export function bracketPairs(tokens: readonly Token[]): Int32Array {
  const pairs = new Int32Array(tokens.length).fill(-1);
  const stack: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'punct') continue;
    if (OPEN.has(token.text)) stack.push(i);
    else if (CLOSE[token.text] !== undefined) {
      // An unbalanced closer closes nothing; a mismatched one pops to its opener when there is one.
      let at = stack.length - 1;
      while (at >= 0 && tokens[stack[at]!]!.text !== CLOSE[token.text]) at--;
      if (at < 0) continue;
      const open = stack[at]!;
      stack.length = at;
      pairs[open] = i;
      pairs[i] = open;
    }
  }
  return pairs;
}

/** JS modules whose default or namespace import is called like jsonwebtoken (`x.sign(p, key)`). */
const JS_JWT_MODULES: Record<string, string> = {
  jsonwebtoken: 'jwt', 'jwt-simple': 'jwt', 'express-jwt': 'jwt', 'koa-jwt': 'jwt', 'hono/jwt': 'Jwt', '@nestjs/jwt': 'jwt',
  jose: 'jose', 'passport-jwt': 'passportJwt', 'fast-jwt': 'fastJwt', jsrsasign: 'jsrsasign',
  '@fastify/jwt': 'fastifyJwt', 'fastify-jwt': 'fastifyJwt',
};
/** Named imports whose canonical spelling differs from the name: `{ sign } from 'jsonwebtoken'` is `jwt.sign`. */
const JS_MEMBER_PREFIX: Record<string, string> = { jsonwebtoken: 'jwt.', 'jwt-simple': 'jwt.', 'passport-jwt': '', 'express-jwt': '', 'hono/jwt': '', jose: '', 'fast-jwt': '', 'koa-jwt': '' };

/** Languages whose files share constants as fields of a named class or object. */
const CLASS_FIELD_LANGUAGES: ReadonlySet<Language> = new Set(['java', 'kotlin', 'csharp']);

/** JVM packages of JWT libraries, whose imports may rename a class or bring in a static member. */
const JVM_JWT_PACKAGES = /^(?:com\.auth0\.jwt|io\.jsonwebtoken|com\.nimbusds\.jose|pdi\.jwt|io\.ktor\.server\.auth\.jwt|org\.springframework\.security\.oauth2\.jwt|javax\.crypto\.spec|io\.vertx\.ext\.auth)\b/;

/** Python modules: `import jwt as pyjwt`, `from jose import jwt`. */
const PY_JWT_MODULES = /^(?:jwt|jose|jose\.jwt|jose\.jws|authlib\.jose|joserfc|jwcrypto)$/;
/** Go import paths of JWT packages and the name the call table knows each by. */
const GO_JWT_PATHS: Array<[RegExp, string]> = [
  [/github\.com\/(?:golang-jwt\/jwt|dgrijalva\/jwt-go|form3tech-oss\/jwt-go|appleboy\/gin-jwt|kataras\/jwt)/, 'jwt'],
  [/github\.com\/lestrrat-go\/jwx(?:\/v\d+)?\/(jwt|jws|jwk|jwe|jwa)$/, '$1'],
  [/github\.com\/go-chi\/jwtauth/, 'jwtauth'],
  [/github\.com\/labstack\/echo-jwt/, 'echojwt'],
  [/github\.com\/gofiber\/(?:contrib\/)?jwt/, 'jwtware'],
  [/github\.com\/go-jose\/go-jose|gopkg\.in\/(?:square\/)?go-jose/, 'jose'],
];
/** PHP classes: `use Firebase\JWT\JWT as Tokens`. */
const PHP_JWT_CLASSES = /^\\?(?:Firebase\\JWT\\(JWT|Key)|Lcobucci\\JWT\\Signer\\Key\\(InMemory))$/;
/** Rust items: `use jsonwebtoken::{EncodingKey as Ek}`. */
const RUST_JWT_ITEMS = /^(?:jsonwebtoken|jwt_simple::prelude|jwt_simple|hmac)::(EncodingKey|DecodingKey|encode|decode|HS256Key|HS384Key|HS512Key|Hmac)$/;

const STATEMENT_WORDS = new Set(['const', 'let', 'var', 'val', 'final', 'static', 'private', 'public', 'protected', 'readonly', 'export', 'def', 'my', 'local', 'global', 'internal', 'override', 'lateinit', 'pub', 'mut']);
/** Tokens after which an expression goes on onto the next line. */
const CONTINUES = new Set(['+', '-', '*', '/', '%', '.', '?.', '=', ',', '(', '[', '{', '||', '&&', '??', '?', ':', '=>', '->', '::', '\\', '<<', '|', '&', 'and', 'or', 'not', 'in']);

/** Where an expression that starts at `from` ends: a `;` or `,` at its own depth, an unbalanced closer, or a line break that ends the statement. */
export function expressionEnd(model: Pick<FileModel, 'tokens' | 'pairs'>, from: number, limit = model.tokens.length): number {
  const { tokens, pairs } = model;
  let i = from;
  while (i < limit) {
    const token = tokens[i]!;
    if (token.kind === 'punct') {
      if (token.text === ';' || token.text === ',') return i;
      if (CLOSE[token.text] !== undefined) return i; // an unbalanced closer: the end of what holds us
      if (OPEN.has(token.text)) {
        const close = pairs[i]!;
        if (close === -1 || close >= limit) return limit;
        // A statement may end at the closer's line end (`k = decode("…")` and a new line).
        i = close;
      }
    }
    const next = tokens[i + 1];
    if (next && next.line !== tokens[i]!.line && i + 1 < limit) {
      const text = tokens[i]!.text;
      const continues = CONTINUES.has(text) || (next.kind === 'punct' && (CONTINUES.has(next.text) && next.text !== '(' && next.text !== '[' && next.text !== '{' && next.text !== '-' && next.text !== '*'));
      if (!continues) return i + 1;
    }
    i++;
  }
  return limit;
}

/** The name path that ends at token `end` (inclusive), read backwards: `a.b.c`, `this.x`, `cfg["k"]`, `$x`, `self::X`. */
export function pathEndingAt(tokens: readonly Token[], pairs: Int32Array, end: number): { name: string; start: number } | undefined {
  const parts: string[] = [];
  let i = end;
  for (;;) {
    const token = tokens[i];
    if (!token) return undefined;
    if (token.kind === 'name') parts.unshift(token.text.replace(/^@{1,2}/, ''));
    else if (isPunct(token, ']') && pairs[i]! >= 0 && pairs[i] === i - 2 && tokens[i - 1]!.kind === 'string') {
      parts.unshift(tokens[i - 1]!.value ?? '');
      i = pairs[i]! - 1;
      continue;
    } else return undefined;
    const before = tokens[i - 1];
    if (before && before.kind === 'punct' && (before.text === '.' || before.text === '?.' || before.text === '->' || before.text === '::')) {
      i -= 2;
      continue;
    }
    const name = parts.join('.').replace(/^(?:self|static|this|parent)\.(?=[A-Z_][A-Z0-9_]*$)/, '');
    return { name, start: i };
  }
}

/** The tokens of a file, read into its binding table. */
export function buildModel(tokens: Token[], language: Language, lineStarts: readonly number[]): FileModel {
  const pairs = bracketPairs(tokens);
  const model: FileModel = {
    tokens, pairs, lineStarts, language,
    jwtAliases: new Map(), bindings: new Map(), functions: new Map(), moduleImports: new Map(), exports: new Map(),
  };
  const depthAt = braceDepths(tokens, pairs);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === 'name') {
      readImport(model, i);
      readFunction(model, i);
      readLoop(model, i);
      if (language === 'ruby') readRubySetting(model, i);
      if (token.text === 'define' && language === 'php' && isPunct(tokens[i + 1], '(') && tokens[i + 2]?.kind === 'string' && isPunct(tokens[i + 3], ',')) {
        const close = pairs[i + 1]!;
        if (close > 0) bind(model, tokens[i + 2]!.value ?? '', { from: i + 4, to: close }, true);
      }
      // `export default { secret: 'x' }`: what a default import of the file holds.
      if (token.text === 'default' && language === 'javascript' && isName(tokens[i - 1], 'export') && i + 1 < tokens.length) {
        bind(model, 'default', { from: i + 1, to: expressionEnd(model, i + 1) }, true);
      }
    } else if (token.kind === 'punct' && (token.text === '=' || token.text === ':=')) {
      // A field of a class (Java, Kotlin, C#; C# may hold it in a namespace block) is what other files name as Class.FIELD.
      readAssignment(model, i, depthAt[i]! === 0 || (CLASS_FIELD_LANGUAGES.has(language) && depthAt[i]! <= 2));
    }
  }
  return model;
}

/** How many `{` enclose each token: 0 is the file's top level. */
function braceDepths(tokens: readonly Token[], pairs: Int32Array): Uint16Array {
  const depths = new Uint16Array(tokens.length);
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const text = tokens[i]!.kind === 'punct' ? tokens[i]!.text : '';
    if (text === '}' && pairs[i]! >= 0 && depth > 0) depth--;
    depths[i] = depth;
    if (text === '{' && pairs[i]! >= 0) depth++;
  }
  return depths;
}

function bind(model: FileModel, name: string, value: TokenRange, topLevel: boolean): void {
  if (name === '' || value.from >= value.to) return;
  const binding: Binding = { name, value, topLevel };
  const list = model.bindings.get(name);
  if (list) {
    if (list.length < 16) list.push(binding);
  } else model.bindings.set(name, [binding]);
  const exported = exportName(model, name, topLevel);
  if (exported !== undefined) {
    const there = model.exports.get(exported);
    if (there) there.push(binding);
    else model.exports.set(exported, [binding]);
  }
  // `cfg = { secret: 'x' }`: its members are bindings too.
  const open = model.tokens[value.from];
  if (open && open.kind === 'punct' && (open.text === '{' || open.text === '[') && model.pairs[value.from] === value.to - 1) bindMembers(model, name, value.from, topLevel, 0);
  // A list built by a call: Kotlin `listOf("a", "b")`, Java `List.of(…)`, `Arrays.asList(…)`, Rust `vec![…]`.
  else if (open && open.kind === 'name' && LIST_CALLS.test(sourceText(model, value.from, value.to)) && isPunct(model.tokens[value.to - 1], ')') && model.pairs[value.to - 1]! > value.from) bindArguments(model, name, model.pairs[value.to - 1]!, topLevel);
  // Go composite literals: `[][]byte{ []byte("a"), … }`, `map[string]string{…}`.
  else if (model.language === 'go' && isPunct(model.tokens[value.to - 1], '}') && model.pairs[value.to - 1]! > value.from) bindMembers(model, name, model.pairs[value.to - 1]!, topLevel, 0);
}

/** What another file imports a binding as: JS exports, and every top-level Python name. */
function exportName(model: FileModel, name: string, topLevel: boolean): string | undefined {
  if (model.language === 'javascript') {
    if (name.startsWith('module.exports.')) return name.slice('module.exports.'.length);
    if (name === 'module.exports' || name === 'default') return '';
    if (name.startsWith('exports.')) return name.slice('exports.'.length);
    if (name.startsWith('default.')) return name.slice('default.'.length);
    return undefined;
  }
  if ((model.language === 'python' || model.language === 'go') && topLevel) return name;
  // A class's field: another file names it `Class.NAME` (resolved against the classes the file declares).
  if (CLASS_FIELD_LANGUAGES.has(model.language) && topLevel && /^[A-Za-z_]\w*$/.test(name)) return name;
  // PHP constants (`define('K', …)`, a top-level `const K = …`) are global: any file may name them.
  if (model.language === 'php' && topLevel && /^[A-Z_][A-Z0-9_]*$/.test(name)) return name;
  return undefined;
}

/** Calls that build a list of their arguments. */
const LIST_CALLS = /^(?:listOf|mutableListOf|arrayOf|setOf|List\.of|Set\.of|Arrays\.asList|ImmutableList\.of)\(/;

/** The names and dots a value starts with, up to its first `(`: enough to tell a list call. */
function sourceText(model: FileModel, from: number, to: number): string {
  let text = '';
  for (let i = from; i < to && i < from + 6; i++) {
    const t = model.tokens[i]!;
    text += t.text;
    if (isPunct(t, '(')) break;
  }
  return text;
}

/** The arguments of a list call, as `name.0`, `name.1`, … bindings. */
function bindArguments(model: FileModel, name: string, open: number, topLevel: boolean): void {
  const close = model.pairs[open]!;
  let i = open + 1;
  for (let index = 0; i < close && index < 16; index++) {
    const end = expressionEnd(model, i, close);
    if (end > i) bind(model, `${name}.${index}`, { from: i, to: end }, topLevel);
    i = end + 1;
  }
}

/** Members of an object, dict, hash or array literal, as `name.member` bindings. */
function bindMembers(model: FileModel, name: string, open: number, topLevel: boolean, depth: number): void {
  const { tokens, pairs } = model;
  const close = pairs[open]!;
  if (close < 0 || depth > 3) return;
  let i = open + 1;
  let index = 0;
  while (i < close) {
    const end = expressionEnd(model, i, close);
    // `key: value`, `'key': value`, `"key" => value`, `key = value` (HOCON-like, C# initialisers).
    const key = tokens[i]!;
    const sep = tokens[i + 1];
    if ((key.kind === 'name' || key.kind === 'string') && sep && sep.kind === 'punct' && (sep.text === ':' || sep.text === '=>' || sep.text === '=') && i + 2 < end) {
      const member = key.kind === 'string' ? key.value ?? '' : key.text;
      bind(model, `${name}.${member}`, { from: i + 2, to: end }, topLevel);
    } else if (key.kind === 'name' && end === i + 1 && model.language === 'javascript' && isPunct(tokens[open], '{')) {
      // The shorthand `{ secret }` binds the member to the name.
      bind(model, `${name}.${key.text}`, { from: i, to: i + 1 }, topLevel);
    } else if ((isPunct(tokens[open], '[') || model.language === 'go') && end > i) {
      bind(model, `${name}.${index}`, { from: i, to: end }, topLevel);
    }
    index++;
    i = end + 1;
  }
}

function readAssignment(model: FileModel, at: number, topLevel: boolean): void {
  const { tokens, pairs } = model;
  let end = at - 1;
  // `let key: &[u8] = …`, `val key: String = …`, `key: str = …`: step back over the type.
  if (tokens[end] && !(tokens[end]!.kind === 'name' || isPunct(tokens[end], ']'))) {
    for (let back = at - 1; back > at - 14 && back > 0; back--) {
      if (isPunct(tokens[back], ':') && tokens[back - 1]?.kind === 'name') {
        end = back - 1;
        break;
      }
    }
  } else if (tokens[end] && isName(tokens[end]) && isPunct(tokens[end - 1], ':') && isName(tokens[end - 2])) {
    end -= 2; // `key: String = …` with a plain type name
  } else if (tokens[end] && isName(tokens[end]) && (isPunct(tokens[end - 1], '&') || isPunct(tokens[end - 1], '*') || isName(tokens[end - 1], 'mut'))) {
    // Rust `const KEY: &str = …`, `static K: &'static [u8] = …`: back over a reference type to its `:`.
    for (let back = end - 1; back > end - 8 && back > 0; back--) {
      const t = tokens[back]!;
      if (isPunct(t, ':') && isName(tokens[back - 1])) {
        end = back - 1;
        break;
      }
      if (t.kind === 'punct' && !['&', '*', "'", '<', '>', '[', ']', ';', '::'].includes(t.text)) break;
    }
  } else if (isPunct(tokens[end], ']') && pairs[end] === end - 1) {
    return; // `x[] = …` (PHP append)
  } else if (isPunct(tokens[end], ']') && pairs[end]! > 0) {
    // Rust `const KEYS: [&str; 2] = […]`, `const K: &[u8] = b"…"`.
    let colon = pairs[end]! - 1;
    if (isPunct(tokens[colon], '&')) colon--;
    if (isPunct(tokens[colon], ':') && isName(tokens[colon - 1])) end = colon - 1;
  }
  const path = pathEndingAt(tokens, pairs, end);
  if (!path) return;
  // A keyword argument `f(key=value)` is not a binding; a default parameter neither.
  const before = tokens[path.start - 1];
  if (before && before.kind === 'punct' && (before.text === '(' || before.text === ',') && model.language !== 'go') {
    let open = path.start - 1;
    if (before.text === ',') {
      // Inside brackets? Find the enclosing opener.
      for (let back = path.start - 1, depth = 0; back >= 0; back--) {
        const t = tokens[back]!;
        if (t.kind !== 'punct') continue;
        if (CLOSE[t.text] !== undefined) depth++;
        else if (OPEN.has(t.text)) {
          if (depth === 0) {
            open = back;
            break;
          }
          depth--;
        }
        if (back < path.start - 400) break;
      }
    }
    if (isPunct(tokens[open], '(')) return;
  }
  const valueEnd = expressionEnd(model, at + 1);
  // Go `k, err := base64.StdEncoding.DecodeString("…")`: the first name holds the value.
  if (model.language === 'go' && isName(tokens[end], '_') || (model.language === 'go' && isPunct(tokens[path.start - 1], ','))) {
    let first = path.start;
    while (isPunct(tokens[first - 1], ',') && isName(tokens[first - 2])) first -= 2;
    if (first !== path.start) {
      bind(model, tokens[first]!.text, { from: at + 1, to: valueEnd }, topLevel);
      return;
    }
  }
  if (model.language === 'python') topLevel = columnOf(model, path.start) === 0;
  bind(model, path.name, { from: at + 1, to: valueEnd }, topLevel && (before === undefined || before.line !== tokens[path.start]!.line || before.kind !== 'punct' || before.text === ';' || STATEMENT_WORDS.has(before.text)));
  // `export const SECRET = …` is also what `import { SECRET }` from another file reads.
  if (model.language === 'javascript' && before && (before.text === 'const' || before.text === 'let' || before.text === 'var') && isName(tokens[path.start - 2], 'export')) {
    bind(model, `exports.${path.name}`, { from: at + 1, to: valueEnd }, true);
  }
}

/** Words between a loop variable and its collection: `for k in KEYS`, `for (const k of KEYS)`, `for (String k : KEYS)`. */
const LOOP_WORDS = new Set(['in', 'of', ':', 'range']);
/** Methods that walk a list and leave it the list: `KEYS.iter()`, `keys.values`. */
const ITERATORS = new Set(['iter', 'into_iter', 'values', 'entries', 'items', 'keys', 'each', 'forEach', 'stream']);

/**
 * A loop over a list of candidate keys binds its variable to the list (resolveName then reads the
 * list's elements): `for key in KEYS`, `for (const key of KEYS)`, `for _, key := range KEYS`,
 * `foreach ($keys as $key)`, `KEYS.each do |key|`, `for key in KEYS.iter()`.
 */
function readLoop(model: FileModel, at: number): void {
  const { tokens } = model;
  const word = tokens[at]!.text;
  if (LIST_WALKS.has(word) && isPunct(tokens[at - 1], '.')) {
    readListWalk(model, at);
    return;
  }
  if (word === 'each' && isPunct(tokens[at - 1], '.')) {
    const list = pathEndingAt(tokens, model.pairs, at - 2);
    let i = at + 1;
    if (isName(tokens[i], 'do') || isPunct(tokens[i], '{')) i++;
    if (list && isPunct(tokens[i], '|') && isName(tokens[i + 1]) && isPunct(tokens[i + 2], '|')) bind(model, tokens[i + 1]!.text, { from: list.start, to: at - 1 }, false);
    return;
  }
  if (word !== 'for' && word !== 'foreach') return;
  const line = tokens[at]!.line;
  for (let i = at + 1; i < at + 14 && i < tokens.length && tokens[i]!.line === line; i++) {
    const t = tokens[i]!;
    if (model.language === 'php' && isName(t, 'as')) {
      // foreach ($keys as $key) / foreach ($keys as $kid => $key)
      const list = pathEndingAt(tokens, model.pairs, i - 1);
      let variable = i + 1;
      if (isPunct(tokens[i + 2], '=>')) variable = i + 3;
      if (list && isName(tokens[variable])) bind(model, tokens[variable]!.text, { from: list.start, to: i }, false);
      return;
    }
    if (!((t.kind === 'name' || t.kind === 'punct') && LOOP_WORDS.has(t.text))) continue;
    // Go `for _, key := range KEYS`: the variable stands before `:=`.
    const variable = isName(tokens[i - 1]) ? i - 1 : t.text === 'range' && (isPunct(tokens[i - 1], ':=') || isPunct(tokens[i - 1], '=')) ? i - 2 : -1;
    if (variable < 0 || !isName(tokens[variable])) return;
    let from = i + 1;
    while (isPunct(tokens[from], '&') || isPunct(tokens[from], '*')) from++;
    let to = from;
    while (isName(tokens[to]) && (isPunct(tokens[to + 1], '.') || isPunct(tokens[to + 1], '::')) && isName(tokens[to + 2]) && !ITERATORS.has(tokens[to + 2]!.text)) to += 2;
    if (!isName(tokens[to])) return;
    bind(model, tokens[variable]!.text, { from, to: to + 1 }, false);
    return;
  }
}

/** Methods that call a function on each element of a list: `keys.some((k) => …)`, `KEYS.iter().find_map(|k| …)`, `keys.forEach { k -> … }`. */
const LIST_WALKS = new Set(['some', 'find', 'findIndex', 'every', 'map', 'filter', 'forEach', 'find_map', 'any', 'all', 'filter_map', 'for_each', 'try_for_each', 'firstOrNull', 'firstNotNullOfOrNull', 'mapNotNull', 'Any', 'Select', 'FirstOrDefault', 'ForEach']);

/** The walk's function parameter is bound to the list it walks. */
function readListWalk(model: FileModel, at: number): void {
  const { tokens, pairs } = model;
  // The list: `KEYS` in `KEYS.some(`, also `KEYS.iter().any(` and `KEYS.stream().anyMatch(`.
  let end = at - 2;
  if (isPunct(tokens[end], ')') && pairs[end] === end - 1 && isName(tokens[end - 2]) && ITERATORS.has(tokens[end - 2]!.text) && isPunct(tokens[end - 3], '.')) end -= 4;
  const list = pathEndingAt(tokens, pairs, end);
  if (!list) return;
  let i = at + 1;
  if (!isPunct(tokens[i], '(') && !isPunct(tokens[i], '{')) return;
  i++;
  if (isName(tokens[i], 'function') || isName(tokens[i], 'async')) i++;
  if (isPunct(tokens[i], '|') || isPunct(tokens[i], '(')) i++; // `|key|`, `(key) =>`
  if (isPunct(tokens[i], '&')) i++;
  const param = tokens[i];
  const after = tokens[i + 1];
  if (!isName(param) || !after || !(isPunct(after, '|') || isPunct(after, ')') || isPunct(after, '=>') || isPunct(after, '->') || isPunct(after, ','))) return;
  bind(model, param!.text, { from: list.start, to: end + 1 }, false);
}

/**
 * Ruby names given a value by a call: Sinatra `set :name, value` (read back as `settings.name`) and
 * RSpec `let(:name) { value }` (read back as `name`).
 */
function readRubySetting(model: FileModel, at: number): void {
  const { tokens, pairs } = model;
  const word = tokens[at]!.text;
  if (word === 'set' && isLineStart(tokens, at) && isPunct(tokens[at + 1], ':') && isName(tokens[at + 2]) && isPunct(tokens[at + 3], ',')) {
    const end = expressionEnd(model, at + 4);
    bind(model, `settings.${tokens[at + 2]!.text}`, { from: at + 4, to: end }, true);
    bind(model, tokens[at + 2]!.text, { from: at + 4, to: end }, false);
  } else if ((word === 'let' || word === 'let!') && isPunct(tokens[at + 1], '(') && isPunct(tokens[at + 2], ':') && isName(tokens[at + 3]) && isPunct(tokens[at + 4], ')') && isPunct(tokens[at + 5], '{')) {
    const close = pairs[at + 5]!;
    if (close > at + 6) bind(model, tokens[at + 3]!.text, { from: at + 6, to: close }, false);
  }
}

/** `function f(…) {…}`, `def f(…):`, `func f(…) … {…}`, `fn f(…) … {…}`, `const f = (…) => …`: what f returns. */
function readFunction(model: FileModel, at: number): void {
  const { tokens, pairs } = model;
  const word = tokens[at]!.text;
  if (word !== 'function' && word !== 'def' && word !== 'func' && word !== 'fn') return;
  let nameAt = at + 1;
  // Go methods: `func (s *Server) keyFor(…)`.
  if (word === 'func' && isPunct(tokens[nameAt], '(') && pairs[nameAt]! > 0) nameAt = pairs[nameAt]! + 1;
  const name = tokens[nameAt];
  if (!name || name.kind !== 'name' || !isPunct(tokens[nameAt + 1], '(')) return;
  const paramsClose = pairs[nameAt + 1]!;
  if (paramsClose < 0) return;
  const returns = model.language === 'python' ? pythonReturns(model, paramsClose) : braceReturns(model, paramsClose + 1);
  if (returns.length > 0) model.functions.set(name.text, returns);
}

/** The `return` expressions of the first `{…}` body at or after `from` (within 40 tokens: a return type may stand between). */
export function braceReturns(model: Pick<FileModel, 'tokens' | 'pairs'>, from: number): TokenRange[] {
  const { tokens, pairs } = model;
  let open = from;
  // `interface{}` in a Go result list is not the body.
  while (open < tokens.length && open < from + 40 && !(isPunct(tokens[open], '{') && pairs[open] !== open + 1)) open++;
  const close = pairs[open] ?? -1;
  if (!isPunct(tokens[open], '{') || close < 0) return [];
  const returns: TokenRange[] = [];
  for (let i = open + 1; i < close && returns.length < 8; i++) {
    if (isName(tokens[i], 'return')) {
      const end = expressionEnd(model, i + 1, close);
      if (end > i + 1) returns.push({ from: i + 1, to: end });
    }
  }
  return returns;
}

function pythonReturns(model: FileModel, paramsClose: number): TokenRange[] {
  const { tokens } = model;
  const defLine = tokens[paramsClose]!.line;
  // The body is what is indented deeper than the `def` line.
  let defStart = paramsClose;
  while (defStart > 0 && tokens[defStart - 1]!.line === defLine) defStart--;
  const defIndent = columnOf(model, defStart);
  const returns: TokenRange[] = [];
  for (let i = paramsClose + 1; i < tokens.length && returns.length < 8; i++) {
    const t = tokens[i]!;
    if (t.line > defLine && isLineStart(tokens, i) && columnOf(model, i) <= defIndent) break;
    if (isName(t, 'return')) {
      const end = expressionEnd(model, i + 1);
      if (end > i + 1) returns.push({ from: i + 1, to: end });
    }
  }
  return returns;
}

function isLineStart(tokens: readonly Token[], i: number): boolean {
  return i === 0 || tokens[i - 1]!.line !== tokens[i]!.line;
}

/** The column of token i: its offset less that of its line's start. */
function columnOf(model: Pick<FileModel, 'tokens' | 'lineStarts'>, i: number): number {
  const token = model.tokens[i]!;
  return token.start - (model.lineStarts[token.line - 1] ?? 0);
}

function readImport(model: FileModel, at: number): void {
  const { tokens, pairs, language } = model;
  const word = tokens[at]!.text;
  if (language === 'javascript') {
    // const x = require('m'), const { a: b, c } = require('m'), const x = require('m').member
    if (word === 'require' && isPunct(tokens[at + 1], '(') && tokens[at + 2]?.kind === 'string' && isPunct(tokens[at + 3], ')')) {
      const module = tokens[at + 2]!.value ?? '';
      let target = at - 1;
      let member: string[] = [];
      if (isPunct(tokens[at + 4], '.') && isName(tokens[at + 5])) member = [tokens[at + 5]!.text];
      if (!isPunct(tokens[target], '=')) return;
      target--;
      if (isName(tokens[target])) addJsImport(model, module, tokens[target]!.text, member);
      else if (isPunct(tokens[target], '}') && pairs[target]! >= 0) readJsBraces(model, module, pairs[target]!, target, ':');
      return;
    }
    if (word === 'import' && (at === 0 || !isPunct(tokens[at - 1], '.'))) {
      // import x from 'm'; import * as x from 'm'; import { a as b } from 'm'; import x, { a } from 'm'
      let i = at + 1;
      if (isName(tokens[i], 'type')) i++;
      const fromAt = findFrom(tokens, i);
      if (fromAt < 0) return;
      const module = tokens[fromAt + 1]!.value ?? '';
      for (; i < fromAt; i++) {
        const t = tokens[i]!;
        if (isPunct(t, '*') && isName(tokens[i + 1], 'as') && isName(tokens[i + 2])) {
          addJsImport(model, module, tokens[i + 2]!.text, []);
          i += 2;
        } else if (isPunct(t, '{') && pairs[i]! > i) {
          readJsBraces(model, module, i, pairs[i]!, 'as');
          i = pairs[i]!;
        } else if (t.kind === 'name' && t.text !== 'as') {
          addJsImport(model, module, t.text, ['default']);
        }
      }
    }
    return;
  }
  if (language === 'python') {
    if (!isLineStart(tokens, at)) return;
    if (word === 'import') {
      // import jwt, import jwt as pyjwt, import settings
      for (let i = at + 1; i < tokens.length && tokens[i]!.line === tokens[at]!.line; i++) {
        const path = dottedName(tokens, i);
        if (!path) break;
        i = path.next;
        let local = path.name.split('.')[0]!;
        if (isName(tokens[i], 'as') && isName(tokens[i + 1])) {
          local = tokens[i + 1]!.text;
          i += 2;
        }
        if (PY_JWT_MODULES.test(path.name)) model.jwtAliases.set(local, 'jwt');
        else model.moduleImports.set(local, { module: path.name, member: [] });
        if (!isPunct(tokens[i], ',')) break;
      }
    } else if (word === 'from') {
      const path = pythonModule(tokens, at + 1);
      if (!path || !isName(tokens[path.next], 'import')) return;
      let i = path.next + 1;
      const paren = isPunct(tokens[i], '(');
      const last = paren ? pairs[i]! : tokens.length;
      if (paren) i++;
      for (; i < last && (paren || tokens[i]!.line === tokens[at]!.line); i++) {
        const t = tokens[i]!;
        if (t.kind !== 'name') continue;
        let local = t.text;
        if (isName(tokens[i + 1], 'as') && isName(tokens[i + 2])) {
          local = tokens[i + 2]!.text;
          i += 2;
        }
        // authlib's jwt takes the header first (encode(header, payload, key)): the call table tells it by its name.
        if (PY_JWT_MODULES.test(path.name) && /^(?:authlib|joserfc)\b/.test(path.name) && t.text === 'jwt') model.jwtAliases.set(local, 'authlib.jwt');
        else if (PY_JWT_MODULES.test(path.name)) model.jwtAliases.set(local, t.text === 'jwt' || t.text === 'jws' || t.text === 'jwe' ? t.text : `jwt.${t.text}`);
        else if (PY_JWT_MODULES.test(`${path.name}.${t.text}`)) model.jwtAliases.set(local, 'jwt');
        else model.moduleImports.set(local, path.name.replace(/\.$/, '') === '' ? { module: `.${t.text}`, member: [] } : { module: path.name, member: [t.text] });
      }
    }
    return;
  }
  if (language === 'go' && word === 'import') {
    const open = isPunct(tokens[at + 1], '(') ? at + 1 : -1;
    const from = open >= 0 ? at + 2 : at + 1;
    const to = open >= 0 ? pairs[open]! : at + 3;
    for (let i = from; i < to && i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.kind !== 'string') continue;
      const alias = tokens[i - 1]?.kind === 'name' && tokens[i - 1]!.line === t.line && i - 1 > at ? tokens[i - 1]!.text : undefined;
      for (const [pattern, canonical] of GO_JWT_PATHS) {
        const m = pattern.exec(t.value ?? '');
        if (!m) continue;
        const name = canonical.startsWith('$') ? m[1]! : canonical;
        const local = alias ?? (t.value ?? '').split('/').filter((part) => !/^v\d+$/.test(part)).pop()!.replace(/-go$/, '').replace(/^go-/, '');
        if (local !== '_' && local !== '.') model.jwtAliases.set(local, name);
        break;
      }
    }
    return;
  }
  if ((language === 'java' || language === 'kotlin') && word === 'import' && isLineStart(tokens, at)) {
    // Kotlin `import com.auth0.jwt.algorithms.Algorithm as Alg`; Java `import static com.auth0.jwt.algorithms.Algorithm.HMAC256;`
    const isStatic = isName(tokens[at + 1], 'static');
    const path = dottedName(tokens, at + (isStatic ? 2 : 1));
    if (!path || !JVM_JWT_PACKAGES.test(path.name)) return;
    const segments = path.name.split('.');
    const last = segments[segments.length - 1]!;
    const owner = segments[segments.length - 2] ?? '';
    // A member of a class (`Algorithm.HMAC256`) is called bare; a class is called by its name.
    const canonical = /^[A-Z]/.test(owner) ? `${owner}.${last}` : last;
    const local = isName(tokens[path.next], 'as') && isName(tokens[path.next + 1]) ? tokens[path.next + 1]!.text : last;
    if (local !== canonical) model.jwtAliases.set(local, canonical);
    return;
  }
  if (language === 'csharp' && word === 'using' && isLineStart(tokens, at) && isName(tokens[at + 1], 'static')) {
    // `using static System.Text.Encoding;`: `UTF8.GetBytes("…")` is `Encoding.UTF8.GetBytes("…")`.
    const path = dottedName(tokens, at + 2);
    if (path?.name === 'System.Text.Encoding') for (const member of ['UTF8', 'ASCII', 'Unicode', 'Default', 'Latin1']) model.jwtAliases.set(member, `Encoding.${member}`);
    return;
  }
  if (language === 'php' && word === 'use' && isLineStart(tokens, at)) {
    // use Firebase\JWT\JWT; use Firebase\JWT\JWT as Tokens;
    let i = at + 1;
    let path = '';
    while (i < tokens.length && (isPunct(tokens[i], '\\') || (tokens[i]!.kind === 'name' && (i === at + 1 || isPunct(tokens[i - 1], '\\'))))) path += tokens[i++]!.text;
    const m = PHP_JWT_CLASSES.exec(path);
    if (!m) return;
    const local = isName(tokens[i], 'as') && isName(tokens[i + 1]) ? tokens[i + 1]!.text : path.split('\\').pop()!;
    model.jwtAliases.set(local, m[1] ?? m[2] ?? m[3]!);
    return;
  }
  if (language === 'rust' && word === 'use' && isLineStart(tokens, at)) {
    // use jsonwebtoken::{encode, EncodingKey as Ek}; use jsonwebtoken::EncodingKey as Ek;
    let i = at + 1;
    let prefix = '';
    while (i < tokens.length && (isPunct(tokens[i], '::') || (tokens[i]!.kind === 'name' && (i === at + 1 || isPunct(tokens[i - 1], '::'))))) prefix += tokens[i++]!.text;
    const items: Array<[string, string]> = [];
    if (isPunct(tokens[i], '{') && pairs[i]! > i) {
      for (let j = i + 1; j < pairs[i]!; j++) {
        if (!isName(tokens[j])) continue;
        const item = tokens[j]!.text;
        const local = isName(tokens[j + 1], 'as') && isName(tokens[j + 2]) ? tokens[j + 2]!.text : item;
        if (local !== item) j += 2;
        items.push([`${prefix}${item}`, local]);
      }
    } else if (isName(tokens[i], 'as') && isName(tokens[i + 1])) {
      items.push([prefix, tokens[i + 1]!.text]);
    }
    for (const [path, local] of items) {
      const m = RUST_JWT_ITEMS.exec(path);
      if (m && local !== m[1]) model.jwtAliases.set(local, m[1]!);
    }
  }
}

function addJsImport(model: FileModel, module: string, local: string, member: string[]): void {
  const canonical = JS_JWT_MODULES[module];
  if (canonical !== undefined) {
    if (member.length === 0 || member[0] === 'default') model.jwtAliases.set(local, canonical);
    else model.jwtAliases.set(local, `${JS_MEMBER_PREFIX[module] ?? ''}${member[0]}`);
    return;
  }
  if (module.startsWith('.') || module.startsWith('/') || module.startsWith('@/') || module.startsWith('~/')) model.moduleImports.set(local, { module, member: member[0] === 'default' ? [] : member });
}

/** `{ a, b: c }` (require) or `{ a, b as c }` (import): each local name and what it imports. */
function readJsBraces(model: FileModel, module: string, open: number, close: number, rename: ':' | 'as'): void {
  const { tokens } = model;
  for (let i = open + 1; i < close; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'name' && t.kind !== 'string') continue;
    const imported = t.kind === 'string' ? t.value ?? '' : t.text;
    if (imported === 'type') continue;
    const renamed = rename === ':' ? isPunct(tokens[i + 1], ':') : isName(tokens[i + 1], 'as');
    const local = renamed && isName(tokens[i + 2]) ? tokens[i + 2]!.text : imported;
    if (renamed) i += 2;
    addJsImport(model, module, local, [imported]);
  }
}

function findFrom(tokens: readonly Token[], from: number): number {
  for (let i = from; i < tokens.length && i < from + 200; i++) {
    if (isName(tokens[i], 'from') && tokens[i + 1]?.kind === 'string') return i;
    if (isPunct(tokens[i], ';')) return -1;
  }
  return -1;
}

function dottedName(tokens: readonly Token[], at: number): { name: string; next: number } | undefined {
  if (!isName(tokens[at])) return undefined;
  let name = tokens[at]!.text;
  let i = at + 1;
  while (isPunct(tokens[i], '.') && isName(tokens[i + 1])) {
    name += `.${tokens[i + 1]!.text}`;
    i += 2;
  }
  return { name, next: i };
}

/** `.`, `..settings`, `app.settings` after `from`. */
function pythonModule(tokens: readonly Token[], at: number): { name: string; next: number } | undefined {
  let dots = '';
  let i = at;
  while (isPunct(tokens[i], '.') || isPunct(tokens[i], '...')) dots += tokens[i++]!.text;
  // `from . import conf`: no module name after the dots.
  const rest = isName(tokens[i], 'import') ? undefined : dottedName(tokens, i);
  if (!rest) return dots ? { name: dots, next: i } : undefined;
  return { name: dots + rest.name, next: rest.next };
}
