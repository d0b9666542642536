// The private key of a Google service-account JSON key file: `"private_key": "-----BEGIN PRIVATE
// KEY-----\n…"` with `"type": "service_account"` or `client_email` in the same object. Reported
// once, by this rule: the engine drops private-key's finding of the same text.
import { nearby } from '../tokenShape.js';
import type { Rule, RuleMatch } from '../types.js';
import { isKeyShaped } from './privateKey.js';

/** `"private_key": "-----BEGIN…`, also as a bare key (JS, YAML) or with `=>` (Ruby, PHP). */
const PRIVATE_KEY_FIELD = /(?<![\w-])["']?private_key["']?\s*(?::|=>)\s*["'`]-----BEGIN (?:RSA )?PRIVATE KEY-----/g;
const SERVICE_ACCOUNT = /(?<![\w-])["']?type["']?\s*(?::|=>)\s*["']service_account["']|(?<![\w-])["']?client_email["']?\s*(?::|=>)/;
const PEM_END = '-----END';

export const googleServiceAccountKey: Rule = {
  id: 'google-service-account-key',
  description: 'The private key of a Google Cloud service-account JSON key ("private_key" beside "type": "service_account" or "client_email").',
  severity: 'error',
  keywords: ['private_key'],
  match(line) {
    const matches: RuleMatch[] = [];
    for (const m of line.text.matchAll(PRIVATE_KEY_FIELD)) {
      const bodyStart = m.index + m[0].length;
      const end = line.text.indexOf(PEM_END, bodyStart);
      const body = line.text.slice(bodyStart, end === -1 ? undefined : end);
      if (!isKeyShaped(body) || !nearby(line, SERVICE_ACCOUNT)) continue;
      matches.push({
        secret: body,
        index: bodyStart,
        why: 'A Google service-account key is committed: whoever reads it acts as that service account in the project until the key is deleted.',
      });
    }
    return matches;
  },
};
