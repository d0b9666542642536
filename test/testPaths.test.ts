// The default test paths are matched by a regex written for them (src/detect/testPaths.ts), so
// that a plain commit does not load picomatch: it must agree with picomatch on the same globs.
import picomatch from 'picomatch';
import { afterEach, describe, expect, it } from 'vitest';
import { isTestPath } from '../src/detect/testPaths.js';
import { DEFAULT_SETTINGS, useSettings } from '../src/detect/settings.js';

const SEGMENTS = [
  'src', 'a', '.hidden', 'test', 'tests', 'Test', 'testing', '__tests__', '__mocks__', 'spec', 'specs', 'fixtures',
  '__fixtures__', 'testdata', 'x.test.js', 'x.test', '.test.js', 'a.test.', 'x.spec.ts', 'x_test.go', '_test.go',
  'x_test', 'test_x.py', 'test_.py', 'test_x.js', 'conftest.py', 'conftest.pyc', 'FooTest.java', 'Test.java',
  'FooTests.cs', 'Tests.', 'FooTest', 'latest.js', 'contest.py', 'attest.js', 'main.go', 'spec.js', 'index.ts',
];

/** Every path of one to three segments over SEGMENTS: about 10,000 paths. */
function* paths(): Generator<string> {
  for (const a of SEGMENTS) {
    yield a;
    for (const b of SEGMENTS) {
      yield `${a}/${b}`;
      for (const c of ['x.js', 'test', 'x.test.ts', 'FooTest.kt', 'conftest.py', 'd']) yield `${a}/${b}/${c}`;
    }
  }
}

let restore: (() => void) | undefined;
afterEach(() => {
  restore?.();
  restore = undefined;
});

describe('test paths', () => {
  it('the default globs: the regex and picomatch agree on every path', () => {
    const picomatchSays = picomatch(DEFAULT_SETTINGS.testPaths as string[], { dot: true });
    const disagreements: string[] = [];
    let tests = 0;
    for (const path of paths()) {
      if (isTestPath(path) !== picomatchSays(path)) disagreements.push(path);
      if (picomatchSays(path)) tests++;
    }
    expect(disagreements).toEqual([]);
    expect(tests).toBeGreaterThan(1000); // the paths do exercise the globs
  });

  it('a config\'s own globs go to picomatch', () => {
    restore = useSettings({ testPaths: ['qa/**'] });
    expect(isTestPath('qa/login.js')).toBe(true);
    expect(isTestPath('test/login.js')).toBe(false);
  });
});
