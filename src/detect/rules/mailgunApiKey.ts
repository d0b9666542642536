// A Mailgun private API key: key- and 32 hex digits (older accounts), or 32 hex digits, a dash
// and two groups of 8 (current). Neither shape is unique to Mailgun, so Mailgun must be named on
// the line (`MAILGUN_API_KEY=`, `mailgun.client({ key: … })`), or on a line near a value with a
// bare key name (`api_key:` under `mailgun:`). Public validation keys (pubkey-…) are not secrets.
import { nameAt } from '../boundValues.js';
import { normalizeName } from '../names.js';
import { looksGenerated, nearby, tokenMatches } from '../tokenShape.js';
import type { Rule, ScanLine } from '../types.js';

const MAILGUN_KEY = /(?<![\w-])(?:key-[0-9a-f]{32}|[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8})(?![\w-])/g;
const MAILGUN_KEY_ON_LINE = new RegExp(MAILGUN_KEY.source);
const MAILGUN_CONTEXT = /mailgun|(?<![a-z])mg[_-]?api/i;
/** Names that say "key" and nothing else, so that Mailgun on a nearby line says whose. */
const BARE_KEY_NAMES = new Set(['key', 'apikey', 'privateapikey', 'secret', 'password', 'token', 'apitoken', 'secretkey']);

function inMailgunContext(line: ScanLine, index: number): boolean {
  if (MAILGUN_CONTEXT.test(line.text)) return true;
  const name = nameAt(line.text, index);
  return name !== undefined && BARE_KEY_NAMES.has(normalizeName(name)) && nearby(line, MAILGUN_CONTEXT);
}

export const mailgunApiKey: Rule = {
  id: 'mailgun-api-key',
  description: 'A Mailgun private API key (key-…, or 32 hex digits and two groups of 8) where Mailgun is named.',
  severity: 'error',
  keywords: ['mailgun', 'mg_api', 'mg-api', 'mgapi', 'key-', 'api_key', 'apikey', 'api-key'],
  keywordsInWindow: true,
  match(line) {
    // The line's own key shape first: the window is read only for a line that has one.
    if (!MAILGUN_KEY_ON_LINE.test(line.text) || !nearby(line, MAILGUN_CONTEXT)) return [];
    return tokenMatches(
      line.text,
      MAILGUN_KEY,
      (m) => looksGenerated(m[0].replace(/^key-|-/g, ''), 8) && inMailgunContext(line, m.index),
      'A Mailgun API key is committed: it sends mail from your domains and reads their logs until it is rotated.',
    );
  },
};
