// The name/value pairs of a SQL seed line: each parenthesised row of an INSERT's VALUES list on the
// line, its literals named by the statement's column list (`INSERT INTO apps (id, jwt_secret)` names
// the second), and a key/value settings row (`('jwt_secret', '…')`, or columns `name, value`) named
// by its key. Parameters (`:value`, `?`, `$1`, `@v`) are no literals, and a column list that the
// window does not show leaves only the key/value reading. `UPDATE … SET jwt_secret = '…'` is a pair too.
import type { ConfigEntry } from './configEntries.js';

const MAX_READ = 4000;
/** The INSERT a row belongs to, and its column list: read from the lines above and the line itself. */
const INSERT_WORD = /insert/i;
const INSERT_HEAD = /\binsert\s+(?:(?:ignore|or\s+\w+)\s+)?into\s+[\w."`[\]]{1,120}\s*\(([^()]{1,1000})\)\s*values\b/gi;
/** Columns that hold a setting's name, and those that hold its value, in a key/value table. */
const KEY_COLUMNS = /^(?:name|key|setting|setting_key|setting_name|config_key|config_name|option_name|param|parameter|parameter_name|property|variable|code|k)$/i;
const VALUE_COLUMNS = /^(?:value|setting_value|config_value|option_value|val|v|data|content)$/i;
/** A literal that is a setting's name: `jwt_secret`, `jwt.secret`, `JWT:Secret`. */
const NAME_LITERAL = /^[A-Za-z_][\w.:/-]{0,120}$/;
/** `SET jwt_secret = '…'` or `, jwt_secret = '…'` in an UPDATE. */
const SET_PAIR = /(?:\bset|,)\s+[`"[]?([A-Za-z_]\w{0,120})[`"\]]?\s*=\s*[NE]?'/gi;
/** `WHERE name = 'jwt_secret'`: the setting an UPDATE of a key/value table writes. */
const WHERE_KEY = /\bwhere\s+[`"[]?(\w{1,40})[`"\]]?\s*=\s*'([A-Za-z_][\w.:/-]{0,120})'/i;

interface SqlValue {
  /** The literal's text (quotes doubled inside it undone), or undefined for anything else. */
  literal: string | undefined;
  index: number;
}

/** The end of a '…' literal opening at `start` ('' inside it is a quote), or -1. */
function literalEnd(text: string, start: number, end: number): number {
  let pos = start + 1;
  while (pos < end) {
    const close = text.indexOf("'", pos);
    if (close === -1 || close >= end) return -1;
    if (text[close + 1] === "'") {
      pos = close + 2;
      continue;
    }
    return close;
  }
  return -1;
}

/** The rows of the line: each top-level `( … )`, as its values. */
function rows(text: string, end: number): SqlValue[][] {
  const found: SqlValue[][] = [];
  let row: SqlValue[] | undefined;
  let depth = 0;
  let valueStart = 0;
  let literal: SqlValue | undefined;
  let other = false;
  const finish = (): void => {
    if (row) row.push(literal && !other ? literal : { literal: undefined, index: valueStart });
    literal = undefined;
    other = false;
  };
  for (let pos = 0; pos < end; pos++) {
    const ch = text[pos]!;
    if (ch === '-' && text[pos + 1] === '-') break;
    if (ch === "'") {
      const close = literalEnd(text, pos, end);
      if (close === -1) break;
      // A prefix (N'…', E'…') stays part of the literal; anything else around it makes it an expression.
      if (depth === 1) {
        if (literal) other = true;
        else literal = { literal: text.slice(pos + 1, close).replace(/''/g, "'"), index: pos + 1 };
      }
      pos = close;
      continue;
    }
    if (ch === '(') {
      depth++;
      if (depth === 1) {
        row = [];
        valueStart = pos + 1;
      } else if (depth === 2) other = true;
    } else if (ch === ')') {
      if (depth === 1 && row) {
        finish();
        found.push(row);
        row = undefined;
      }
      depth = Math.max(0, depth - 1);
    } else if (ch === ',' && depth === 1) {
      finish();
      valueStart = pos + 1;
    } else if (depth === 1 && !/\s/.test(ch) && !((ch === 'N' || ch === 'E' || ch === 'n' || ch === 'e') && text[pos + 1] === "'")) {
      other = true;
    }
  }
  return found;
}

/**
 * The column list of the INSERT the line's rows belong to, when the window shows it: on the line
 * itself, or on the nearest line above that holds `insert`, with no statement ended in between.
 */
function columnsFor(text: string, before: readonly string[]): string[] | undefined {
  const own = text.slice(0, MAX_READ);
  let head: string | undefined;
  if (INSERT_WORD.test(own)) head = own;
  for (let i = before.length - 1; head === undefined && i >= 0; i--) {
    const above = before[i]!.slice(0, MAX_READ);
    if (INSERT_WORD.test(above)) head = [...before.slice(i, before.length).map((line) => line.slice(0, MAX_READ)), own].join('\n');
    else if (above.trimEnd().endsWith(';')) return undefined;
  }
  if (head === undefined) return undefined;
  let last: RegExpExecArray | undefined;
  INSERT_HEAD.lastIndex = 0;
  for (let m = INSERT_HEAD.exec(head); m; m = INSERT_HEAD.exec(head)) last = m;
  if (!last) return undefined;
  // A statement that ended before the line's rows is not the one they belong to.
  const rowsStart = head.length - own.length + Math.max(0, own.indexOf('('));
  if (last.index > rowsStart || head.slice(last.index + last[0].length, rowsStart).includes(';')) return undefined;
  return last[1]!.split(',').map((column) => column.trim().replace(/^[`"[]|[`"\]]$/g, ''));
}

export function sqlEntries(text: string, before: readonly string[]): ConfigEntry[] {
  const end = Math.min(text.length, MAX_READ);
  const entries: ConfigEntry[] = [];
  const lineRows = text.includes('(') ? rows(text, end) : [];
  const columns = lineRows.length > 0 ? columnsFor(text, before) : undefined;
  for (const row of lineRows) {
    if (columns && columns.length === row.length) {
      const keyColumn = columns.findIndex((column) => KEY_COLUMNS.test(column));
      const valueColumn = columns.findIndex((column) => VALUE_COLUMNS.test(column));
      row.forEach((value, i) => {
        if (value.literal === undefined) return;
        if (i === valueColumn && keyColumn !== -1) {
          const key = row[keyColumn]!.literal;
          if (key !== undefined) entries.push({ name: key, value: value.literal, index: value.index });
        } else if (i !== keyColumn) {
          entries.push({ name: columns[i]!, value: value.literal, index: value.index });
        }
      });
      continue;
    }
    // No column list in view: a name literal followed by a literal is a key/value row.
    for (let i = 0; i + 1 < row.length; i++) {
      const key = row[i]!.literal;
      const value = row[i + 1]!.literal;
      if (key !== undefined && value !== undefined && NAME_LITERAL.test(key)) entries.push({ name: key, value, index: row[i + 1]!.index });
    }
  }
  if (/\bset\b|,/i.test(text) && /update|set/i.test(text.slice(0, end))) {
    SET_PAIR.lastIndex = 0;
    const head = text.slice(0, end);
    for (let m = SET_PAIR.exec(head); m; m = SET_PAIR.exec(head)) {
      const open = m.index + m[0].length - 1;
      const close = literalEnd(head, open, end);
      if (close === -1) continue;
      const column = m[1]!;
      const where = VALUE_COLUMNS.test(column) ? WHERE_KEY.exec(head) : null;
      const name = where && KEY_COLUMNS.test(where[1]!) ? where[2]! : column;
      entries.push({ name, value: head.slice(open + 1, close).replace(/''/g, "'"), index: open + 1 });
    }
  }
  return entries;
}
