// A Heroku API key: HRKU-AA… (current format), or a UUID given a key-, token- or password-like
// name where Heroku is named (HEROKU_API_KEY, an .netrc entry for api.heroku.com). A UUID alone
// is an id, not a key.
import { nameAt } from '../boundValues.js';
import { normalizeName } from '../names.js';
import { looksGenerated, nearby, tokenMatches } from '../tokenShape.js';
import type { Rule, RuleMatch, ScanLine } from '../types.js';

const HEROKU_TOKEN = /(?<![\w-])HRKU-AA(?<body>[0-9A-Za-z_-]{58})(?![\w-])/g;
const UUID = /(?<![\w-])[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(?![\w-])/g;
/** The middle of a UUID: it starts with a plain character, which V8 finds fast; the full pattern does not. */
const UUID_MIDDLE = /-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-/;
const UUID_ON_LINE = new RegExp(UUID.source);
const HEROKU = /heroku/i;
const KEY_NAME = /key|token|secret|password|auth/;
/** `password <key>` in an .netrc, under `machine api.heroku.com`. */
const NETRC_PASSWORD = /^\s*password\s+$/;

const WHY = 'A Heroku API key is committed: it deploys, scales and reads the config of every app of its account until it is regenerated.';

/** Names that say "key" and nothing else, so that a Heroku on the lines above says whose. */
const BARE_KEY_NAMES = new Set(['apikey', 'key', 'token', 'apitoken', 'authtoken', 'password', 'secret']);

/** Whether the UUID at `index` is a Heroku key (the caller has seen Heroku on the line or near it). */
function isHerokuKeyAt(line: ScanLine, index: number): boolean {
  const name = nameAt(line.text, index);
  if (name === undefined) {
    if (NETRC_PASSWORD.test(line.text.slice(0, index))) return true;
    // heroku3.from_key('…'), Heroku.new(api_key: …): a quoted argument on a line that names Heroku and a key.
    return /["'`]/.test(line.text[index - 1] ?? '') && HEROKU.test(line.text) && /key|token|auth/i.test(line.text);
  }
  const normal = normalizeName(name);
  if (!KEY_NAME.test(normal) || /(?:id|uuid)$/.test(normal)) return false;
  return normal.includes('heroku') || HEROKU.test(line.text) || BARE_KEY_NAMES.has(normal);
}

export const herokuApiKey: Rule = {
  id: 'heroku-api-key',
  description: 'A Heroku API key: HRKU-AA…, or a UUID named as a Heroku key or token.',
  severity: 'error',
  keywords: ['heroku', 'hrku-', 'password', 'api_key', 'apikey', 'api-key', 'token'],
  keywordsInWindow: true,
  match(line) {
    const text = line.text;
    const matches: RuleMatch[] = text.includes('HRKU-AA') ? tokenMatches(text, HEROKU_TOKEN, (m) => looksGenerated(m.groups!['body']!, 14), WHY) : [];
    // The line's own UUID first: the window is read only for a line that has one.
    if (!UUID_MIDDLE.test(text) || !UUID_ON_LINE.test(text) || !nearby(line, HEROKU)) return matches;
    for (const m of line.text.matchAll(UUID)) {
      if (!looksGenerated(m[0].replace(/-/g, ''), 8) || !isHerokuKeyAt(line, m.index)) continue;
      matches.push({ secret: m[0], index: m.index, why: WHY });
    }
    return matches;
  },
};
