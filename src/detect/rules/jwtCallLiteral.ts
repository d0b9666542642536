// A string literal used as the key of a JWT sign or verify call, at any entropy: 'shhhhh' signs
// tokens just as well as a random key, and anyone who reads the repository can do the same.
import { joinWindow, jwtKeyArguments } from '../callSites.js';
import { isKnownWeakKey } from '../weakKeys.js';
import type { Rule, RuleMatch } from '../types.js';
import { CODE_LANGUAGES } from '../language.js';

export const jwtCallLiteral: Rule = {
  id: 'jwt-call-literal',
  description: 'A string literal is the signing or verification key of a JWT library call.',
  severity: 'error',
  keywords: ['sign', 'verify', 'jwt', 'encode', 'decode', 'createsecretkey', 'encrypt'],
  keywordsInWindow: true,
  languages: CODE_LANGUAGES,
  match(line) {
    const window = joinWindow(line);
    const matches: RuleMatch[] = [];
    for (const { call, literal } of jwtKeyArguments(line, window)) {
      if (!literal || literal.value === '') continue;
      const valueStart = literal.start + 1;
      if (valueStart < window.lineStart || valueStart > window.lineEnd) continue;
      const publicly = isKnownWeakKey(literal.value) ? ' It is a publicly known weak key.' : '';
      matches.push({
        secret: literal.value,
        index: valueStart - window.lineStart,
        why: `A hardcoded string is the key of ${call.api}: anyone who reads the repository can forge tokens.${publicly}`,
      });
    }
    return matches;
  },
};
