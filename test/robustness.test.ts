// Issue 7: every repository, every git setting, every odd file. Each item is a named test on real
// git: the result must not change with a setting, a repository state or a file's encoding.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectNoSecret, Repo, scratchDir, testEnv, type JsonReport } from './helpers/repo.js';
import { RULE_CASES } from '../src/detect/rules/index.cases.js';

const SECRET = 'k9-robust-secret';
const LEAK = `const jwt = require('jsonwebtoken');\nconst token = jwt.sign(payload, '${SECRET}');\n`;
const CLEAN = "const jwt = require('jsonwebtoken');\nconst token = jwt.sign(payload, process.env.JWT_SECRET);\n";

/** The findings that matter for comparisons: where and what, not how the report is laid out. */
function summary(report: JsonReport): string[] {
  return report.findings.map((f) => `${f.path}:${f.line}:${f.column} ${f.rule} ${f.fingerprint}`).sort();
}

/** A staged change with a bit of everything a setting could disturb. */
function stageReference(repo: Repo): void {
  repo.stage({
    'src/base.js': `${'// filler\n'.repeat(30)}${CLEAN}`,
    'src/renamed-from.js': `${'// another\n'.repeat(20)}${CLEAN}`,
  });
  repo.commitQuietly('base');
  repo.git('mv', 'src/renamed-from.js', 'src/renamed-to.js');
  repo.write('src/renamed-to.js', `${'// another\n'.repeat(20)}${CLEAN}${LEAK}`);
  repo.write('src/base.js', `${'// filler\n'.repeat(10)}\n${'// filler\n'.repeat(20)}${CLEAN}\n\n${LEAK}`);
  repo.write('src/copy.js', `${'// filler\n'.repeat(30)}${CLEAN}`);
  repo.write('dir with space/ünï "q".js', LEAK);
  repo.write('win.js', LEAK.replace(/\n/g, '\r\n'));
  repo.git('add', '-A');
}

function referenceFindings(): string[] {
  const repo = Repo.create();
  stageReference(repo);
  return summary(repo.jwtguardJson().report);
}

const REFERENCE = referenceFindings();

describe('git configuration does not change the result', () => {
  it('the reference change has findings to compare', () => {
    expect(REFERENCE.length).toBe(4);
  });

  const settings: Array<[string, (repo: Repo) => void]> = [
    ['diff.noprefix', (r) => r.git('config', 'diff.noprefix', 'true')],
    ['diff.mnemonicPrefix', (r) => r.git('config', 'diff.mnemonicPrefix', 'true')],
    ['color.ui=always', (r) => { r.git('config', 'color.ui', 'always'); r.git('config', 'color.diff', 'always'); }],
    ['diff.external', (r) => r.git('config', 'diff.external', 'false')],
    ['a textconv driver', (r) => { r.write('.gitattributes', '*.js diff=upper\n'); r.git('config', 'diff.upper.textconv', 'tr a-z A-Z'); }],
    ['diff.renames=copies', (r) => r.git('config', 'diff.renames', 'copies')],
    ['diff.renames=false', (r) => r.git('config', 'diff.renames', 'false')],
    ['diff.context=10', (r) => r.git('config', 'diff.context', '10')],
    ['diff.interHunkContext=20', (r) => r.git('config', 'diff.interHunkContext', '20')],
    ['core.quotepath=false', (r) => r.git('config', 'core.quotepath', 'false')],
    ['core.autocrlf=true', (r) => r.git('config', 'core.autocrlf', 'true')],
    ['diff.suppressBlankEmpty', (r) => r.git('config', 'diff.suppressBlankEmpty', 'true')],
    ['i18n.logOutputEncoding', (r) => r.git('config', 'i18n.logOutputEncoding', 'ISO-8859-1')],
    ['diff.relative', (r) => r.git('config', 'diff.relative', 'true')],
    ['diff.algorithm=histogram', (r) => r.git('config', 'diff.algorithm', 'histogram')],
    ['diff.submodule=log', (r) => r.git('config', 'diff.submodule', 'log')],
    ['diff.orderFile', (r) => { r.write('order.txt', 'win.js\n*\n'); r.git('config', 'diff.orderFile', 'order.txt'); }],
  ];

  it.each(settings)('%s', (_name, configure) => {
    const repo = Repo.create();
    configure(repo);
    stageReference(repo);
    expect(summary(repo.jwtguardJson().report)).toEqual(REFERENCE);
  });

  it('GIT_DIR and GIT_WORK_TREE set, run from elsewhere', () => {
    const repo = Repo.create();
    stageReference(repo);
    const { report } = repo.jwtguardJson([], {
      cwd: scratchDir(),
      env: { GIT_DIR: join(repo.dir, '.git'), GIT_WORK_TREE: repo.dir },
    });
    expect(summary(report)).toEqual(REFERENCE);
  });

  it('a global core.hooksPath runs the hook for every repository', () => {
    const repo = Repo.create();
    const home = scratchDir();
    const hooks = join(home, 'hooks');
    mkdirSync(hooks);
    writeFileSync(join(hooks, 'pre-commit'), '#!/bin/sh\nexec jwtguard staged\n');
    chmodSync(join(hooks, 'pre-commit'), 0o755);
    writeFileSync(join(home, '.gitconfig'), `[core]\n\thooksPath = ${hooks}\n`);
    repo.stage({ 'a.js': LEAK });
    const run = repo.commit(['-m', 'x'], { HOME: home });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('a.js:2');
  });
});

