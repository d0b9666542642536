// A Twilio auth token (32 hex digits) or API key secret (32 characters). Neither has a prefix, so
// one is reported only when Twilio is named, or a SID stands, on the line or near it, and the
// value is token-, secret- or auth-named, or an argument of a Twilio call or beside an account SID
// (AC…) or API key SID (SK…). The SIDs themselves are identifiers and are not reported.
import { nameAt } from '../boundValues.js';
import { normalizeName } from '../names.js';
import { looksGenerated, nearby } from '../tokenShape.js';
import type { Rule, RuleMatch, ScanLine } from '../types.js';

const CANDIDATE = /(?<![A-Za-z0-9_$-])(?<secret>[A-Za-z0-9]{32})(?![A-Za-z0-9_-])/g;
const SID = /(?<![A-Za-z0-9])(?:AC|SK)[0-9a-f]{32}(?![A-Za-z0-9])/;
const TWILIO_CONTEXT = /twilio|(?<![A-Za-z0-9])(?:AC|SK)[0-9a-f]{32}(?![A-Za-z0-9])/i;
const SECRET_NAME = /token|secret|auth|password/;

function isTwilioSecret(value: string, name: string | undefined, line: ScanLine): boolean {
  const hex = /^[0-9a-f]{32}$/.test(value);
  const normal = name === undefined ? '' : normalizeName(name);
  const named = name !== undefined && SECRET_NAME.test(normal) && !normal.includes('sid');
  // An unnamed argument beside a SID, or in a call on a line that names Twilio: `Client('AC…', '…')`.
  const besideSid = name === undefined && (SID.test(line.text) || /twilio/i.test(line.text));
  if (!named && !besideSid) return false;
  // An auth token is lowercase hex; an API key secret may be any alphanumeric, so it needs a
  // secret or password name, or an API key SID beside it.
  if (!hex && !/secret|password/.test(normal) && !(besideSid && /(?<![A-Za-z0-9])SK[0-9a-f]{32}/.test(line.text))) return false;
  return looksGenerated(value, hex ? 8 : 12) && nearby(line, TWILIO_CONTEXT);
}

export const twilioAuthToken: Rule = {
  id: 'twilio-auth-token',
  description: 'A Twilio auth token or API key secret, named as one or beside an account SID (AC…) or API key SID (SK…).',
  severity: 'error',
  keywords: ['twilio', 'authtoken', 'auth_token', 'auth-token', 'accountsid', 'account_sid', 'apisecret', 'api_secret'],
  keywordsInWindow: true,
  match(line) {
    const matches: RuleMatch[] = [];
    for (const m of line.text.matchAll(CANDIDATE)) {
      const value = m.groups!['secret']!;
      if (!isTwilioSecret(value, nameAt(line.text, m.index), line)) continue;
      matches.push({
        secret: value,
        index: m.index,
        why: 'A Twilio auth token or API secret is committed: it sends messages and calls and reads logs on the account until it is rotated.',
      });
    }
    return matches;
  },
};
