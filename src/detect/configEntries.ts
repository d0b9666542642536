// The name/value pairs of a config or environment file line, with the name spelled out as its full
// path: `secret: x` under `jwt:` in application.yml is `jwt.secret`, `"Key"` inside `"Jwt": {` in
// appsettings.json is `Jwt.Key`, `value: x` after `- name: JWT_SECRET` in a Kubernetes manifest is
// `JWT_SECRET`. Parents come from the lines above in the same hunk (the window), so a parent more
// than WINDOW_BEFORE lines up is not seen.
import type { Language } from './language.js';
import { literalAt } from './literals.js';
import type { ScanLine } from './types.js';
import { HoconReader, hoconEntries } from './hoconEntries.js';
import { TerraformReader, terraformEntries } from './terraformEntries.js';
import { sqlEntries } from './sqlEntries.js';

export interface ConfigEntry {
  /** The full name: `jwt.secret`, `Jwt.Key`, `JWT_SECRET`. */
  name: string;
  /** The value as written, without its quotes. */
  value: string;
  /** 0-based offset of the value in the line. */
  index: number;
  /** YAML: the anchor the value is given (`&jwt "x"`), which aliases elsewhere may name. */
  anchor?: string;
  /** YAML: the value is an alias (`*jwt`) of the anchor of this name; `value` is empty. */
  alias?: string;
  /** What the value stands for once decoded (a Kubernetes Secret's base64 `data:`): judged instead of `value`. */
  decoded?: string;
}

/** File kinds whose lines are name/value pairs. */
export const CONFIG_LANGUAGES: readonly Language[] = ['dotenv', 'shell', 'yaml', 'properties', 'toml', 'json', 'hocon', 'terraform', 'sql'];

/** How far into a long line the parent lookups read: a minified file must stay linear. */
const MAX_SCAN = 4000;

// ── .env and shell ──

