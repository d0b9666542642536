// The start of a PEM private key block, on its own lines or written on one line with \n escapes
// (a common way RS256 keys end up hardcoded). A body that is not key-shaped is a placeholder.
//
// The body is read line by line from the BEGIN marker and stops at the first line that is not base64
// (code, prose, a closed string), at any PEM boundary (END, or the next BEGIN), or at the edge of the
// engine's window: so a block whose END is missing, or is not in the diff, is still found, and each
// block of a file is judged on its own body. The window (WINDOW_AFTER lines below) holds a few body
// lines of 64 characters, well past MIN_BODY: enough to tell a key from a placeholder.
import type { Rule, RuleMatch } from '../types.js';

const PEM_HEADER = /-----BEGIN ((?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?)-----/g;
/** Any PEM boundary (END, or the next BEGIN): a body never runs past one. */
const PEM_BOUNDARY = '-----';
/** Encrypted PEM headers (RFC 1421) and PGP armor headers that sit between the BEGIN line and the body. */
const PEM_HEADER_FIELD = /^(?:Proc-Type|DEK-Info|Comment|Version|Hash|Charset):.*$/gm;
const HEADER_FIELD_LINE = /^\s*(?:Proc-Type|DEK-Info|Comment|Version|Hash|Charset):/;
/** Longest body line read: PEM wraps at 64 (OpenSSH at 70); one-line keys are split at \n escapes. */
const MAX_BODY = 8192;
/** A real key's body is long base64; these cover 'MIIE...', 'xxxx', '<your key here>'. */
const MIN_BODY = 40;
const MIN_DISTINCT = 16;

/** A literal `\n` or `\r\n` escape: where a key written on one line breaks its body. */
const ESCAPED_NEWLINES = /(?:\\r)?\\n/g;
/**
 * One body line as code writes it: an optional `+` or `,` of a concatenation, opening quotes, the
 * base64 run, closing quotes, then the rest of the line. Base64 has no quotes, so a quote after the
 * run closes (or, at the start, opens) the string around it.
 */
const BODY_LINE = /^\s*(?:[+,]\s*(?=["'`]))?(?:[rRbB]?["'`]{1,3})?\s*([A-Za-z0-9+/]+={0,2})?\s*(["'`]{1,3})?(.*)$/;
/**
 * What stands before a BEGIN marker that opens a block: nothing, a quote, an assignment or key, a
 * YAML `|`, a bracket, a concatenation, a `\n` escape. After a word (`starts with -----BEGIN …`)
 * the marker is prose, and the lines below are none of its body.
 */
const OPENS_BLOCK = /(?:^|["'`:=|([{,+>]|\\n)\s*$/;
/** A BEGIN line commented out (`# -----BEGIN …`, `// -----BEGIN …`): its body lines carry the same marker. */
const COMMENTED_BEGIN = /^\s*(#|\/\/|;|--|\*)\s*$/;
/** What may follow a line of a string that goes on: concatenation, a list separator, a continuation. */
const STRING_GOES_ON = /^\s*(?:[+,\\]\s*)?$/;

interface Body {
  /** The base64 runs, one a line. */
  text: string;
  /** Where the runs on the BEGIN line itself end (0 when the body starts on a later line). */
  endOnLine: number;
}

/**
 * The body after a BEGIN marker: the rest of its line, then the lines after, while each is base64
 * (RFC 1421 header fields and the blank line after them are allowed before the first run).
 */
function bodyAfter(text: string, from: number, after: readonly string[], comment?: string): Body {
  const runs: string[] = [];
  let endOnLine = 0;
  let started = false;
  const pieces = [text.slice(from, from + MAX_BODY), ...after];
  for (let p = 0; p < pieces.length; p++) {
    let piece = pieces[p]!.replace(/\r$/, '');
    if (comment !== undefined && p > 0) {
      // A commented-out key: each line below must carry the marker too; the body is what follows it.
      const at = piece.indexOf(comment);
      if (at === -1 || piece.slice(0, at).trim() !== '') break;
      piece = piece.slice(at + comment.length);
    }
    const boundary = piece.indexOf(PEM_BOUNDARY);
    const upTo = boundary === -1 ? piece.slice(0, MAX_BODY) : piece.slice(0, boundary);
    let going = true;
    for (const part of partsOf(upTo)) {
      const step = readPart(part.text, started);
      if (step.run) {
        runs.push(step.run);
        started = true;
        if (p === 0) endOnLine = from + part.start + part.text.indexOf(step.run) + step.run.length;
      }
      if (!step.goesOn) {
        going = false;
        break;
      }
    }
    if (!going || boundary !== -1) break;
  }
  return { text: runs.join('\n'), endOnLine };
}

/** The parts of a line between `\\n` escapes, with where each starts. */
function partsOf(text: string): { text: string; start: number }[] {
  const parts: { text: string; start: number }[] = [];
  let start = 0;
  for (const m of text.matchAll(ESCAPED_NEWLINES)) {
    parts.push({ text: text.slice(start, m.index), start });
    start = m.index + m[0].length;
  }
  parts.push({ text: text.slice(start), start });
  return parts;
}

/** One line (or one `\n`-separated part of a line) of a body: its base64 run, and whether the body goes on. */
function readPart(part: string, started: boolean): { run: string; goesOn: boolean } {
  if (part.trim() === '') return { run: '', goesOn: !started };
  if (!started && HEADER_FIELD_LINE.test(part)) return { run: '', goesOn: true };
  const m = BODY_LINE.exec(part);
  if (!m) return { run: '', goesOn: false };
  const run = m[1] ?? '';
  const closed = m[2] !== undefined;
  const rest = m[3]!;
  if (STRING_GOES_ON.test(rest)) return { run, goesOn: true };
  // A closed string followed by code (`";`, `")`, `""")`) keeps its run and ends the body;
  // an unquoted run followed by words is prose or code, not a body line.
  return closed ? { run, goesOn: false } : { run: '', goesOn: false };
}

function unescapeNewlines(text: string): string {
  return text.replace(/\\r|\\n/g, '\n');
}

export function isKeyShaped(body: string): boolean {
  const cleaned = unescapeNewlines(body).replace(PEM_HEADER_FIELD, '');
  const base64 = cleaned.replace(/[\s"'`+,;\\]/g, '');
  if (base64.length < MIN_BODY) return false;
  // Every character of a key body is base64; dots, angle brackets and words are a placeholder.
  if (/[^A-Za-z0-9+/=]/.test(base64)) return false;
  return new Set(base64).size >= MIN_DISTINCT;
}

export const privateKey: Rule = {
  id: 'private-key',
  description: 'A PEM private key (RSA, EC, DSA, OpenSSH, PKCS#8, encrypted or PGP).',
  severity: 'error',
  keywords: ['private key'],
  // A key with a more specific rule (google-service-account-key) is reported once, by that rule.
  fallback: true,
  match(line) {
    PEM_HEADER.lastIndex = 0;
    const matches: RuleMatch[] = [];
    for (let m = PEM_HEADER.exec(line.text); m; m = PEM_HEADER.exec(line.text)) {
      const bodyStart = m.index + m[0].length;
      const before = line.text.slice(Math.max(0, m.index - 40), m.index);
      const comment = COMMENTED_BEGIN.exec(line.text.slice(0, m.index))?.[1];
      const opens = comment !== undefined || OPENS_BLOCK.test(before);
      const body = bodyAfter(line.text, bodyStart, opens ? line.after : [], comment);
      if (!isKeyShaped(body.text)) continue;
      // On one line, the body itself is what must be hidden; on many, the header line holds none.
      const onLine = body.endOnLine > bodyStart && isKeyShaped(line.text.slice(bodyStart, body.endOnLine));
      matches.push({
        secret: onLine ? line.text.slice(bodyStart, body.endOnLine) : body.text.slice(0, 64),
        index: onLine ? bodyStart : m.index,
        why: `A ${m[1]} is committed: whoever reads it can sign tokens (RS256/ES256) or log in as its owner.`,
      });
    }
    return matches;
  },
};
