// The start of a PEM private key block, on its own lines or written on one line with \n escapes
// (a common way RS256 keys end up hardcoded). A body that is not key-shaped is a placeholder.
import type { Rule } from '../types.js';

const PEM_HEADER = /-----BEGIN ((?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?)-----/g;
const PEM_END = '-----END';
/** Any PEM boundary (END, or the next BEGIN): a body never runs past one. */
const PEM_BOUNDARY = '-----';
/** Encrypted PEM headers (RFC 1421) that sit between the BEGIN line and the body. */
const PEM_HEADER_FIELD = /^(?:Proc-Type|DEK-Info|Comment|Version):.*$/gm;
/** Enough text after a header to hold any key body (an RSA-4096 PEM is about 3.3 KB). */
const MAX_BODY = 8192;
/** A real key's body is long base64; these cover 'MIIE...', 'xxxx', '<your key here>'. */
const MIN_BODY = 40;
const MIN_DISTINCT = 16;

/** The body text after the header: the rest of the line, then the lines after, up to END. */
function bodyAfter(text: string, from: number, after: readonly string[]): { body: string; onLine: boolean } {
  const boundary = text.indexOf(PEM_BOUNDARY, from);
  const sameLine = text.slice(from, Math.min(from + MAX_BODY, boundary === -1 ? text.length : boundary));
  if (boundary !== -1 && boundary - from <= MAX_BODY) return { body: sameLine, onLine: true };
  let body = sameLine;
  const onLine = unescapeNewlines(sameLine).replace(/[^A-Za-z0-9+/=]/g, '').length >= MIN_BODY;
  for (const next of after) {
    const stop = next.indexOf(PEM_END);
    body += `\n${stop === -1 ? next.slice(0, MAX_BODY) : next.slice(0, stop)}`;
    if (stop !== -1 || body.length > MAX_BODY) break;
  }
  return { body, onLine };
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
    const matches = [];
    for (let m = PEM_HEADER.exec(line.text); m; m = PEM_HEADER.exec(line.text)) {
      const bodyStart = m.index + m[0].length;
      const { body, onLine } = bodyAfter(line.text, bodyStart, line.after);
      if (!isKeyShaped(body)) continue;
      // On one line, the body itself is what must be hidden; on many, the header line holds none.
      const secret = onLine ? line.text.slice(bodyStart, bodyStart + body.length) : body.trim().slice(0, 64);
      matches.push({
        secret,
        index: onLine ? bodyStart : m.index,
        why: `A ${m[1]} is committed: whoever reads it can sign tokens (RS256/ES256) or log in as its owner.`,
      });
    }
    return matches;
  },
};