/** `NAME=value`, `export NAME=value`, Dockerfile `ENV NAME=value` / `ARG NAME=value`. */
const ENV_ASSIGNMENT = /^\s*(?:export\s+|ENV\s+|ARG\s+)?([A-Za-z_][\w.-]{0,120})=(.*)$/;
/** Dockerfile `ENV NAME value`. */
const DOCKER_ENV_SPACE = /^\s*ENV\s+([A-Za-z_]\w{0,120})\s+([^=\s].*)$/;
/** Shell expansions make a value computed, not written: `$(…)`, `${…}`, `$VAR`, backticks. */
const SHELL_EXPANSION = /\$[({A-Za-z_]|`/;

/** `docker run -e JWT_SECRET=x`, `--env JWT_SECRET=x` inside a shell command. */
const DOCKER_ENV_FLAG = /(?:^|\s)(?:-e|--env)[ \t]+(['"]?)([A-Za-z_]\w{0,120})=([^\s'"]{1,400})\1/g;

function envValue(raw: string, offset: number, expands: boolean, wordOnly = false): { value: string; index: number } | undefined {
  const quote = raw[0];
  if (quote === '"' || quote === "'") {
    const close = raw.indexOf(quote, 1);
    const value = close === -1 ? raw.slice(1) : raw.slice(1, close);
    if (quote === '"' && expands && SHELL_EXPANSION.test(value)) return undefined;
    return { value, index: offset + 1 };
  }
  // In a shell line an unquoted value ends at the first space: `JWT_SECRET=x node server.js`.
  const end = wordOnly ? raw.search(/\s/) : raw.search(/\s#/);
  const value = (end === -1 ? raw : raw.slice(0, end)).trimEnd();
  if (expands && SHELL_EXPANSION.test(value)) return undefined;
  return { value, index: offset };
}

function envEntries(line: ScanLine): ConfigEntry[] {
  const shell = line.language === 'shell';
  const m = ENV_ASSIGNMENT.exec(line.text) ?? (shell ? DOCKER_ENV_SPACE.exec(line.text) : null);
  if (m) {
    const raw = m[2]!;
    const found = envValue(raw, line.text.length - raw.length, true, shell && !/^\s*ENV\s/.test(line.text));
    return found ? [{ name: m[1]!, ...found }] : [];
  }
  if (!shell || !/(?:^|\s)(?:-e|--env)[ \t]/.test(line.text)) return [];
  const entries: ConfigEntry[] = [];
  DOCKER_ENV_FLAG.lastIndex = 0;
  for (let flag = DOCKER_ENV_FLAG.exec(line.text); flag; flag = DOCKER_ENV_FLAG.exec(line.text)) {
    const value = flag[3]!;
    if (SHELL_EXPANSION.test(value)) continue;
    entries.push({ name: flag[2]!, value, index: flag.index + flag[0].length - flag[1]!.length - value.length });
  }
  return entries;
}

// ── YAML ──

/** `key: value`, `- key: value`, `"key": value`; the value may be empty (a parent mapping). */
const YAML_PAIR = /^(\s*)(?:-\s+)?(['"]?)([\w.$/@-]{1,120})\2[ \t]*:(?:[ \t]+(.*))?$/;
/** A docker-compose `environment:` list item: `- JWT_SECRET=value`, `- "JWT_SECRET=value"`. */
const YAML_LIST_ENV = /^\s*-\s+(['"]?)([A-Za-z_][\w.-]{0,120})=(.*?)\1\s*$/;
/** A Kubernetes env item's name: `- name: JWT_SECRET`. */
const K8S_NAME = /^\s*-\s+name:\s*(['"]?)([A-Za-z_][\w.-]{0,120})\1\s*$/;
/** A Kubernetes env item's value line after its name. */
const K8S_VALUE = /^\s*value:/;

/** `&name ` before a value, `*name` as the value. */
const YAML_ANCHOR = /^&([^\s,[\]{}]{1,100})[ \t]+/;
const YAML_ALIAS = /^\*([^\s,[\]{}]{1,100})\s*(?:#.*)?$/;

type YamlScalar = { value: string; index: number; anchor?: string; alias?: string };

function yamlScalar(raw: string, offset: number): YamlScalar | undefined {
  if (raw === '') return undefined;
  const anchor = raw[0] === '&' ? YAML_ANCHOR.exec(raw) : null;
  if (anchor) {
    const scalar = yamlScalar(raw.slice(anchor[0].length), offset + anchor[0].length);
    return scalar && scalar.alias === undefined ? { ...scalar, anchor: anchor[1]! } : undefined;
  }
  const alias = raw[0] === '*' ? YAML_ALIAS.exec(raw) : null;
  if (alias) return { value: '', index: offset, alias: alias[1]! };
  const first = raw[0]!;
  if (first === '"' || first === "'") {
    const literal = literalAt(raw, 0);
    return literal ? { value: literal.value, index: offset + 1 } : undefined;
  }
  // Block scalars, anchors, aliases, tags, flow collections and comments hold no plain value.
  if ('|>&*!{[#'.includes(first)) return undefined;
  const comment = raw.search(/\s#/);
  return { value: (comment === -1 ? raw : raw.slice(0, comment)).trimEnd(), index: offset };
}

function indentOf(text: string): number {
  return text.length - text.trimStart().length;
}

/** The keys of the mappings a line at `indent` sits in, nearest last, from the lines above. */
function yamlParents(before: readonly string[], indent: number): string[] {
  const parents: string[] = [];
  let current = indent;
  for (let i = before.length - 1; i >= 0 && current > 0; i--) {
    const text = before[i]!;
    const trimmed = text.trimStart();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const lineIndent = indentOf(text);
    if (lineIndent >= current) continue;
    const m = YAML_PAIR.exec(text.length > MAX_SCAN ? text.slice(0, MAX_SCAN) : text);
    // A list item or a key with a value cannot hold this line: its parents are out of view.
    if (!m || trimmed.startsWith('-') || (m[4] !== undefined && m[4].trim() !== '' && !m[4].trim().startsWith('#'))) break;
    parents.unshift(m[3]!);
    current = lineIndent;
  }
  return parents;
}

/** A block scalar's header value: `|`, `>`, `|-`, `>+`, `|2`, with an optional comment. */
const BLOCK_HEADER = /^[|>][-+0-9]{0,3}[ \t]*(?:#.*)?$/;

/**
 * The first line of a block scalar (`secret: |` or `secret: >-`, then the key indented below it),
 * named by the header's key and its parents. Later lines of the block are read as the value goes on.
 */
function blockScalarEntry(line: ScanLine): ConfigEntry | undefined {
  const content = line.text.trim();
  if (content === '' || content.startsWith('#')) return undefined;
  const before = line.before;
  let header = before.length - 1;
  while (header >= 0 && before[header]!.trim() === '') header--;
  if (header < 0) return undefined;
  const above = before[header]!;
  if (indentOf(above) >= indentOf(line.text) || above.length > MAX_SCAN) return undefined;
  const m = YAML_PAIR.exec(above);
  if (!m || m[4] === undefined || !BLOCK_HEADER.test(m[4].trim())) return undefined;
  const parents = yamlParents(before.slice(0, header), indentOf(above));
  return { name: [...parents, m[3]!].join('.'), value: content.replace(/\s+#.*$/, ''), index: indentOf(line.text) };
}

/** A Kubernetes Secret's `data:` value decoded, when it is base64 of printable text. */
function base64Text(value: string): string | undefined {
  if (value.length < 8 || value.length > 4096 || value.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return undefined;
  const decoded = Buffer.from(value, 'base64').toString('latin1');
  const text = decoded.endsWith('\n') ? decoded.slice(0, -1) : decoded;
  return text !== '' && /^[\x20-\x7e]+$/.test(text) ? text : undefined;
}

/**
 * The mapping keys open above each line of a hunk, read forward one line at a time (FileFacts keeps
 * one per YAML file): what yamlParents finds in the window, however far above the parents are. A
 * list item or a key with a value stands as a barrier, as it stops yamlParents; block scalar
 * content is passed over.
 */
export class YamlParentTracker {
  /** The open lines, innermost first: a list whose nodes are never changed, so a copy is a pointer. */
  private top: OpenLine | undefined;
  private depth = 0;
  private blockIndent = -1;

  clone(): YamlParentTracker {
    const copy = new YamlParentTracker();
    copy.top = this.top;
    copy.depth = this.depth;
    copy.blockIndent = this.blockIndent;
    return copy;
  }

  /** The keys open above a line at `indent`, nearest last. */
  parents(indent: number): string[] {
    const parents: string[] = [];
    for (let open = this.top; open; open = open.below) {
      if (open.indent >= indent) continue;
      if (open.key === undefined) break;
      parents.unshift(open.key);
      indent = open.indent;
    }
    return parents;
  }

  read(raw: string): void {
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const trimmed = text.trimStart();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const indent = text.length - trimmed.length;
    if (this.blockIndent >= 0 && indent > this.blockIndent) return;
    this.blockIndent = -1;
    if (trimmed.startsWith('---') || trimmed.startsWith('...')) {
      this.top = undefined;
      this.depth = 0;
      return;
    }
    while (this.top && this.top.indent >= indent) {
      this.top = this.top.below;
      this.depth--;
    }
    // Only a line with a colon can be a pair: most others are list items or block text.
    const m = text.includes(':') ? YAML_PAIR.exec(text.length > MAX_SCAN ? text.slice(0, MAX_SCAN) : text) : null;
    const value = m?.[4]?.trim() ?? '';
    if (m && BLOCK_HEADER.test(value)) this.blockIndent = indent;
    const parent = m !== null && !trimmed.startsWith('-') && (value === '' || value.startsWith('#'));
    if (this.depth < 64) {
      this.top = { indent, key: parent ? m[3]! : undefined, below: this.top };
      this.depth++;
    }
  }
}

interface OpenLine {
  indent: number;
  /** The key of a mapping the lines below may sit in; undefined for a barrier (a list item, a key with a value). */
  key: string | undefined;
  below: OpenLine | undefined;
}

function yamlEntries(line: ScanLine): ConfigEntry[] {
  const block = blockScalarEntry(line);
  // The block's first line may also read as a pair (`config.yml: |` over `jwt_secret: x`): both are offered.
  if (block) return [block, ...yamlPairEntries(line)];
  return yamlPairEntries(line);
}

function yamlPairEntries(line: ScanLine): ConfigEntry[] {
  const list = YAML_LIST_ENV.exec(line.text);
  if (list) {
    const raw = list[3]!;
    const at = line.text.indexOf(`${list[2]}=`) + list[2]!.length + 1;
    return [{ name: list[2]!, value: raw, index: at }];
  }
  const m = YAML_PAIR.exec(line.text);
  if (!m || m[4] === undefined) return [];
  const raw = m[4];
  const scalar = yamlScalar(raw, line.text.length - raw.length);
  if (!scalar) return [];
  const key = m[3]!;
  if (K8S_VALUE.test(line.text)) {
    const previous = line.before[line.before.length - 1];
    const named = previous !== undefined ? K8S_NAME.exec(previous) : null;
    if (named) return [{ name: named[2]!, ...scalar }];
  }
  const tracker = line.facts?.yamlParentsBefore(line.lineNumber);
  const parents = tracker ? tracker.parents(indentOf(line.text)) : yamlParents(line.before, indentOf(line.text));
  const entry: ConfigEntry = { name: [...parents, key].join('.'), ...scalar };
  // A Secret's `data:` holds base64: the key is what it decodes to.
  if (parents.length === 1 && parents[0] === 'data' && indentOf(line.text) > 0) {
    const decoded = base64Text(scalar.value);
    if (decoded !== undefined) entry.decoded = decoded;
  }
  return [entry];
}

// ── .properties ──

const PROPERTIES_PAIR = /^\s*([\w.[\]-]{1,160})\s*[=:]\s*(.*)$/;

function propertiesEntries(line: ScanLine): ConfigEntry[] {
  const trimmed = line.text.trimStart();
  if (trimmed.startsWith('#') || trimmed.startsWith('!')) return [];
  const m = PROPERTIES_PAIR.exec(line.text);
  if (!m) return [];
  const value = m[2]!.trimEnd();
  if (value.endsWith('\\')) return []; // continued on the next line
  return [{ name: m[1]!, value, index: line.text.length - m[2]!.length }];
}

// ── TOML and INI ──

const TOML_PAIR = /^\s*(['"]?)([\w.-]{1,120})\1\s*=\s*(.*)$/;
const TOML_SECTION = /^\s*\[{1,2}\s*([\w.-]{1,120})\s*\]{1,2}\s*(?:#.*)?$/;

function tomlEntries(line: ScanLine): ConfigEntry[] {
  const m = TOML_PAIR.exec(line.text);
  if (!m) return [];
  const raw = m[3]!;
  const offset = line.text.length - raw.length;
  let found: { value: string; index: number } | undefined;
  if (raw.startsWith('"""') || raw.startsWith("'''")) return [];
  if (raw[0] === '"' || raw[0] === "'") {
    const literal = literalAt(raw, 0);
    found = literal ? { value: literal.value, index: offset + 1 } : undefined;
  } else {
    const comment = raw.search(/\s[#;]/);
    found = { value: (comment === -1 ? raw : raw.slice(0, comment)).trimEnd(), index: offset };
  }
  if (!found) return [];
  let section: string | undefined;
  for (let i = line.before.length - 1; i >= 0 && section === undefined; i--) {
    section = TOML_SECTION.exec(line.before[i]!)?.[1];
  }
  return [{ name: section ? `${section}.${m[2]}` : m[2]!, ...found }];
}

// ── JSON ──

/** Keys that say what a value is only together with their parent: `Jwt.Key`, `jwt.secret`. */
const LEAF_NEEDS_PARENT = /^(?:key|secret|secretkey|securitykey|signingsecret|privatekey|symmetrickey|issuersigningkey)$/i;

/**
 * Reads JSON text left to right (strings skipped whole), keeping the keys of the open objects:
 * `"Jwt": {` opens `Jwt`. Each value string is reported with its key and the keys around it.
 */
class JsonReader {
  readonly stack: Array<string | undefined> = [];
  private pendingKey: string | undefined;
  private afterColon = false;

  read(text: string, onValue?: (key: string, value: string, index: number) => void): void {
    let pos = 0;
    while (pos < text.length) {
      const ch = text[pos]!;
      if (ch === '"') {
        const literal = literalAt(text, pos);
        if (!literal) return;
        pos = literal.end;
        if (this.afterColon && this.pendingKey !== undefined) {
          onValue?.(this.pendingKey, literal.value, literal.start + 1);
          this.afterColon = false;
          continue;
        }
        let next = pos;
        while (text[next] === ' ' || text[next] === '\t') next++;
        if (text[next] === ':') this.pendingKey = literal.value;
        continue;
      }
      if (ch === ':') this.afterColon = true;
      else if (ch === '{') {
        this.stack.push(this.pendingKey);
        this.pendingKey = undefined;
        this.afterColon = false;
      } else if (ch === '}') {
        this.stack.pop();
      } else if (ch === ',' || ch === '[') {
        this.pendingKey = undefined;
        this.afterColon = false;
      }
      pos++;
    }
  }

  /** The two innermost open keys, outermost first. */
  parents(): string[] {
    return this.stack.filter((key): key is string => key !== undefined).slice(-2);
  }
}

/** A line holding such a key: only then are the lines above read for its parents. */
const LEAF_KEY_ON_LINE = /"(?:key|secret|secret[-_]?key|security[-_]?key|signing[-_]?secret|private[-_]?key|symmetric[-_]?key|issuer[-_]?signing[-_]?key)"\s*:/i;

function jsonEntries(line: ScanLine): ConfigEntry[] {
  const entries: ConfigEntry[] = [];
  const reader = new JsonReader();
  const text = line.text.length > MAX_SCAN * 50 ? line.text.slice(0, MAX_SCAN * 50) : line.text;
  if (LEAF_KEY_ON_LINE.test(text)) {
    for (const above of line.before) reader.read(above.length > MAX_SCAN ? above.slice(above.length - MAX_SCAN) : above);
  }
  reader.read(text, (key, value, index) => {
    const name = LEAF_NEEDS_PARENT.test(key.replace(/[-_]/g, '')) ? [...reader.parents(), key].join('.') : key;
    entries.push({ name, value, index });
  });
  return entries;
}

/** A Helm chart's `existingSecret: name` beside a line: its `secretKey` names a key of that Secret. */
const EXISTING_SECRET = /^\s*existing[-_]?secret\w{0,20}:\s*\S/i;
const KEY_NAME_LEAF = /key$/i;

export function namesKeyOfExistingSecret(line: ScanLine, leaf: string): boolean {
  if (line.language !== 'yaml' || !KEY_NAME_LEAF.test(leaf)) return false;
  const indent = line.text.length - line.text.trimStart().length;
  const sibling = (text: string): boolean => text.length - text.trimStart().length === indent && EXISTING_SECRET.test(text);
  return line.before.slice(-4).some(sibling) || line.after.slice(0, 4).some(sibling);
}

function withoutCarriageReturns(line: ScanLine): ScanLine {
  const strip = (text: string): string => (text.endsWith('\r') ? text.slice(0, -1) : text);
  const stripped: ScanLine = { path: line.path, language: line.language, lineNumber: line.lineNumber, text: strip(line.text), before: line.before.map(strip), after: line.after };
  if (line.facts) stripped.facts = line.facts;
  return stripped;
}

/** The pairs a config or environment file line holds; empty for other languages. */
export function configEntries(scanned: ScanLine): ConfigEntry[] {
  // A CRLF file's lines end with \r, which `.` and `$` in the patterns below would trip on.
  const line = scanned.text.endsWith('\r') ? withoutCarriageReturns(scanned) : scanned;
  switch (line.language) {
    case 'dotenv':
    case 'shell':
      return envEntries(line);
    case 'yaml':
      return yamlEntries(line);
    case 'properties':
      return propertiesEntries(line);
    case 'toml':
      return tomlEntries(line);
    case 'json':
      return jsonEntries(line);
    case 'hocon': {
      const above = line.facts?.readerBefore(line.lineNumber);
      return hoconEntries(line.text, line.before, above instanceof HoconReader ? above : undefined);
    }
    case 'terraform': {
      const above = line.facts?.readerBefore(line.lineNumber);
      return terraformEntries(line.text, line.before, line.after, above instanceof TerraformReader ? above : undefined);
    }
    case 'sql':
      return sqlEntries(line.text, line.before);
    default:
      return [];
  }
}
