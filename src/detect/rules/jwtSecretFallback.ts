// `process.env.JWT_SECRET || 'dev-secret'`: the environment is read, but when it is unset the
// app quietly signs with a key everyone can read. Failing fast is the fix.
import { joinWindow, jwtKeyArguments } from '../callSites.js';
import { literalAt, type StringLiteral } from '../literals.js';
import { isJwtName, nameBefore } from '../names.js';
import type { Language } from '../language.js';
import type { Rule, RuleMatch, ScanLine } from '../types.js';
import { isSecretValue } from './jwtSecretAssignment.js';

/** A read of one environment variable, capturing its name (group 1 or 2). */
const JS_ENV = String.raw`(?:process\.env|import\.meta\.env|Bun\.env)(?:\.([A-Za-z_]\w*)|\[\s*['"]([A-Za-z_]\w*)['"]\s*\])`;

interface FallbackPattern {
  languages: readonly Language[];
  /** Global regex ending just before the fallback literal's opening quote. */
  pattern: RegExp;
}

const JS: readonly Language[] = ['javascript'];

const FALLBACKS: readonly FallbackPattern[] = [
  // process.env.JWT_SECRET || 'x', process.env.JWT_SECRET ?? 'x'
  { languages: JS, pattern: new RegExp(String.raw`${JS_ENV}\s*(?:\|\||\?\?)\s*(?=['"\x60])`, 'g') },
  // process.env.JWT_SECRET ? process.env.JWT_SECRET : 'x' (and any condition before the env read)
  { languages: JS, pattern: new RegExp(String.raw`\?\s*${JS_ENV}\s*:\s*(?=['"\x60])`, 'g') },
];

/** `cond ? 'x' : process.env.JWT_SECRET`: the literal comes first. */
const JS_LITERAL_THEN_ENV = new RegExp(String.raw`^\s*:\s*${JS_ENV}`);

function describe(envName: string | undefined, literal: StringLiteral, target: string): RuleMatch['why'] {
  const variable = envName ? `${envName} ` : 'the environment variable ';
  return `When ${variable}is unset, ${target} falls back to a hardcoded key that anyone who reads the repository can use to forge tokens.`;
}

function judge(line: ScanLine, envName: string | undefined, literal: StringLiteral, expressionStart: number, inKeyPosition: boolean): RuleMatch | undefined {
  if (literal.interpolated) return undefined;
  const target = nameBefore(line.text, expressionStart);
  const jwtTarget = target !== undefined && isJwtName(target);
  const jwtVariable = envName !== undefined && isJwtName(envName);
  if (!jwtTarget && !jwtVariable && !inKeyPosition) return undefined;
  if (!isSecretValue(literal.value, envName ?? target ?? '')) return undefined;
  const what = jwtTarget ? target! : inKeyPosition ? 'the JWT key' : envName!;
  return { secret: literal.value, index: literal.start + 1, why: describe(envName, literal, what) };
}

/** Start of the expression that holds `at`: after the nearest `=`, `:`, `(` or `,` before it. */
function expressionStart(text: string, at: number): number {
  let pos = at;
  while (pos > 0 && !'=:(,{'.includes(text[pos - 1]!)) pos--;
  return pos;
}

export const jwtSecretFallback: Rule = {
  id: 'jwt-secret-fallback',
  description: 'A JWT key read from the environment falls back to a hardcoded literal when the variable is unset.',
  severity: 'error',
  keywords: ['env'],
  match(line) {
    const matches: RuleMatch[] = [];
    let keyArguments: ReturnType<typeof jwtKeyArguments> | undefined;
    let window: ReturnType<typeof joinWindow> | undefined;
    const inKeyPosition = (offset: number): boolean => {
      window ??= joinWindow(line);
      keyArguments ??= jwtKeyArguments(line, window);
      const at = window.lineStart + offset;
      return keyArguments.some(({ span }) => span.start <= at && at < span.end);
    };
    for (const { languages, pattern } of FALLBACKS) {
      if (!languages.includes(line.language)) continue;
      pattern.lastIndex = 0;
      for (let m = pattern.exec(line.text); m; m = pattern.exec(line.text)) {
        const literal = literalAt(line.text, m.index + m[0].length);
        if (!literal) continue;
        const start = expressionStart(line.text, m.index);
        const found = judge(line, m[1] ?? m[2], literal, start, inKeyPosition(m.index));
        if (found) matches.push(found);
      }
    }
    if (line.language === 'javascript') {
      // The literal-first ternary: `isProd ? process.env.JWT_SECRET : 'x'` is above; this is the reverse.
      let pos = line.text.indexOf('?');
      while (pos !== -1) {
        let quoteAt = pos + 1;
        while (line.text[quoteAt] === ' ') quoteAt++;
        const literal = literalAt(line.text, quoteAt);
        const env = literal ? JS_LITERAL_THEN_ENV.exec(line.text.slice(literal.end, literal.end + 200)) : null;
        if (literal && env) {
          const found = judge(line, env[1] ?? env[2], literal, expressionStart(line.text, pos), inKeyPosition(pos));
          if (found) matches.push(found);
        }
        pos = line.text.indexOf('?', pos + 1);
      }
    }
    return matches;
  },
};
