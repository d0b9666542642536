// The root tree read from the index's own cache-tree (src/git/indexFile.ts) must be the id
// `git write-tree` prints whenever it gives one, in every index format git writes; and commits
// through the real hooks keep stamping the tree post-commit looks for.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedRootTree } from '../src/git/indexFile.js';
import { Repo } from './helpers/repo.js';

const CLEAN = 'export const token = jwt.sign(payload, process.env.JWT_SECRET);\n';

/** One commit of nested folders and names of many lengths (entries are padded to 8 bytes), then `setup`. */
function repoWith(setup: (repo: Repo) => void, objectFormat: 'sha1' | 'sha256' = 'sha1'): Repo {
  const repo = Repo.create({ objectFormat });
  for (let i = 0; i < 24; i++) repo.write(`dir${i % 4}/sub${i % 3}/f${i}${'x'.repeat(i * 7)}.txt`, `v${i}\n`);
  repo.git('add', '.');
  setup(repo);
  repo.git('commit', '-q', '--no-verify', '-m', 'base');
  return repo;
}

/** What the index says, and what write-tree prints for a copy of it (the copy takes its cache-tree). */
function readings(repo: Repo): { cached: string | undefined; written: string; afterWriteTree: string | undefined } {
  const index = join(repo.dir, '.git/index');
  const copy = join(repo.dir, '.git/index-copy');
  writeFileSync(copy, readFileSync(index));
  const written = repo.tryGit(['write-tree'], { GIT_INDEX_FILE: copy }).stdout.trim();
  return { cached: cachedRootTree(readFileSync(index)), written, afterWriteTree: cachedRootTree(readFileSync(copy)) };
}

const FORMATS: Array<[string, (repo: Repo) => void, 'sha1' | 'sha256']> = [
  ['version 2', () => {}, 'sha1'],
  ['version 3 (skip-worktree entries)', (r) => r.git('update-index', '--skip-worktree', 'dir1/sub1/f1xxxxxxx.txt'), 'sha1'],
  ['version 4 (names prefix-compressed)', (r) => r.git('update-index', '--index-version', '4'), 'sha1'],
  ['a split index', (r) => r.git('update-index', '--split-index'), 'sha1'],
  ['an untracked cache and offset tables', (r) => {
    r.git('config', 'index.recordEndOfIndexEntries', 'true');
    r.git('config', 'index.recordOffsetTable', 'true');
    r.git('update-index', '--untracked-cache');
  }, 'sha1'],
  ['index.skipHash', (r) => r.git('config', 'index.skipHash', 'true'), 'sha1'],
  ['a SHA-256 repository', () => {}, 'sha256'],
  ['a SHA-256 repository, version 4', (r) => r.git('update-index', '--index-version', '4'), 'sha256'],
];

describe('cachedRootTree', () => {
  it.each(FORMATS)('gives what write-tree prints, with %s, and nothing once a change is staged', (_label, setup, format) => {
    const repo = repoWith(setup, format);
    const committed = readings(repo);
    expect(committed.cached).toBe(committed.written);
    expect(committed.written).toMatch(format === 'sha1' ? /^[0-9a-f]{40}$/ : /^[0-9a-f]{64}$/);
    repo.stage({ 'dir2/sub0/new.txt': 'new\n' });
    const staged = readings(repo);
    expect(staged.cached).toBeUndefined(); // git add leaves the cache-tree out of date
    expect(staged.afterWriteTree).toBe(staged.written);
    repo.remove();
  });

  it('is undefined while an intent-to-add entry keeps the cache-tree out of date', () => {
    const repo = repoWith(() => {});
    repo.write('later.txt', 'later\n');
    repo.git('add', '-N', 'later.txt');
    const { afterWriteTree, written } = readings(repo);
    expect(written).toMatch(/^[0-9a-f]{40}$/);
    expect(afterWriteTree).toBeUndefined();
    repo.remove();
  });

  it('is undefined for what is not an index, or is cut short', () => {
    expect(cachedRootTree(Buffer.alloc(0))).toBeUndefined();
    expect(cachedRootTree(Buffer.from('DIRC but then nothing an index holds'))).toBeUndefined();
    const repo = repoWith(() => {});
    const index = readFileSync(join(repo.dir, '.git/index'));
    expect(cachedRootTree(index)).toBe(repo.git('rev-parse', 'HEAD^{tree}').trim());
    for (const cut of [13, 100, index.length - 30, index.length - 1]) expect(cachedRootTree(index.subarray(0, cut))).toBeUndefined();
    const otherVersion = Buffer.from(index);
    otherVersion.writeUInt32BE(5, 4);
    expect(cachedRootTree(otherVersion)).toBeUndefined();
    repo.remove();
  });
});

describe('stamps through the real hooks, whatever the index format', () => {
  const cases: Array<[string, (repo: Repo) => void]> = [
    ['version 4', (r) => r.git('update-index', '--index-version', '4')],
    ['a split index', (r) => r.git('update-index', '--split-index')],
  ];
  it.each(cases)('with %s: plain, -a and pathspec commits are stamped and post-commit stays quiet', (_label, setup) => {
    const repo = Repo.create();
    expect(repo.jwtguard(['init', '--hooks-path']).code).toBe(0);
    repo.git('add', '.githooks');
    setup(repo);
    const commits: Array<[string[], () => void]> = [
      [['-m', 'plain'], () => repo.stage({ 'src/a.js': CLEAN })],
      [['-a', '-m', 'all'], () => repo.write('src/a.js', `${CLEAN}// more\n`)],
      [['-m', 'only', '--', 'src/a.js'], () => repo.write('src/a.js', `${CLEAN}// and more\n`)],
    ];
    for (const [args, change] of commits) {
      change();
      const run = repo.commit(args);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).not.toContain('WARNING');
      expect(readdirSync(join(repo.dir, '.git/common/jwtguard/stamps'))).toContain(repo.git('rev-parse', 'HEAD^{tree}').trim());
    }
    repo.remove();
  });
});
