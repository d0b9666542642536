// In a hook at the top level, the staged scan knows the top level, its records dir and the index
// without running rev-parse (src/git/git.ts, topLevelPaths): it must agree with rev-parse there,
// and give way to it wherever the repository's layout or the environment could differ.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RECORDS_GIT_PATH, topLevelPaths } from '../src/git/git.js';
import { Repo, scratchDir } from './helpers/repo.js';

/** What rev-parse says, run as stagedScanPaths runs it. */
function revParsePaths(repo: Repo, cwd: string, env: NodeJS.ProcessEnv = {}): { topLevel: string; recordsDir: string; indexFile: string } {
  const run = repo.tryGit(['-C', cwd, 'rev-parse', '--show-toplevel', '--git-path', RECORDS_GIT_PATH, '--git-path', 'index'], env);
  const [topLevel = '', recordsDir = '', indexFile = ''] = run.stdout.trim().split('\n');
  return { topLevel, recordsDir: resolve(cwd, recordsDir), indexFile: resolve(cwd, indexFile) };
}

describe('topLevelPaths', () => {
  const cases: Array<[string, NodeJS.ProcessEnv]> = [
    ['no GIT_INDEX_FILE', {}],
    ['a relative GIT_INDEX_FILE (plain git commit)', { GIT_INDEX_FILE: '.git/index' }],
    ['an absolute GIT_INDEX_FILE (git commit -a)', { GIT_INDEX_FILE: '/somewhere/index.lock' }],
  ];
  it.each(cases)('agrees with rev-parse at the top level, with %s', (_label, env) => {
    const repo = Repo.create();
    expect(topLevelPaths(repo.dir, env)).toEqual(revParsePaths(repo, repo.dir, env));
    repo.remove();
  });

  it('gives way to rev-parse wherever the layout or the environment may differ', () => {
    const repo = Repo.create();
    mkdirSync(join(repo.dir, 'sub'));
    expect(topLevelPaths(join(repo.dir, 'sub'), {})).toBeUndefined(); // a subdirectory
    for (const key of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_COMMON_DIR']) expect(topLevelPaths(repo.dir, { [key]: repo.dir })).toBeUndefined();
    expect(topLevelPaths(scratchDir(), {})).toBeUndefined(); // no repository at all

    repo.commitQuietly();
    const worktree = join(scratchDir(), 'wt');
    repo.git('worktree', 'add', '-q', '-b', 'wt', worktree);
    expect(topLevelPaths(worktree, {})).toBeUndefined(); // a linked worktree's .git is a file

    const separate = join(scratchDir(), 'separate');
    const gitDir = join(scratchDir(), 'separate.git');
    repo.git('init', '-q', `--separate-git-dir=${gitDir}`, separate);
    expect(topLevelPaths(separate, {})).toBeUndefined(); // as is a submodule's

    const config: Array<[string, string[]]> = [
      ['core.worktree', ['config', 'core.worktree', '../elsewhere']],
      ['an include', ['config', 'include.path', 'more.config']],
      ['an includeIf', ['config', 'includeIf.onbranch:main.path', 'more.config']],
      ['worktree config', ['config', 'extensions.worktreeConfig', 'true']],
    ];
    for (const [label, args] of config) {
      const other = Repo.create();
      other.git(...args);
      expect(topLevelPaths(other.dir, {}), label).toBeUndefined();
      other.remove();
    }
    repo.remove();
  });

  it('reads nothing from a .git folder that is not a repository', () => {
    const dir = scratchDir();
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, '.git', 'config'), '[core]\n');
    expect(topLevelPaths(dir, {})).toBeUndefined();
  });
});
