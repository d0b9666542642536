// Path globs of the config (picomatch), read the way .gitignore reads patterns: a glob without a
// `/` (other than a trailing one) matches at any depth, and a glob that names a folder covers
// everything under it.
import picomatch from 'picomatch';

const OPTIONS: picomatch.PicomatchOptions = {
  dot: true, // `.env` and `.github/` are files like any other
  strictBrackets: true, // an unclosed [ { ( is a mistake to report, not a literal character
};

/** Why `glob` cannot be used, or undefined when it can. */
export function globProblem(glob: string): string | undefined {
  if (glob === '') return 'an empty glob matches nothing';
  if (glob.startsWith('/')) return 'globs are relative to the repository top level: drop the leading "/"';
  if (glob.includes('\\')) return 'write paths with "/" (a "\\" escapes the next character in a glob)';
  if (/(^|\/)\.\.(\/|$)/.test(glob)) return 'a glob cannot reach outside the repository with ".."';
  try {
    for (const each of expand(glob)) picomatch.makeRe(each, OPTIONS);
  } catch (error) {
    return `not a valid glob: ${error instanceof Error ? error.message : String(error)}`;
  }
  return undefined;
}

/** The picomatch patterns one config glob stands for. */
function expand(glob: string): string[] {
  const trimmed = glob.replace(/^\.\//, '').replace(/\/+$/, '');
  const anchored = trimmed.includes('/') ? trimmed : `**/${trimmed}`;
  return [anchored, `${anchored}/**`];
}

/** A test for paths from the top level; it returns the config glob that matched, if any. */
export function globMatcher(globs: readonly string[]): (path: string) => string | undefined {
  if (globs.length === 0) return () => undefined;
  const tests = globs.map((glob) => ({ glob, test: picomatch(expand(glob), OPTIONS) }));
  return (path) => tests.find(({ test }) => test(path))?.glob;
}
