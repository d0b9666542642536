// Where generic secrets in test code stay quiet: the `testPaths` setting. The default globs are
// matched by one regex written for them, so a plain commit does not load picomatch nor compile
// 15 globs (about 5 ms of a small commit's 70); a config's own globs go to picomatch.
import { createRequire } from 'node:module';
import type picomatch from 'picomatch';
import { DEFAULT_SETTINGS, settings } from './settings.js';

/**
 * DEFAULT_SETTINGS.testPaths as picomatch reads them with `dot: true`: a folder glob `**\/test/**`
 * matches the segment anywhere, the last one included; a file glob matches the last segment.
 * test/testPaths.test.ts checks the two agree.
 */
const DEFAULT_TEST_PATH =
  /^(?:.*\/)?(?:(?:test|tests|__tests__|__mocks__|spec|fixtures|__fixtures__|testdata)(?:\/.*)?|[^/]*\.test\.[^/]*|[^/]*\.spec\.[^/]*|[^/]*_test\.[^/]*|test_[^/]*\.py|[^/]*Test\.[^/]*|[^/]*Tests\.[^/]*|conftest\.py)$/;

let matcher: { globs: readonly string[]; matches: (path: string) => boolean } | undefined;
/** The last path asked about: lines come file by file. */
let last: { path: string; globs: readonly string[]; isTest: boolean } | undefined;

function matcherFor(globs: readonly string[]): (path: string) => boolean {
  if (globs === DEFAULT_SETTINGS.testPaths) return (path) => DEFAULT_TEST_PATH.test(path);
  const compile = createRequire(import.meta.url)('picomatch') as typeof picomatch;
  return compile(globs as string[], { dot: true });
}

export function isTestPath(path: string): boolean {
  const globs = settings().testPaths;
  if (last?.path === path && last.globs === globs) return last.isTest;
  if (matcher?.globs !== globs) matcher = { globs, matches: matcherFor(globs) };
  last = { path, globs, isTest: matcher.matches(path) };
  return last.isTest;
}
