// A string literal used as the key of a JWT sign or verify call, at any entropy: 'shhhhh' signs
// tokens just as well as a random key, and anyone who reads the repository can do the same.
import { isJsonClaims, JWT_CALL_KEYWORDS, keyArgumentsOf } from '../callSites.js';
import { isKnownWeakKey } from '../weakKeys.js';
import { isPlaceholder } from '../placeholder.js';
import { hasQuote } from '../literals.js';
import type { Rule, RuleMatch } from '../types.js';
import { CODE_LANGUAGES } from '../language.js';

/** An algorithm name where a library also takes one (PyJWT's `jwt.encode(p, key, 'HS256')`). */
const ALGORITHM = /^(?:[HREP]S(?:256|384|512)|EdDSA|none|Hmac(?:SHA|Sha)(?:256|384|512)(?:Signature)?)$/;

export const jwtCallLiteral: Rule = {
  id: 'jwt-call-literal',
  description: 'A string literal is the signing or verification key of a JWT library call.',
  severity: 'error',
  keywords: JWT_CALL_KEYWORDS,
  keywordsInWindow: true,
  languages: CODE_LANGUAGES,
  match(line) {
    const keys = hasQuote(line.text) ? keyArgumentsOf(line) : undefined;
    if (!keys) return [];
    const { window, keyArguments } = keys;
    const matches: RuleMatch[] = [];
    const seen = new Set<number>();
    for (const { call, literal } of keyArguments) {
      if (!literal || literal.value === '' || seen.has(literal.start)) continue;
      const valueStart = literal.start + 1;
      if (valueStart < window.lineStart || valueStart > window.lineEnd) continue;
      const weak = isKnownWeakKey(literal.value);
      if (!weak && (ALGORITHM.test(literal.value) || isPlaceholder(literal.value) || isJsonClaims(literal.value))) continue;
      seen.add(literal.start);
      matches.push({
        secret: literal.value,
        index: valueStart - window.lineStart,
        why: `A hardcoded string is the key of ${call.api}: anyone who reads the repository can forge tokens.${weak ? ' It is a publicly known weak key.' : ''}`,
      });
    }
    return matches;
  },
};
