// Path matching for include/exclude/allow.paths without loading the glob engine when no glob
// needs it: the defaults (lockfile names, `*.min.js`) are plain names and suffixes, and they run on
// every commit. Same meaning as globs.ts: a glob without a `/` matches any path segment.

const GLOB_SYNTAX = /[*?[\]{}()!+@\\]/;

/** A plain name (`yarn.lock`, `vendor/`) or a suffix (`*.min.js`), with no other slash. */
export function isSimpleGlob(glob: string): boolean {
  const name = glob.replace(/\/+$/, '');
  if (name === '' || name.includes('/')) return false;
  const rest = name.startsWith('*.') ? name.slice(1) : name;
  return !GLOB_SYNTAX.test(rest);
}

/** For simple globs only: the glob one of whose segments the path has (a file's or a folder's name). */
export function simpleGlobMatcher(globs: readonly string[]): (path: string) => string | undefined {
  const names = new Map<string, string>();
  const suffixes: Array<{ suffix: string; glob: string }> = [];
  for (const glob of globs) {
    const name = glob.replace(/\/+$/, '');
    if (name.startsWith('*.')) suffixes.push({ suffix: name.slice(1), glob });
    else if (!names.has(name)) names.set(name, glob);
  }
  return (path) => {
    for (const segment of path.split('/')) {
      const named = names.get(segment);
      if (named !== undefined) return named;
      for (const { suffix, glob } of suffixes) if (segment.endsWith(suffix)) return glob;
    }
    return undefined;
  };
}

/** A matcher for `globs`, loading picomatch only when one of them needs it. */
export async function pathMatcher(globs: readonly string[]): Promise<(path: string) => string | undefined> {
  if (globs.every(isSimpleGlob)) return simpleGlobMatcher(globs);
  const { globMatcher } = await import('./globs.js');
  return globMatcher(globs);
}
