// `jwtguard init` and `jwtguard doctor` as a new user meets them: this checkout packed with
// `npm pack` and installed into a throw-away npm project, `npx jwtguard init` installing husky for
// real (from the npm cache when it has it), a second clone set up by `npm install` alone.
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { expectNoSecret, PROJECT_ROOT, Repo, scratchDir, testEnv, type Run } from './helpers/repo.js';
import { HOOKS } from '../src/init/hookFiles.js';

const SECRET = 'team-secret-8d2f6b';
const LEAK = `const jwt = require('jsonwebtoken');\nmodule.exports = (p) => jwt.sign(p, '${SECRET}');\n`;
const HOOK_NAMES = ['pre-commit', 'commit-msg', 'post-commit', 'pre-push'];

/** npm as the tests run it: the machine's cache (npm ci filled it), offline first, quiet. */
function npmEnv(): NodeJS.ProcessEnv {
  const cache = execFileSync('npm', ['config', 'get', 'cache'], { encoding: 'utf8' }).trim();
  return testEnv({
    npm_config_cache: cache,
    npm_config_prefer_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    npm_config_loglevel: 'error',
  });
}

function run(command: string, args: string[], cwd: string, env = npmEnv()): Run {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8' });
  if (result.error) throw result.error;
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

function ok(result: Run): Run {
  if (result.code !== 0) throw new Error(`exit ${result.code}\n${result.stdout}\n${result.stderr}`);
  return result;
}

function head(repo: Repo): string {
  return repo.git('rev-parse', 'HEAD').trim();
}

function writeJson(path: string, value: unknown): void {
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

describe('a team sets up jwtguard with husky (npm pack, real installs)', () => {
  let project: Repo;
  let clone: Repo;
  let initRun: Run;
  let remote: string;

  beforeAll(() => {
    // The package as users get it: what `npm pack` puts in the tarball (dist is built by the test script).
    const packDir = scratchDir();
    const packed = ok(run('npm', ['pack', '--ignore-scripts', '--pack-destination', packDir], PROJECT_ROOT)).stdout.trim().split('\n').pop()!;
    project = Repo.create();
    // Projects sit next to each other, so the tarball's relative file: path works from every clone.
    const tarball = join(dirname(project.dir), 'jwtguard.tgz');
    execFileSync('mv', [join(packDir, packed), tarball]);
    writeJson(join(project.dir, 'package.json'), { name: 'team-app', version: '1.0.0', private: true, scripts: { test: 'echo ok' } });
    project.write('.gitignore', 'node_modules/\n');
    ok(run('npm', ['install', '--save-dev', `../${basename(tarball)}`], project.dir));
    initRun = run('npx', ['jwtguard', 'init'], project.dir);
    project.git('add', '.');
    const first = project.commit(['-m', 'set up jwtguard']);
    if (first.code !== 0) throw new Error(`the first commit failed:\n${first.stdout}\n${first.stderr}`);
    remote = join(scratchDir(), 'team.git');
    execFileSync('git', ['init', '-q', '--bare', '--initial-branch=main', remote], { env: testEnv() });
    project.git('remote', 'add', 'origin', remote);
    ok(project.tryGit(['push', '-q', 'origin', 'main']));
    const cloneDir = join(dirname(project.dir), `clone-${basename(project.dir)}`);
    execFileSync('git', ['clone', '-q', remote, cloneDir], { env: testEnv() });
    clone = new Repo(cloneDir);
    ok(run("npm", ["install"], clone.dir));
  }, 180_000);

  it('init installs husky with npm, sets prepare, writes the four hooks and says what it wrote', () => {
    expect(initRun.code, initRun.stdout + initRun.stderr).toBe(0);
    expect(initRun.stdout).toContain('jwtguard init (husky, npm (package-lock.json))');
    expect(initRun.stdout).toContain('wrote package.json: "prepare": "husky"');
    for (const hook of HOOK_NAMES) expect(initRun.stdout).toContain(`wrote .husky/${hook}: new, with`);
    expect(initRun.stdout).toContain('ran npm install --save-dev husky: added husky to devDependencies (package-lock.json)');
    expect(initRun.stdout).toContain('ran npx --no-install husky: core.hooksPath = .husky/_');
    const pkg = JSON.parse(readFileSync(join(project.dir, 'package.json'), 'utf8')) as { scripts: Record<string, string>; devDependencies: Record<string, string> };
    expect(pkg.scripts).toEqual({ test: 'echo ok', prepare: 'husky' });
    expect(Object.keys(pkg.devDependencies).sort()).toEqual(['husky', 'jwtguard']);
    expect(readFileSync(join(project.dir, '.husky/pre-push'), 'utf8')).toBe('jwtguard pre-push "$@"\n');
  });

  it('a second init changes nothing and says so', () => {
    const before = [join(project.dir, 'package.json'), ...HOOK_NAMES.map((hook) => join(project.dir, '.husky', hook))].map((file) => readFileSync(file, 'utf8'));
    const again = run('npx', ['jwtguard', 'init'], project.dir);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('nothing to change: already set up');
    const after = [join(project.dir, 'package.json'), ...HOOK_NAMES.map((hook) => join(project.dir, '.husky', hook))].map((file) => readFileSync(file, 'utf8'));
    expect(after).toEqual(before);
  });

  it('a second clone is protected by `npm install` alone: a commit with a key is blocked', () => {
    expect(clone.git('config', 'core.hooksPath').trim()).toBe('.husky/_');
    clone.stage({ 'src/auth.js': LEAK });
    const before = head(clone);
    const commit = clone.commit(['-m', 'add auth']);
    expect(commit.code).not.toBe(0);
    expect(commit.stdout + commit.stderr).toContain('src/auth.js:2:');
    expect(commit.stdout + commit.stderr).toContain('jwt-call-literal');
    expect(head(clone)).toBe(before);
    expectNoSecret([commit], [SECRET]);
  });

  it('in that clone, a --no-verify commit leaves a warning, a record and a note, and its push is stopped', () => {
    clone.stage({ 'src/auth.js': LEAK });
    const commit = clone.commit(['--no-verify', '-m', 'skip the hook']);
    expect(commit.code).toBe(0);
    expect(commit.stderr).toContain('WARNING');
    const id = head(clone);
    const log = readFileSync(join(clone.dir, '.git/common/jwtguard/audit.jsonl'), 'utf8');
    expect(log).toContain(`"commit":"${id}"`);
    expect(clone.git('notes', '--ref=refs/notes/jwtguard', 'show', id)).toContain('jwtguard: bypass');
    const push = clone.tryGit(['push', 'origin', 'main']);
    expect(push.code).not.toBe(0);
    expect(push.stdout + push.stderr).toContain('push stopped');
    expectNoSecret([commit, push, log], [SECRET]);
  });

  it('doctor passes in a healthy clone and names the fix in a broken one', () => {
    const healthy = clone.jwtguard(['doctor']);
    expect(healthy.code, healthy.stdout).toBe(0);
    expect(healthy.stdout).toContain('✓ hooks path: .husky/_ (core.hooksPath)');
    expect(healthy.stdout).toContain('✓ pre-push (the range scan of what is pushed): .husky/pre-push runs jwtguard');
    expect(healthy.stdout).toMatch(/✓ husky \d+\.\d+\.\d+ is installed/);
    expect(healthy.stdout).toContain('jwtguard doctor: all good.');

    writeFileSync(join(clone.dir, '.husky/pre-push'), 'npm test\n');
    chmodSync(join(clone.dir, '.husky/_/post-commit'), 0o644);
    const broken = clone.jwtguard(['doctor']);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain('✗ pre-push (the range scan of what is pushed): .husky/pre-push does not run jwtguard');
    expect(broken.stdout).toContain('fix: add the line `jwtguard pre-push "$@"` to .husky/pre-push');
    expect(broken.stdout).toContain('✗ post-commit (the bypass check): .husky/_/post-commit is not executable');
    expect(broken.stdout).toContain('jwtguard doctor: 2 problems');
  });
});

describe('jwtguard init without installing', () => {
  /** A repository with a package.json (and optionally a lockfile) at its top level. */
  function project(files: Record<string, string> = {}, pkg: Record<string, unknown> = {}): Repo {
    const repo = Repo.create();
    writeJson(join(repo.dir, 'package.json'), { name: 'app', version: '1.0.0', ...pkg });
    for (const [path, content] of Object.entries(files)) repo.write(path, content);
    return repo;
  }

  it("replaces the lines an earlier init wrote with today's, keeping the rest, once", () => {
    const repo = project(
      { '.husky/post-commit': 'echo done\njwtguard post-commit\n', '.husky/commit-msg': 'jwtguard commit-msg "$1"\n' },
      { devDependencies: { husky: '^9.0.0', jwtguard: '^0.1.0' }, scripts: { prepare: 'husky' } },
    );
    const postCommit = HOOKS.find((hook) => hook.name === 'post-commit')!;
    const commitMsg = HOOKS.find((hook) => hook.name === 'commit-msg')!;
    const init = repo.jwtguard(['init', '--no-install']);
    expect(init.code, init.stderr).toBe(0);
    expect(readFileSync(join(repo.dir, '.husky/post-commit'), 'utf8')).toBe(`echo done\n${postCommit.huskyLine}\n`);
    expect(readFileSync(join(repo.dir, '.husky/commit-msg'), 'utf8')).toBe(`${commitMsg.huskyLine}\n`);
    expect(init.stdout).toContain(`wrote .husky/post-commit: replaced \`jwtguard post-commit\` with \`${postCommit.huskyLine}\``);
    const again = repo.jwtguard(['init', '--no-install']);
    expect(again.stdout).not.toContain('wrote .husky/');
  });

  it('keeps an existing lint-staged line and puts jwtguard after it', () => {
    const repo = project({ '.husky/pre-commit': 'npx lint-staged\n' }, { devDependencies: { husky: '^9.0.0', jwtguard: '^0.1.0' }, scripts: { prepare: 'husky' } });
    const init = repo.jwtguard(['init', '--no-install']);
    expect(init.code, init.stderr).toBe(0);
    expect(readFileSync(join(repo.dir, '.husky/pre-commit'), 'utf8')).toBe('npx lint-staged\njwtguard staged\n');
    expect(init.stdout).toContain('wrote .husky/pre-commit: added `jwtguard staged` (the staged scan), after the lines already there');
    expect(init.stdout).toContain('to do: npx --no-install husky');
    // A hook that already runs jwtguard is left alone.
    writeFileSync(join(repo.dir, '.husky/pre-push'), 'npm test\nnpx jwtguard pre-push "$@"\n');
    repo.jwtguard(['init', '--no-install']);
    expect(readFileSync(join(repo.dir, '.husky/pre-push'), 'utf8')).toBe('npm test\nnpx jwtguard pre-push "$@"\n');
  });

  it('puts husky before an existing prepare script', () => {
    const repo = project({}, { scripts: { prepare: 'npm run build' } });
    repo.jwtguard(['init', '--no-install']);
    expect((JSON.parse(readFileSync(join(repo.dir, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.prepare).toBe('husky && npm run build');
  });

  it.each([
    ['package-lock.json', {}, 'npm install --save-dev husky jwtguard', 'npx --no-install husky'],
    ['pnpm-lock.yaml', {}, 'pnpm add --save-dev husky jwtguard', 'pnpm exec husky'],
    ['yarn.lock', {}, 'yarn add --dev husky jwtguard', 'yarn husky'],
    ['bun.lockb', {}, 'bun add --dev husky jwtguard', 'bunx husky'],
    ['package-lock.json', { packageManager: 'pnpm@9.1.0' }, 'pnpm add --save-dev husky jwtguard', 'pnpm exec husky'],
  ])('with %s (%o) names the install command of that package manager', (lockfile, pkg, install, husky) => {
    const repo = project({ [lockfile]: '' }, pkg);
    const init = repo.jwtguard(['init', '--no-install']);
    expect(init.code, init.stderr).toBe(0);
    expect(init.stdout).toContain(`to do: ${install}`);
    expect(init.stdout).toContain(`to do: ${husky}`);
  });

  it('without package.json, says to use --hooks-path; --hooks-path sets core.hooksPath and is idempotent', () => {
    const repo = Repo.create();
    const refused = repo.jwtguard(['init']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('no package.json');
    expect(refused.stderr).toContain('jwtguard init --hooks-path');
    const first = repo.jwtguard(['init', '--hooks-path']);
    expect(first.code).toBe(0);
    for (const hook of HOOK_NAMES) expect(first.stdout).toContain(`wrote .githooks/${hook}`);
    expect(first.stdout).toContain('set core.hooksPath = .githooks');
    expect(repo.git('config', 'core.hooksPath').trim()).toBe('.githooks');
    const second = repo.jwtguard(['init', '--hooks-path']);
    expect(second.stdout).toContain('nothing to change');
    const doctor = repo.jwtguard(['doctor']);
    expect(doctor.stdout).toContain('✓ pre-commit (the staged scan): .githooks/pre-commit runs jwtguard');
  });

  it('--hooks-path leaves a hook of the project\'s own alone and says what to add', () => {
    const repo = Repo.create();
    mkdirSync(join(repo.dir, '.githooks'));
    repo.write('.githooks/pre-push', '#!/bin/sh\nmake test\n');
    const init = repo.jwtguard(['init', '--hooks-path']);
    expect(init.stdout).toContain('to do: .githooks/pre-push exists and does not run jwtguard');
    expect(readFileSync(join(repo.dir, '.githooks/pre-push'), 'utf8')).toBe('#!/bin/sh\nmake test\n');
  });

  it('doctor in a repository with no hooks fails, with the fix for each', () => {
    const repo = Repo.create();
    const doctor = repo.jwtguard(['doctor']);
    expect(doctor.code).toBe(1);
    expect(doctor.stdout).toMatch(/✓ git \d+\.\d+/);
    expect(doctor.stdout).toContain('✗ pre-commit (the staged scan): .git/hooks/pre-commit is missing');
    expect(doctor.stdout).toContain('fix: run `jwtguard init`');
    expect(existsSync(join(repo.dir, '.husky'))).toBe(false);
  });
});