describe('repository states', () => {
  it('the first commit (no HEAD)', () => {
    const repo = Repo.create();
    repo.useProjectHooks();
    repo.stage({ 'a.js': LEAK });
    expect(repo.commit().code).toBe(1);
  });

  it('a merge whose resolved conflict adds a secret', () => {
    const repo = Repo.create();
    repo.stage({ 'conf.js': 'module.exports = { a: 1 };\n' });
    repo.commitQuietly();
    repo.git('checkout', '-q', '-b', 'other');
    repo.stage({ 'conf.js': 'module.exports = { a: 2 };\n' });
    repo.commitQuietly('other');
    repo.git('checkout', '-q', 'main');
    repo.stage({ 'conf.js': 'module.exports = { a: 3 };\n' });
    repo.commitQuietly('main');
    expect(repo.tryGit(['merge', 'other']).code).not.toBe(0);
    repo.useProjectHooks();
    repo.stage({ 'conf.js': `module.exports = { a: 3, jwtSecret: '${SECRET}' };\n` });
    const run = repo.commit(['--no-edit']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('conf.js:1');
  });

  it('commit --amend that adds a secret, and one that does not', () => {
    const repo = Repo.create();
    repo.stage({ 'a.js': CLEAN });
    repo.commitQuietly();
    repo.useProjectHooks();
    expect(repo.commit(['--amend', '-m', 'reworded']).code).toBe(0);
    repo.stage({ 'b.js': LEAK });
    expect(repo.commit(['--amend', '--no-edit']).code).toBe(1);
  });

  it('cherry-pick --no-commit of a commit that adds a secret', () => {
    const repo = Repo.create();
    repo.commitQuietly();
    repo.git('checkout', '-q', '-b', 'leaky');
    repo.stage({ 'a.js': LEAK });
    repo.commitQuietly('leak');
    repo.git('checkout', '-q', 'main');
    repo.git('cherry-pick', '--no-commit', 'leaky');
    expect(repo.jwtguardJson().report.findings.map((f) => f.path)).toEqual(['a.js']);
  });

  it('rebase with an edit stop, amending in a secret', () => {
    const repo = Repo.create();
    repo.stage({ 'a.js': CLEAN });
    repo.commitQuietly('one');
    repo.stage({ 'b.js': CLEAN });
    repo.commitQuietly('two');
    const editor = "sed -i '1s/^pick/edit/'";
    expect(repo.tryGit(['rebase', '-i', 'HEAD~1'], { GIT_SEQUENCE_EDITOR: editor }).code).toBe(0);
    repo.useProjectHooks();
    repo.stage({ 'b.js': LEAK });
    const run = repo.commit(['--amend', '--no-edit']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('b.js:2');
  });

  it('a sparse checkout', () => {
    const repo = Repo.create();
    repo.stage({ 'in/a.js': CLEAN, 'out/b.js': CLEAN });
    repo.commitQuietly();
    repo.git('sparse-checkout', 'set', 'in');
    repo.stage({ 'in/c.js': LEAK });
    expect(repo.jwtguardJson().report.findings.map((f) => f.path)).toEqual(['in/c.js']);
  });

  it('a shallow clone', () => {
    const origin = Repo.create();
    origin.stage({ 'a.js': CLEAN });
    origin.commitQuietly('one');
    origin.stage({ 'b.js': CLEAN });
    origin.commitQuietly('two');
    const dir = join(scratchDir(), 'shallow');
    origin.tryGit(['clone', '-q', '--depth', '1', `file://${origin.dir}`, dir]);
    const clone = new Repo(dir);
    clone.git('config', 'commit.gpgsign', 'false');
    clone.useProjectHooks();
    clone.stage({ 'c.js': LEAK });
    expect(clone.commit().code).toBe(1);
  });

  it('a file mode change only, and a deleted file, add nothing', () => {
    const repo = Repo.create();
    repo.stage({ 'run.sh': `echo ${SECRET}\n`, 'old.js': LEAK });
    repo.commitQuietly();
    chmodSync(join(repo.dir, 'run.sh'), 0o755);
    repo.git('add', 'run.sh');
    repo.git('rm', '-q', 'old.js');
    const { code, report } = repo.jwtguardJson();
    expect(code).toBe(0);
    expect(report.scanned.addedLines).toBe(0);
  });

  it('a file renamed and edited: only the edit is reported, under the new name', () => {
    const repo = Repo.create();
    repo.stage({ 'old/name.js': `${'// line\n'.repeat(20)}${CLEAN}` });
    repo.commitQuietly();
    repo.git('mv', 'old/name.js', 'new-name.js');
    repo.write('new-name.js', `${'// line\n'.repeat(20)}${CLEAN}${LEAK}`);
    repo.git('add', '-A');
    const { report } = repo.jwtguardJson();
    expect(report.findings.map((f) => `${f.path}:${f.line}`)).toEqual(['new-name.js:24']);
  });
});

describe('content', () => {
  it('mixed line endings keep line numbers', () => {
    const repo = Repo.create();
    repo.stage({ 'mixed.js': `a\r\nb\nc\r\n${LEAK.replace('\n', '\r\n')}` });
    expect(repo.jwtguardJson().report.findings.map((f) => f.line)).toEqual([5]);
  });

  it('no final newline', () => {
    const repo = Repo.create();
    repo.stage({ 'a.js': LEAK.trimEnd() });
    expect(repo.jwtguardJson().report.findings.map((f) => f.line)).toEqual([2]);
  });

  it('UTF-8 with a byte order mark', () => {
    const repo = Repo.create();
    repo.stage({ '.env': `\uFEFFJWT_SECRET=${SECRET}\n`, 'a.js': `\uFEFF${LEAK}` });
    expect(repo.jwtguardJson().report.findings.map((f) => f.path).sort()).toEqual(['.env', 'a.js']);
  });

  it('UTF-16 without working-tree-encoding is skipped as binary, and says so', () => {
    const repo = Repo.create();
    const text = `JWT_SECRET=${SECRET}\n`;
    repo.stage({
      'le.env': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
      'be.env': Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]),
    });
    const { code, report } = repo.jwtguardJson();
    expect(code).toBe(0);
    expect(report.skipped.map((s) => s.path).sort()).toEqual(['be.env', 'le.env']);
  });

  it('UTF-16 with working-tree-encoding is stored as UTF-8 and scanned', () => {
    const repo = Repo.create();
    repo.stage({ '.gitattributes': '*.env text working-tree-encoding=UTF-16LE\n' });
    repo.stage({ 'app.env': Buffer.from(`JWT_SECRET=${SECRET}\n`, 'utf16le') });
    expect(repo.jwtguardJson().report.findings.map((f) => f.path)).toEqual(['app.env']);
  });

  it('Latin-1 bytes around a secret', () => {
    const repo = Repo.create();
    repo.stage({ 'latin.js': Buffer.from(`// caf\xe9\nconst t = jwt.sign(p, 'caf\xe9-${SECRET}');\n`, 'latin1') });
    const { report } = repo.jwtguardJson();
    expect(report.findings.map((f) => `${f.path}:${f.line}`)).toEqual(['latin.js:2']);
  });

  it('a NUL byte makes a file binary: skipped and counted', () => {
    const repo = Repo.create();
    repo.stage({ 'nul.js': `${LEAK}\0\n` });
    const { report } = repo.jwtguardJson();
    expect(report.findings).toEqual([]);
    expect(report.skipped).toEqual([{ path: 'nul.js', reason: 'binary' }]);
  });

  it('a 10 MB single line', () => {
    const repo = Repo.create();
    const filler = 'x'.repeat(5 * 1024 * 1024);
    repo.stage({ 'big.js': `var a="${filler}";jwt.sign(p,'${SECRET}');var b="${filler}";\n` });
    const run = repo.jwtguard();
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('big.js:1:');
    expect(run.stdout).not.toContain(SECRET);
  });

  it('20,000 files in one commit', () => {
    const repo = Repo.create();
    for (let i = 0; i < 20_000; i++) repo.write(`many/d${i % 100}/f${i}.js`, i === 12_345 ? LEAK : CLEAN);
    repo.git('add', '-A');
    const { report } = repo.jwtguardJson();
    expect(report.scanned.files).toBe(20_000);
    expect(report.findings.map((f) => f.path)).toEqual(['many/d45/f12345.js']);
  });

  it('.gitattributes -diff or binary does not hide a text file from the scan', () => {
    const repo = Repo.create();
    repo.stage({ '.gitattributes': 'secrets.env -diff\nlocked.js binary\n' });
    repo.stage({ 'secrets.env': `JWT_SECRET=${SECRET}\n`, 'locked.js': LEAK, 'real.bin': Buffer.from([0, 1, 2, 0]) });
    const { report } = repo.jwtguardJson();
    expect(report.findings.map((f) => f.path).sort()).toEqual(['locked.js', 'secrets.env']);
    expect(report.skipped).toEqual([{ path: 'real.bin', reason: 'binary' }]);
  });
});

