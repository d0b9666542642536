// Where the installed package's files are (package.json, hooks/). This module sits directly in
// dist/, as the bundled bin does, so one level up is the package root in both builds.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The package root (a function: the commit's path never needs it, and working it out costs). */
export function packageRoot(): string {
  return fileURLToPath(new URL('..', import.meta.url));
}

let version: string | undefined;

/** The version in the package's own package.json, read once. */
export function packageVersion(): string {
  version ??= (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  return version;
}
