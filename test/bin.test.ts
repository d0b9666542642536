// The bin runs the bundled CLI from the V8 code cache the build leaves (src/bundle/bin.cjs): the
// cache is used when it fits, and a stale, foreign or broken one never changes what the bin does.
import { spawnSync } from 'node:child_process';
import { cpSync, copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, PROJECT_ROOT, Repo, scratchDir, testEnv } from './helpers/repo.js';

const DIST = dirname(CLI);
const CACHE = join(DIST, 'cli.cjs.v8cache');
const LEAK = "const token = jwt.sign({ sub: user.id }, 'my_super_secret_dev_key');\n";

/** What the bin's compile reports, asked in a plain Node process (the test runner's flags differ). */
function compileReport(bin: string): { offered: boolean; rejected: boolean } {
  const script = `const { compileCli } = require(${JSON.stringify(bin)});
    const { script } = compileCli();
    process.stdout.write(JSON.stringify({ offered: script.cachedDataRejected !== undefined, rejected: script.cachedDataRejected === true }));`;
  const run = spawnSync(process.execPath, ['-e', script], { env: testEnv(), encoding: 'utf8' });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as { offered: boolean; rejected: boolean };
}

describe('the bin and its code cache', () => {
  let repo: Repo;
  beforeAll(() => {
    repo = Repo.create();
    repo.stage({ 'src/auth.js': LEAK });
  });
  afterAll(() => repo.remove());

  it('the build leaves a cache made for this very bundle, and V8 takes it', () => {
    const cache = readFileSync(CACHE);
    const bundle = readFileSync(join(DIST, 'cli.cjs'), 'utf8');
    const header = cache.toString('latin1', 0, cache.indexOf(10) + 1);
    expect(header).toMatch(/^\/\/ jwtguard build [0-9a-f]{16}\n$/);
    expect(bundle.startsWith(header)).toBe(true);
    expect(compileReport(CLI)).toEqual({ offered: true, rejected: false });
  });

  // A copy of dist/ with the cache given, run on the same staged leak.
  function binWithCache(cache: Buffer | undefined): string {
    const dir = join(scratchDir(), 'dist');
    mkdirSync(dir);
    for (const file of ['jwtguard.cjs', 'cli.cjs', 'commands.cjs']) copyFileSync(join(DIST, file), join(dir, file));
    if (cache) writeFileSync(join(dir, 'cli.cjs.v8cache'), cache);
    return join(dir, 'jwtguard.cjs');
  }

  const cache = () => readFileSync(CACHE);
  const headerEnd = () => cache().indexOf(10) + 1;
  const cases: Array<[string, () => Buffer | undefined, { offered: boolean; rejected: boolean }]> = [
    ['no cache at all', () => undefined, { offered: false, rejected: false }],
    ['a cache made for another build', () => Buffer.concat([Buffer.from('// jwtguard build 0000000000000000\n'), cache().subarray(headerEnd())]), { offered: false, rejected: false }],
    ['a cache without a header line', () => cache().subarray(headerEnd()), { offered: false, rejected: false }],
    ['a broken cache for this build', () => Buffer.concat([cache().subarray(0, headerEnd()), Buffer.alloc(4096, 7)]), { offered: true, rejected: true }],
  ];
  it('without the bundle it names the file and the fix in one line, exit 2', () => {
    const bin = binWithCache(undefined);
    rmSync(join(dirname(bin), 'cli.cjs'));
    const run = spawnSync(process.execPath, [bin, 'staged'], { cwd: repo.dir, env: testEnv(), encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`jwtguard: ${join(dirname(bin), 'cli.cjs')} is missing: install jwtguard again (npm install), or run npm run build in its checkout\n`);
  });

  it.each(cases)('with %s, the bin still blocks the leak the same way', (_label, make, expected) => {
    const bin = binWithCache(make());
    expect(compileReport(bin)).toEqual(expected);
    const run = spawnSync(process.execPath, [bin, 'staged'], { cwd: repo.dir, env: testEnv(), encoding: 'utf8' });
    const reference = repo.jwtguard(['staged']);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe(reference.stdout);
    expect(run.stderr).toBe(reference.stderr);
  });
});

describe('the build', () => {
  it('makes its code cache in a scratch repository, never in one the environment points at', () => {
    // A copy of the sources beside the real node_modules: the real dist/ is in use by other tests.
    const root = scratchDir();
    cpSync(join(PROJECT_ROOT, 'src'), join(root, 'src'), { recursive: true });
    copyFileSync(join(PROJECT_ROOT, 'package.json'), join(root, 'package.json'));
    symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(root, 'node_modules'));
    // npm install run from a git hook inherits GIT_DIR and GIT_INDEX_FILE.
    const other = Repo.create();
    other.stage({ 'a.js': 'const a = 1;\n' });
    const env = testEnv({ GIT_DIR: join(other.dir, '.git'), GIT_INDEX_FILE: join(other.dir, '.git/index') });
    const build = spawnSync(process.execPath, [join(root, 'src/bundle/build.mjs')], { cwd: root, env, encoding: 'utf8' });
    expect(build.status, build.stderr).toBe(0);
    expect(build.stderr).toBe('');
    expect(existsSync(join(root, 'dist/cli.cjs.v8cache'))).toBe(true);
    expect(existsSync(join(other.dir, '.git/common'))).toBe(false);
    other.remove();
  });
});