const REAL_GIT = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();

/** A folder with a `git` script in front of the real one, to be put first on PATH. */
function fakeGit(script: string): string {
  const dir = scratchDir();
  writeFileSync(join(dir, 'git'), `#!/bin/sh\nREAL_GIT='${REAL_GIT}'\n${script}\n`);
  chmodSync(join(dir, 'git'), 0o755);
  return `${dir}:${testEnv().PATH}`;
}

describe('history scans read what .gitattributes hides too', () => {
  it('scan --range finds a key in a text file marked -diff, and still skips real binaries', () => {
    const repo = Repo.create();
    repo.stage({ 'README.md': '# app\n' });
    repo.commitQuietly('base');
    repo.stage({ '.gitattributes': 'secrets.env -diff\nlocked.js binary\n' });
    repo.stage({ 'secrets.env': `JWT_SECRET=${SECRET}\n`, 'locked.js': LEAK, 'real.bin': Buffer.from([0, 1, 2, 0]) });
    repo.commitQuietly('hidden');
    const run = repo.jwtguard(['scan', '--range', 'HEAD~1..HEAD', '--format', 'json']);
    expect(run.code, run.stderr).toBe(1);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.findings.map((f) => f.path).sort()).toEqual(['locked.js', 'secrets.env']);
    expect(report.skipped).toEqual([{ path: 'real.bin', reason: 'binary' }]);
    expectNoSecret([run], [SECRET]);
  });
});

