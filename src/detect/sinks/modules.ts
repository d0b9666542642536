// Which staged file an import names: `./config` from `src/token.js` is `src/config.js` (or .ts,
// or `src/config/index.js`); Python `.settings` from `app/auth.py` is `app/settings.py`.
import type { Language } from '../language.js';

const JS_ENDINGS = ['', '.js', '.ts', '.mjs', '.cjs', '.jsx', '.tsx', '.mts', '.cts', '/index.js', '/index.ts'];

/** `a/b/../c` → `a/c`; undefined when it climbs above the top level. */
function normalise(parts: string[]): string | undefined {
  const out: string[] = [];
  for (const part of parts) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length === 0) return undefined;
      out.pop();
    } else out.push(part);
  }
  return out.join('/');
}

/** The path among `paths` that `module`, imported by the file at `fromPath`, names. */
export function resolveModule(fromPath: string, language: Language, module: string, paths: ReadonlySet<string> | Iterable<string>): string | undefined {
  const known: ReadonlySet<string> = paths instanceof Set ? paths : new Set(paths);
  const dir = fromPath.split('/').slice(0, -1);
  if (language === 'javascript') {
    // `@/` and `~/` are the usual aliases for the source root: tried under src/ and the top level.
    const bases = module.startsWith('.') ? [normalise([...dir, ...module.split('/')])] : module.startsWith('@/') || module.startsWith('~/') ? [normalise(['src', ...module.slice(2).split('/')]), normalise(module.slice(2).split('/'))] : [];
    for (const base of bases) {
      if (base === undefined) continue;
      for (const ending of JS_ENDINGS) if (known.has(base + ending)) return base + ending;
    }
    return undefined;
  }
  if (language === 'python') {
    const dots = /^\.*/.exec(module)![0].length;
    const rest = module.slice(dots).split('.').filter((part) => part !== '');
    const candidates: Array<string | undefined> = [];
    if (dots > 0) candidates.push(normalise([...dir.slice(0, dir.length - (dots - 1)), ...rest]));
    else {
      candidates.push(normalise([...dir, ...rest]), normalise(rest));
      // An absolute import from a package root: any staged path that ends so.
      const tail = `/${rest.join('/')}`;
      for (const path of known) if (path.endsWith(`${tail}.py`) || path.endsWith(`${tail}/__init__.py`)) candidates.push(path.replace(/(?:\.py|\/__init__\.py)$/, ''));
    }
    for (const base of candidates) {
      if (base === undefined || base === '') continue;
      if (known.has(`${base}.py`)) return `${base}.py`;
      if (known.has(`${base}/__init__.py`)) return `${base}/__init__.py`;
    }
  }
  return undefined;
}
