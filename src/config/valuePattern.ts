// `allow.values` patterns come from a repository's config and run on every finding of every
// commit, so each must stay fast on any input: it matches a whole value (anchored), values past
// MAX_VALUE_LENGTH are never tried, and shapes that backtrack without bound are refused up front.

/** Longer values are not tried against any pattern: they stay findings (fail closed). */
export const MAX_VALUE_LENGTH = 256;
const MAX_PATTERN_LENGTH = 200;
/** Three unbounded quantifiers over MAX_VALUE_LENGTH characters stay under a few million steps. */
const MAX_UNBOUNDED_QUANTIFIERS = 3;

interface Group {
  hasQuantifier: boolean;
  hasAlternation: boolean;
}

/**
 * Why `source` may backtrack without bound, or undefined. Refused: a quantified group holding a
 * quantifier or an alternation (`(a+)+`, `(\w+\.)*`, `(a|ab)*`), backreferences, and more than
 * MAX_UNBOUNDED_QUANTIFIERS unbounded quantifiers. One pass over the source, no regex of our own.
 */
function backtrackingProblem(source: string): string | undefined {
  const stack: Group[] = [{ hasQuantifier: false, hasAlternation: false }];
  let unbounded = 0;
  let i = 0;
  /** Reads a quantifier at `i`, if there is one; returns whether it was unbounded. */
  const quantifier = (): 'none' | 'bounded' | 'unbounded' => {
    const ch = source[i];
    if (ch === '*' || ch === '+') {
      i++;
      if (source[i] === '?') i++;
      return 'unbounded';
    }
    if (ch === '?') {
      i++;
      if (source[i] === '?') i++;
      return 'bounded';
    }
    if (ch === '{') {
      const m = /^\{(\d+)(,(\d*))?\}\??/.exec(source.slice(i, i + 24));
      if (!m) return 'none';
      i += m[0].length;
      return m[2] !== undefined && m[3] === '' ? 'unbounded' : 'bounded';
    }
    return 'none';
  };
  const afterAtom = (group?: Group): string | undefined => {
    const start = i;
    const kind = quantifier();
    if (kind === 'none') return undefined;
    if (kind === 'unbounded') unbounded++;
    const optionalOnly = source[start] === '?';
    if (group && (group.hasQuantifier || group.hasAlternation) && !optionalOnly) {
      return 'a repeated group that holds a quantifier or "|" (such as (a+)+ or (a|ab)*) can take exponential time';
    }
    stack[stack.length - 1]!.hasQuantifier = true;
    return undefined;
  };
  while (i < source.length) {
    const ch = source[i]!;
    if (ch === '\\') {
      const next = source[i + 1] ?? '';
      if (/[1-9]/.test(next) || next === 'k') return 'backreferences (\\1, \\k<name>) can take exponential time';
      i += next === 'u' && source[i + 2] === '{' ? source.indexOf('}', i) + 1 || source.length : 2;
      const problem = afterAtom();
      if (problem) return problem;
    } else if (ch === '[') {
      i++;
      if (source[i] === '^') i++;
      if (source[i] === ']') i++;
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
      i++;
      const problem = afterAtom();
      if (problem) return problem;
    } else if (ch === '(') {
      stack.push({ hasQuantifier: false, hasAlternation: false });
      i++;
      if (source[i] === '?') {
        // (?: (?= (?! (?<= (?<! (?<name>
        i++;
        if (source[i] === '<' && source[i + 1] !== '=' && source[i + 1] !== '!') i = source.indexOf('>', i) + 1 || source.length;
        else i++;
      }
    } else if (ch === ')') {
      const group = stack.pop();
      i++;
      if (!group || stack.length === 0) return undefined; // unbalanced: the RegExp constructor says so
      const problem = afterAtom(group);
      if (problem) return problem;
      const parent = stack[stack.length - 1]!;
      parent.hasQuantifier ||= group.hasQuantifier;
      parent.hasAlternation ||= group.hasAlternation;
    } else if (ch === '|') {
      stack[stack.length - 1]!.hasAlternation = true;
      i++;
    } else {
      i++;
      const problem = afterAtom();
      if (problem) return problem;
    }
  }
  if (unbounded > MAX_UNBOUNDED_QUANTIFIERS) {
    return `more than ${MAX_UNBOUNDED_QUANTIFIERS} unbounded quantifiers (*, +, {n,}) can take polynomial time; bound them ({0,40})`;
  }
  return undefined;
}

/** Compiles an `allow.values` pattern, or says why it cannot be used. */
export function compileValuePattern(source: string): { regex: RegExp } | { problem: string } {
  if (source === '') return { problem: 'an empty pattern matches only an empty value, which is never a finding' };
  if (source.length > MAX_PATTERN_LENGTH) return { problem: `longer than ${MAX_PATTERN_LENGTH} characters` };
  let regex: RegExp;
  try {
    regex = new RegExp(`^(?:${source})$`, 'u');
  } catch (error) {
    const detail = error instanceof Error ? error.message.replace(/^Invalid regular expression: /, '') : String(error);
    return { problem: `not a valid regular expression: ${detail}` };
  }
  const problem = backtrackingProblem(source);
  return problem ? { problem } : { regex };
}

/** True when `value` is short enough to try and one of `patterns` matches it whole. */
export function matchingPattern(value: string, patterns: ReadonlyArray<{ source: string; regex: RegExp }>): string | undefined {
  if (value.length > MAX_VALUE_LENGTH) return undefined;
  return patterns.find(({ regex }) => regex.test(value))?.source;
}