describe('environment', () => {
  it('not a git repository', () => {
    const dir = scratchDir();
    const run = new Repo(dir).jwtguard([], { env: { GIT_CEILING_DIRECTORIES: join(dir, '..') } });
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe('jwtguard: not a git repository: run jwtguard inside a git work tree (or `git init` first)');
  });

  it('post-commit by hand in a repository without commits, and outside one', () => {
    const empty = Repo.create().jwtguard(['post-commit']);
    expect(empty.code).toBe(2);
    expect(empty.stderr.trim()).toBe('jwtguard: this repository has no commit yet: post-commit checks the commit just made, so run it after `git commit` (the post-commit hook does)');
    const dir = scratchDir();
    const outside = new Repo(dir).jwtguard(['post-commit'], { env: { GIT_CEILING_DIRECTORIES: join(dir, '..') } });
    expect(outside.code).toBe(2);
    expect(outside.stderr.trim()).toBe('jwtguard: not a git repository: run jwtguard inside a git work tree (or `git init` first)');
  });

  it('git not on PATH', () => {
    const run = Repo.create().jwtguard([], { env: { PATH: scratchDir() } });
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe('jwtguard: git was not found on PATH: install git, or put it on PATH, and try again');
  });

  it('a git older than the minimum (2.25) is named', () => {
    const path = fakeGit(`for a in "$@"; do [ "$a" = version ] && { echo 'git version 2.17.1'; exit 0; }; done\necho "error: unknown option \\\`no-optional-locks'" >&2\nexit 129`);
    const run = Repo.create().jwtguard([], { env: { PATH: path } });
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe('jwtguard: git 2.17.1 is older than 2.25.0, the oldest jwtguard supports: upgrade git');
  });

  it('no HOME', () => {
    const repo = Repo.create();
    repo.stage({ 'a.js': LEAK });
    const run = repo.jwtguard([], { env: { HOME: undefined, XDG_CONFIG_HOME: undefined } });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('a.js:2');
  });
});

