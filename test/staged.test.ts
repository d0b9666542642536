// The staged scan end to end: real repositories, real `git add`, real `git commit` through hooks/pre-commit.
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, symlinkSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expectNoSecret, Repo, scratchDir } from './helpers/repo.js';

const LITERAL = "const jwt = require('jsonwebtoken');\nconst token = jwt.sign(payload, 'shhhhh-4f9a1c');\n";
const FROM_ENV = "const jwt = require('jsonwebtoken');\nconst token = jwt.sign(payload, process.env.JWT_SECRET);\n";
const SECRET = 'shhhhh-4f9a1c';

function headExists(repo: Repo): boolean {
  return repo.tryGit(['rev-parse', '--verify', '-q', 'HEAD']).code === 0;
}

describe('commits through hooks/pre-commit', () => {
  it('blocks a hardcoded key on the first commit, naming file and line, without the secret', () => {
    const repo = Repo.create();
    repo.useProjectHooks();
    repo.stage({ 'src/auth.js': LITERAL });
    const run = repo.commit();
    expect(run.code).not.toBe(0);
    expect(run.stdout + run.stderr).toContain('src/auth.js:2:34');
    expect(run.stdout + run.stderr).toContain('jwt-call-literal');
    expect(run.stdout + run.stderr).toContain('process.env.JWT_SECRET');
    expect(run.stdout + run.stderr).toContain('openssl rand -hex 32');
    expect(run.stdout + run.stderr).toContain('jwtguard:allow');
    expect(headExists(repo)).toBe(false);
    expectNoSecret([run], [SECRET]);
  });

  it('lets the same commit through when the key comes from the environment', () => {
    const repo = Repo.create();
    repo.useProjectHooks();
    repo.stage({ 'src/auth.js': FROM_ENV });
    const run = repo.commit();
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(headExists(repo)).toBe(true);
  });

  it('lets a line with an allow comment through and lists it with its reason', () => {
    const repo = Repo.create();
    repo.useProjectHooks();
    repo.stage({ 'test/auth.test.js': "jwt.verify(token, 'fixture-key'); // jwtguard:allow test fixture, not a real key\n" });
    const run = repo.commit();
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout + run.stderr).toContain('allowed by comment: 1');
    expect(run.stdout + run.stderr).toContain('"test fixture, not a real key"');
  });

  it('allows with a warning when the allow comment gives no reason', () => {
    const repo = Repo.create();
    repo.useProjectHooks();
    repo.stage({ 'a.js': "jwt.verify(token, 'fixture-key'); // jwtguard:allow\n" });
    const run = repo.commit();
    expect(run.code).toBe(0);
    expect(run.stdout + run.stderr).toContain('without a reason');
  });

  it('honours jwtguard:allow-next-line on the line above', () => {
    const repo = Repo.create();
    repo.stage({ 'a.py': "# jwtguard:allow-next-line documented example key\nJWT_SECRET = 'example-only'\n" });
    const { code, report } = repo.jwtguardJson();
    expect(code).toBe(0);
    expect(report.findings).toEqual([
      expect.objectContaining({ path: 'a.py', line: 2, blocking: false, allowedBy: { kind: 'comment', reason: 'documented example key' } }),
    ]);
  });

  it('lets a pure rename of a file that holds a secret through', () => {
    const repo = Repo.create();
    repo.stage({ 'old/auth.js': LITERAL });
    repo.commitQuietly();
    repo.useProjectHooks();
    repo.git('mv', 'old/auth.js', 'new-auth.js');
    const run = repo.commit();
    expect(run.code, run.stdout + run.stderr).toBe(0);
  });

  it('blocks `git commit -a`, which scans the temporary index named by GIT_INDEX_FILE', () => {
    const repo = Repo.create();
    repo.stage({ 'src/auth.js': FROM_ENV });
    repo.commitQuietly();
    repo.useProjectHooks();
    repo.write('src/auth.js', LITERAL); // changed in the work tree only
    const run = repo.commit(['-a', '-m', 'all']);
    expect(run.code).not.toBe(0);
    expect(run.stdout + run.stderr).toContain('src/auth.js:2');
  });

  it('blocks `git commit <path>`, which also commits from a temporary index', () => {
    const repo = Repo.create();
    repo.stage({ 'src/auth.js': FROM_ENV });
    repo.commitQuietly();
    repo.useProjectHooks();
    repo.write('src/auth.js', LITERAL);
    const run = repo.commit(['-m', 'only', '--', 'src/auth.js']);
    expect(run.code).not.toBe(0);
    expect(run.stdout + run.stderr).toContain('src/auth.js:2');
  });

  it('reads the index, not the work tree: an unstaged secret does not block', () => {
    const repo = Repo.create();
    repo.useProjectHooks();
    repo.stage({ 'src/auth.js': FROM_ENV });
    repo.write('src/auth.js', LITERAL);
    expect(repo.commit().code).toBe(0);
  });

  it('fails with a message saying how to install when jwtguard is missing', () => {
    const repo = Repo.create();
    repo.useProjectHooks();
    repo.stage({ 'a.js': FROM_ENV });
    const run = repo.commit(['-m', 'x'], { PATH: '/usr/bin:/bin' });
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('npm install --save-dev jwtguard');
  });
});

