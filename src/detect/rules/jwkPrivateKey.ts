// A JSON Web Key with its private part: `d` of an RSA, EC or OKP key, or `k` of a symmetric (`oct`)
// key. The public members may stand on other lines of a pretty-printed key, so the key type is read
// from the window around the private member.
import { joinWindow } from '../callSites.js';
import { isPlaceholder } from '../placeholder.js';
import type { Rule, RuleMatch } from '../types.js';

/**
 * `"d": "…"`, `'k': '…'`, `d: '…'`: a one-letter member name that is not the end of a longer name,
 * and a base64url value long enough to be key material. Bounded: linear on long lines.
 */
const PRIVATE_MEMBER = /(?<![\w$"'-])(["']?)([dk])\1\s*:\s*(["'])([A-Za-z0-9_-]{16,8000})\3/g;
/** The key type, as JSON or a JS/Python object writes it. */
const KEY_TYPE = /(?<![\w$])["']?kty["']?\s*:\s*["'](RSA|EC|OKP|oct)["']/g;
/** Members only a JWK has: the curve of an EC/OKP key, the CRT parameters of an RSA private key. */
const JWK_MEMBER = /(?<![\w$])["']?(?:crv|dp|dq|qi)["']?\s*:\s*["']/;

function keyTypesIn(text: string): Set<string> {
  const types = new Set<string>();
  KEY_TYPE.lastIndex = 0;
  for (let m = KEY_TYPE.exec(text); m; m = KEY_TYPE.exec(text)) types.add(m[1]!);
  return types;
}

export const jwkPrivateKey: Rule = {
  id: 'jwk-private-key',
  description: 'A JSON Web Key holds its private part (`d` of an RSA, EC or OKP key, `k` of an `oct` key).',
  severity: 'error',
  keywords: ['kty', 'crv', '"dp"', "'dp'", '"qi"', "'qi'"],
  keywordsInWindow: true,
  match(line) {
    const matches: RuleMatch[] = [];
    PRIVATE_MEMBER.lastIndex = 0;
    let window: string | undefined;
    let types: Set<string> | undefined;
    for (let m = PRIVATE_MEMBER.exec(line.text); m; m = PRIVATE_MEMBER.exec(line.text)) {
      const member = m[2]!;
      const value = m[4]!;
      if (isPlaceholder(value) || /^(.)\1*$/.test(value)) continue;
      window ??= joinWindow(line).text;
      types ??= keyTypesIn(window);
      const isPrivate = member === 'k' ? types.has('oct') : types.has('RSA') || types.has('EC') || types.has('OKP') || JWK_MEMBER.test(window);
      if (!isPrivate) continue;
      const what = member === 'k' ? 'the secret `k` of a symmetric (oct) JWK: it signs and verifies tokens' : 'the private part `d` of a JWK: whoever holds it can sign tokens';
      matches.push({
        secret: value,
        index: m.index + m[0].length - value.length - 1,
        why: `This is ${what}. Keep private keys in a secret store, never in the repository, and rotate this one.`,
      });
    }
    return matches;
  },
};