describe('security', () => {
  /** Every labeled true case of every rule, staged at once: long secrets only, so that a match is a leak. */
  function stageEveryTrueCase(repo: Repo): string[] {
    const secrets: string[] = [];
    let n = 0;
    for (const { truePositives } of RULE_CASES) {
      for (const c of truePositives) {
        const name = c.path.replace(/(\.[^./]+)?$/, (ext) => `-${n++}${ext}`);
        repo.write(name, `${c.code}\n`);
        if (c.secret && c.secret.length >= 12) secrets.push(c.secret);
      }
    }
    repo.git('add', '-A');
    return secrets;
  }

  it('no found secret appears in full in any output format', () => {
    const repo = Repo.create();
    const secrets = stageEveryTrueCase(repo);
    expect(secrets.length).toBeGreaterThan(20);
    const outputs = ['human', 'json', 'sarif'].map((format) => repo.jwtguard(['--format', format]));
    for (const run of outputs) expect(run.code, run.stderr).toBe(1);
    expectNoSecret(outputs, secrets);
  });

  it('file names are arguments, never shell words', () => {
    const repo = Repo.create();
    repo.stage({ '$(touch PWNED).js': LEAK, '`touch PWNED2`.js': LEAK, 'a;touch PWNED3;.js': LEAK, '-rf.js': LEAK });
    const { report } = repo.jwtguardJson();
    expect(report.findings).toHaveLength(4);
    expect(readdirSync(repo.dir).filter((name) => name.startsWith('PWNED'))).toEqual([]);
  });

  /** Modules allowed to start processes, none through a shell: git, and the package manager `init` runs. */
  const STARTS_PROCESSES = ['src/git/git.ts', 'src/init/packageManager.ts'];

  it('no source file starts a shell, and only git and init start child processes', () => {
    const sources = execFileSync('git', ['ls-files', 'src'], { encoding: 'utf8' }).trim().split('\n').filter((f) => f.endsWith('.ts'));
    const offenders = sources.filter((file) => {
      const text = readFileSync(file, 'utf8');
      return /shell:\s*true/.test(text) || (/from ['"](?:node:)?child_process['"]/.test(text) && !STARTS_PROCESSES.includes(file));
    });
    expect(offenders).toEqual([]);
  });

  it('never opens a network connection', () => {
    const repo = Repo.create();
    repo.stage({ 'a.js': LEAK, '.env': `JWT_SECRET=${SECRET}\n` });
    const log = join(scratchDir(), 'network.log');
    const trap = join(scratchDir(), 'trap.cjs');
    writeFileSync(trap, `
      const fs = require('node:fs');
      const note = (what) => { fs.appendFileSync(${JSON.stringify(log)}, what + '\\n'); throw new Error('network used: ' + what); };
      const net = require('node:net');
      net.Socket.prototype.connect = function () { note('net.connect'); };
      const dns = require('node:dns');
      dns.lookup = () => note('dns.lookup');
      dns.resolve = () => note('dns.resolve');
      globalThis.fetch = () => note('fetch');
    `);
    const run = repo.jwtguard([], { env: { NODE_OPTIONS: `--require ${trap}` } });
    expect(run.code).toBe(1);
    expect(existsSync(log)).toBe(false);
  });

  it('a repository config file is data: a .js config is never run', () => {
    const repo = Repo.create();
    const marker = join(repo.dir, 'RAN');
    for (const name of ['.jwtguardrc.js', 'jwtguard.config.js', '.jwtguardrc.cjs', 'jwtguard.config.mjs']) {
      repo.write(name, `require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'x');\n`);
    }
    repo.stage({ 'a.js': CLEAN });
    repo.jwtguard();
    expect(existsSync(marker)).toBe(false);
  });
});

describe('failure is closed', () => {
  it('git failing mid-stream blocks with the cause, never "clean"', () => {
    const repo = Repo.create();
    repo.stage({ 'a.js': CLEAN.repeat(200), 'b.js': LEAK });
    const path = fakeGit('for a in "$@"; do [ "$a" = diff ] && { "$REAL_GIT" "$@" | head -c 2000; echo "fatal: unable to read tree" >&2; exit 128; }; done\nexec "$REAL_GIT" "$@"');
    const run = repo.jwtguard([], { env: { PATH: path } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unable to read tree');
    expect(run.stdout).not.toContain('no hardcoded');
  });

  it('git killed mid-stream blocks', () => {
    const repo = Repo.create();
    repo.stage({ 'a.js': CLEAN.repeat(200) });
    const path = fakeGit('for a in "$@"; do [ "$a" = diff ] && { "$REAL_GIT" "$@" | head -c 2000; kill -9 $$; }; done\nexec "$REAL_GIT" "$@"');
    const run = repo.jwtguard([], { env: { PATH: path } });
    expect(run.code).toBe(2);
    expect(run.stdout).not.toContain('no hardcoded');
  });

  it('output cut short with a zero exit is an internal error, not a clean scan', () => {
    const repo = Repo.create();
    repo.stage({ 'a.js': CLEAN.repeat(200), 'b.js': LEAK });
    const path = fakeGit('for a in "$@"; do [ "$a" = diff ] && { "$REAL_GIT" "$@" | head -c 2000; exit 0; }; done\nexec "$REAL_GIT" "$@"');
    const run = repo.jwtguard([], { env: { PATH: path } });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^jwtguard: internal error: the diff ended/);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});