describe('the staged diff reader', () => {
  it('reports paths with spaces, quotes, unicode and a newline exactly', () => {
    const repo = Repo.create();
    const names = ['dir with space/a b.js', 'quo"te\'s.js', 'ünïcødé-ключ.js', 'new\nline.js', 'tab\there.js'];
    repo.stage(Object.fromEntries(names.map((name) => [name, LITERAL])));
    const { code, report } = repo.jwtguardJson();
    expect(code).toBe(1);
    expect(report.findings.map((f) => f.path).sort()).toEqual([...names].sort());
    expect(report.findings.every((f) => f.line === 2)).toBe(true);
  });

  it('gives the right line and column in a CRLF file', () => {
    const repo = Repo.create();
    repo.stage({ 'win.js': LITERAL.replace(/\n/g, '\r\n') });
    const { report } = repo.jwtguardJson();
    expect(report.findings).toEqual([expect.objectContaining({ path: 'win.js', line: 2, column: 34 })]);
  });

  it('skips binary files and counts them', () => {
    const repo = Repo.create();
    repo.stage({ 'logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 0, 0x27]), 'a.js': FROM_ENV });
    const { code, report } = repo.jwtguardJson();
    expect(code).toBe(0);
    expect(report.skipped).toEqual([{ path: 'logo.png', reason: 'binary' }]);
  });

  it('finds a key in a 200,000-character line and prints only a short, redacted snippet', () => {
    const repo = Repo.create();
    const filler = 'x'.repeat(100_000);
    repo.stage({ 'bundle.js': `var a="${filler}";jwt.sign(p,"${SECRET}");var b="${filler}";\n` });
    const run = repo.jwtguard();
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).toContain('bundle.js:1:');
    expect(run.stdout.length).toBeLessThan(5000);
    expectNoSecret([run], [SECRET]);
  });

  it('is not fooled by diff.noprefix, color.ui=always, diff.external or mnemonicPrefix', () => {
    const repo = Repo.create();
    repo.stage({ 'src/auth.js': LITERAL, 'spaced name.js': LITERAL });
    const plain = repo.jwtguardJson();
    repo.git('config', 'diff.noprefix', 'true');
    repo.git('config', 'diff.mnemonicPrefix', 'true');
    repo.git('config', 'color.ui', 'always');
    repo.git('config', 'color.diff', 'always');
    repo.git('config', 'diff.external', 'false'); // a program that prints nothing and fails
    repo.git('config', 'diff.relative', 'true');
    repo.git('config', 'core.quotePath', 'false');
    const configured = repo.jwtguardJson();
    expect(configured).toEqual(plain);
    expect(plain.report.findings).toHaveLength(2);
  });

  it('works from a subdirectory and reports paths from the top level', () => {
    const repo = Repo.create();
    repo.stage({ 'pkg/src/auth.js': LITERAL });
    const { report } = repo.jwtguardJson([], { cwd: join(repo.dir, 'pkg/src') });
    expect(report.findings.map((f) => f.path)).toEqual(['pkg/src/auth.js']);
  });

  it('works in a linked worktree', () => {
    const repo = Repo.create();
    repo.commitQuietly();
    const other = join(scratchDir(), 'wt');
    repo.git('worktree', 'add', '-q', other);
    const worktree = new Repo(other);
    worktree.stage({ 'auth.js': LITERAL });
    const { code, report } = worktree.jwtguardJson();
    expect(code).toBe(1);
    expect(report.findings.map((f) => f.path)).toEqual(['auth.js']);
  });

  it('works during a merge and reports what the merge adds', () => {
    const repo = Repo.create();
    repo.stage({ 'base.txt': 'base\n' });
    repo.commitQuietly();
    repo.git('checkout', '-q', '-b', 'feature');
    repo.stage({ 'feature.js': LITERAL });
    repo.commitQuietly('feature');
    repo.git('checkout', '-q', 'main');
    repo.stage({ 'main.txt': 'main\n' });
    repo.commitQuietly('main');
    repo.git('merge', '--no-commit', '--no-ff', 'feature');
    const { code, report } = repo.jwtguardJson();
    expect(code).toBe(1);
    expect(report.findings.map((f) => f.path)).toEqual(['feature.js']);
  });

  it('skips and counts a submodule pointer change and an added symlink', () => {
    const sub = Repo.create();
    sub.stage({ 'x.txt': 'x\n' });
    sub.commitQuietly();
    const repo = Repo.create();
    repo.git('-c', 'protocol.file.allow=always', 'submodule', '-q', 'add', sub.dir, 'vendor/sub');
    symlinkSync('target-that-is-not-a-secret', join(repo.dir, 'link'));
    repo.git('add', 'link');
    const { code, report } = repo.jwtguardJson();
    expect(code).toBe(0);
    expect(report.skipped).toEqual(
      expect.arrayContaining([
        { path: 'vendor/sub', reason: 'submodule' },
        { path: 'link', reason: 'symlink' },
      ]),
    );
  });

  it('never changes the index, whether the scan blocks or passes and stamps', () => {
    const repo = Repo.create();
    repo.stage({ 'a.js': LITERAL, 'b.js': FROM_ENV });
    const index = join(repo.dir, '.git/index');
    const hash = (): string => createHash('sha256').update(readFileSync(index)).digest('hex');
    const before = hash();
    repo.jwtguard();
    repo.jwtguard(['--format', 'json']);
    expect(hash()).toBe(before);
    // A passing scan stamps the index's tree: write-tree reads a copy, never the index itself.
    repo.git('rm', '-q', '--cached', 'a.js');
    const clean = hash();
    expect(repo.jwtguard().code).toBe(0);
    expect(hash()).toBe(clean);
    const stamps = readdirSync(join(repo.dir, '.git/common/jwtguard/stamps'));
    expect(stamps).toEqual([repo.git('write-tree').trim()]);
    expect(readdirSync(join(repo.dir, '.git/common/jwtguard'))).toEqual(['stamps']); // the copy is gone
  });

  it('reports nothing staged as clean', () => {
    const repo = Repo.create();
    const run = repo.jwtguard();
    expect(run.code).toBe(0);
    expect(run.stdout + run.stderr).toContain('0 added lines in 0 files scanned');
  });
});

describe('the staged diff reader on larger and mixed changes', () => {
  it('reads them as the patch would: line numbers past a 64 KB read, identical files, empty ones', () => {
    const repo = Repo.create();
    const long = `${'// filler line\n'.repeat(100_000)}${LITERAL}`;
    repo.stage({ 'long.js': long, 'copy-1.js': LITERAL, 'copy-2.js': LITERAL, 'empty.js': '', 'newline.js': '\n' });
    const { code, report } = repo.jwtguardJson();
    expect(code).toBe(1);
    expect(report.findings.map((f) => `${f.path}:${f.line}:${f.column}`).sort()).toEqual(['copy-1.js:2:34', 'copy-2.js:2:34', 'long.js:100002:34']);
    expect(report.skipped).toEqual([]);
  });

  it('judges binary as git does: a NUL in the first 8,000 bytes, not after', () => {
    const repo = Repo.create();
    repo.stage({ 'late-nul.js': `${LITERAL}${'x'.repeat(9000)}\0\n`, 'early-nul.js': `\0${LITERAL}` });
    const { report } = repo.jwtguardJson();
    expect(report.findings.map((f) => f.path)).toEqual(['late-nul.js']);
    expect(report.skipped).toEqual([{ path: 'early-nul.js', reason: 'binary' }]);
  });

  it('reads added and changed files of one commit together', () => {
    const repo = Repo.create();
    repo.stage({ 'old.js': '// old\n' });
    repo.commitQuietly();
    repo.stage({ 'old.js': `// old\n${LITERAL}`, 'new.js': LITERAL });
    const { report } = repo.jwtguardJson();
    expect(report.findings.map((f) => `${f.path}:${f.line}`).sort()).toEqual(['new.js:2', 'old.js:3']);
    expect(report.scanned.files).toBe(2);
  });
});

describe('usage and setup errors: one line, exit 2, no stack trace', () => {
  it('an unknown option', () => {
    const run = Repo.create().jwtguard(['--bogus']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('unknown option "--bogus"');
  });

  it('an unknown command and a bad format', () => {
    const repo = Repo.create();
    expect(repo.jwtguard(['frobnicate']).stderr).toContain('unknown command "frobnicate"');
    const bad = repo.jwtguard(['--format', 'xml']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('use --format human, json or sarif');
    expect(repo.jwtguard(['--format']).code).toBe(2);
  });

  it('not a git repository', () => {
    const dir = scratchDir();
    mkdirSync(join(dir, 'x'));
    const run = new Repo(join(dir, 'x')).jwtguard([], { env: { GIT_CEILING_DIRECTORIES: dir } });
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe('jwtguard: not a git repository: run jwtguard inside a git work tree (or `git init` first)');
  });

  it('git missing from PATH', () => {
    const run = Repo.create().jwtguard([], { env: { PATH: scratchDir() } });
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe('jwtguard: git was not found on PATH: install git, or put it on PATH, and try again');
  });

  it('--help and --version', () => {
    const repo = Repo.create();
    expect(repo.jwtguard(['--help']).stdout).toContain('Usage:');
    expect(repo.jwtguard(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
