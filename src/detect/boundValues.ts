// The values a line gives to names: string literals bound with `=`, `:`, `=>` in code, and the
// unquoted `NAME=value` / `name: value` of .env, YAML, properties, INI and shell files.
import type { Language } from './language.js';
import { stringLiterals } from './literals.js';
import { nameBefore } from './names.js';
import type { ScanLine } from './types.js';

export interface BoundValue {
  /** The name as written (`DB_PASSWORD`, `config.apiKey`, `"client_secret"` without quotes). */
  name: string;
  /** The value as written, without its quotes. */
  value: string;
  /** 0-based offset of the value in the line. */
  index: number;
}

/** Files whose values may stand unquoted after `=` or `:`. */
const UNQUOTED_LANGUAGES: readonly Language[] = ['dotenv', 'yaml', 'properties', 'toml', 'shell', 'hocon', 'terraform', 'sql', 'other'];

/**
 * `NAME=value`, `export NAME=value`, `ENV NAME=value` (Dockerfile), `- NAME=value` (a compose
 * list), `name: value`, `name = value`. Anchored at the line start: one attempt per line.
 */
const UNQUOTED_PAIR = /^\s*(?:-\s+)?(?:export\s+|ENV\s+|ARG\s+)?([A-Za-z_][\w.-]{0,120})\s*([=:])[ \t]*(.*)$/;

/** The name a value starting at `index` is bound to; a quote just before it is stepped over. */
export function nameAt(text: string, index: number): string | undefined {
  let start = index;
  const before = text[start - 1];
  if (before === '"' || before === "'" || before === '`') start--;
  // b"…", r'…', u"…", @"…": a prefix glued to the quote.
  if (start < index && start > 0 && /[bBrRuU@]/.test(text[start - 1]!) && !/[\w$]/.test(text[start - 2] ?? ' ')) start--;
  return nameBefore(text, start);
}

/** An unquoted value after `=`/`:` in a config file, with its trailing ` # comment` cut off. */
function unquotedValue(line: ScanLine): BoundValue | undefined {
  if (!UNQUOTED_LANGUAGES.includes(line.language)) return undefined;
  const m = UNQUOTED_PAIR.exec(line.text);
  if (!m) return undefined;
  let raw = m[3]!;
  const first = raw[0];
  if (first === undefined || first === '"' || first === "'" || first === '`') return undefined;
  // In a shell line the value ends at a space: `DB_PASSWORD=x ./migrate`.
  const end = line.language === 'shell' ? raw.search(/\s/) : raw.search(/\s[#;]/);
  if (end !== -1) raw = raw.slice(0, end);
  raw = raw.trimEnd();
  if (raw === '') return undefined;
  return { name: m[1]!, value: raw, index: line.text.length - m[3]!.length };
}

/**
 * Every value on the line that is bound to a name; with `wanted`, only the values it accepts (it
 * is asked before the name is read, which costs more).
 */
export function boundValues(line: ScanLine, wanted?: (value: string) => boolean): BoundValue[] {
  const found: BoundValue[] = [];
  const unquoted = unquotedValue(line);
  if (unquoted && (!wanted || wanted(unquoted.value))) found.push(unquoted);
  for (const literal of stringLiterals(line.text)) {
    if (literal.interpolated || (wanted && !wanted(literal.value))) continue;
    const name = nameAt(line.text, literal.start + 1);
    if (name !== undefined) found.push({ name, value: literal.value, index: literal.start + 1 });
  }
  return found;
}
