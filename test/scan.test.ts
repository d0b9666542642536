// `jwtguard scan [paths…]` reads whole files of the work tree; `jwtguard rules` lists the rules;
// every command answers --help.
import { describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../src/detect/rules/index.js';
import { DiffScan } from '../src/scan/scanStaged.js';
import { detectInText } from './helpers/detect.js';
import { expectNoSecret, PROJECT_ROOT, Repo, scratchDir } from './helpers/repo.js';
import { ruleExamplesSource } from './helpers/ruleExamples.js';

const EXAMPLES_PATH = join(PROJECT_ROOT, 'src/commands/ruleExamples.ts');
if (process.env.UPDATE_GOLDEN) writeFileSync(EXAMPLES_PATH, ruleExamplesSource());

const LITERAL = "const jwt = require('jsonwebtoken');\nconst token = jwt.sign(payload, 'shhhhh-4f9a1c');\n";
const SECRET = 'shhhhh-4f9a1c';

function paths(repo: Repo, args: string[], cwd?: string): string[] {
  const { report } = repo.jwtguardJson(['scan', ...args], cwd ? { cwd } : {});
  return report.findings.map((f) => f.path).sort();
}

describe('jwtguard scan', () => {
  it('recurses into folders, reads tracked and untracked files, and honours .gitignore', () => {
    const repo = Repo.create();
    repo.stage({ 'src/a.js': LITERAL, '.gitignore': 'ignored/\n*.local.js\n' });
    repo.commitQuietly();
    repo.write('src/nested/deep/b.py', "JWT_SECRET = 'py-secret-value-1'\n");
    repo.write('ignored/c.js', LITERAL);
    repo.write('src/d.local.js', LITERAL);
    repo.write('.git/info/exclude', 'src/excluded-by-info.js\n');
    repo.write('src/excluded-by-info.js', LITERAL);
    expect(paths(repo, [])).toEqual(['src/a.js', 'src/nested/deep/b.py']);
    expect(paths(repo, ['src/nested'])).toEqual(['src/nested/deep/b.py']);
    expect(paths(repo, ['src/a.js', 'ignored'])).toEqual(['src/a.js']);
    const run = repo.jwtguard(['scan']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('jwtguard: 2 hardcoded secrets in the work tree');
    expect(run.stdout).toContain('(5 lines in 3 files scanned)'); // a.js, b.py and .gitignore
    expectNoSecret([run], [SECRET, 'py-secret-value-1']);
  });

  it('reads the work tree as it is on disk, not the index', () => {
    const repo = Repo.create();
    repo.stage({ 'a.js': 'const x = 1;\n' });
    repo.write('a.js', LITERAL);
    expect(paths(repo, [])).toEqual(['a.js']);
  });

  it('takes paths relative to the current folder and reports them from the top level', () => {
    const repo = Repo.create();
    repo.stage({ 'pkg/src/a.js': LITERAL, 'other/b.js': LITERAL });
    expect(paths(repo, ['.'], join(repo.dir, 'pkg'))).toEqual(['pkg/src/a.js']);
    expect(paths(repo, ['../other/b.js'], join(repo.dir, 'pkg'))).toEqual(['other/b.js']);
    expect(paths(repo, [], join(repo.dir, 'pkg'))).toEqual(['other/b.js', 'pkg/src/a.js']);
  });

  it('takes names literally: a * or : in a path is not pathspec magic', () => {
    const repo = Repo.create();
    for (const name of ['a*.js', 'ab.js', ':x.js']) repo.write(name, LITERAL);
    expect(paths(repo, ['a*.js'])).toEqual(['a*.js']);
    expect(paths(repo, [':x.js'])).toEqual([':x.js']);
  });

  it('skips binary files, symlinks and submodules, and says so', () => {
    const sub = Repo.create();
    sub.stage({ 'x.js': LITERAL });
    sub.commitQuietly();
    const repo = Repo.create();
    repo.git('-c', 'protocol.file.allow=always', 'submodule', '-q', 'add', sub.dir, 'vendor/sub');
    repo.stage({ 'logo.png': Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0]), Buffer.from(LITERAL)]), 'a.js': 'const x = 1;\n' });
    symlinkSync('a.js', join(repo.dir, 'link.js'));
    repo.git('add', 'link.js');
    const { code, report } = repo.jwtguardJson(['scan']);
    expect(code).toBe(0);
    expect(report.skipped).toEqual(
      expect.arrayContaining([
        { path: 'logo.png', reason: 'binary' },
        { path: 'link.js', reason: 'symlink' },
        { path: 'vendor/sub', reason: 'submodule' },
      ]),
    );
    expect(repo.jwtguard(['scan']).stdout).toContain('skipped (no text to scan): 1 symlink, 1 binary, 1 submodule: link.js, logo.png, vendor/sub');
  });

  it('streams a large file and gives the right line in a CRLF file', () => {
    const repo = Repo.create();
    const filler = 'const filler = "some ordinary text that is not a secret at all";\n'.repeat(60_000);
    repo.write('big.js', `${filler}${LITERAL}`);
    repo.write('win.js', LITERAL.replace(/\n/g, '\r\n'));
    const { report } = repo.jwtguardJson(['scan']);
    expect(report.findings.map((f) => `${f.path}:${f.line}:${f.column}`).sort()).toEqual(['big.js:60002:34', 'win.js:2:34']);
    expect(report.scanned).toEqual({ files: 2, addedLines: 60_004, excludedFiles: 0 });
  });

  it('leaves lockfiles and minified bundles out by default', () => {
    const repo = Repo.create();
    repo.stage({ 'package-lock.json': '{ "jwtSecret": "lock-file-value-1" }\n', 'public/app.min.js': LITERAL, 'a.js': 'x\n' });
    const { code, report } = repo.jwtguardJson(['scan']);
    expect(code).toBe(0);
    expect(report.scanned.excludedFiles).toBe(2);
  });

  it('a path that does not exist, and a folder outside any repository, are exit-2 errors', () => {
    const repo = Repo.create();
    const missing = repo.jwtguard(['scan', 'nope']);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim()).toBe('jwtguard: no such file or folder: nope');
    const dir = scratchDir();
    mkdirSync(join(dir, 'x'));
    const outside = new Repo(join(dir, 'x')).jwtguard(['scan'], { env: { GIT_CEILING_DIRECTORIES: dir } });
    expect(outside.code).toBe(2);
    expect(outside.stderr.trim()).toBe('jwtguard: not a git repository: run jwtguard inside a git work tree (or `git init` first)');
  });
});

describe('jwtguard rules', () => {
  it('lists every rule with its id, severity, description and example', () => {
    const run = Repo.create().jwtguard(['rules']);
    expect(run.code).toBe(0);
    for (const rule of RULES) {
      expect(run.stdout).toContain(`${rule.id}  ${rule.severity}\n  ${rule.description}\n  example (`);
    }
  });

  it("takes each example from the rule's first labeled true case (UPDATE_GOLDEN=1 rewrites src/commands/ruleExamples.ts)", () => {
    expect(readFileSync(EXAMPLES_PATH, 'utf8')).toBe(ruleExamplesSource());
  });

  it.each(RULES.map((rule) => [rule.id, rule] as const))('%s flags its example', async (id, rule) => {
    const { RULE_EXAMPLES } = await import('../src/commands/ruleExamples.js');
    const example = RULE_EXAMPLES[id]!;
    if (!rule.stage) {
      expect(detectInText(example.path, example.code).map((f) => f.rule), `${id} does not flag its example`).toContain(id);
      return;
    }
    // A rule of the stages after the line rules: the whole pipeline, over one file or two.
    const scan = new DiffScan();
    for (const path of [example.path, ...(example.alsoIn ? [example.alsoIn] : [])]) {
      scan.sink.fileStart({ path, status: 'A', blob: '' });
      example.code.split('\n').forEach((text, i) => scan.sink.line({ kind: 'add', text, lineNumber: i + 1 }));
      scan.sink.fileEnd();
    }
    const result = scan.result();
    const rules = [...result.findings, ...(result.warnings ?? []), ...result.allowed].map((f) => f.rule);
    expect(rules, `${id} does not flag its example`).toContain(id);
  });
});

describe('--help for every command', () => {
  it.each(['staged', 'scan', 'baseline', 'rules'])('%s', (command) => {
    const repo = Repo.create();
    for (const args of [[command, '--help'], [command, '-h'], ['help', command]]) {
      const run = repo.jwtguard(args);
      expect(run.code, args.join(' ')).toBe(0);
      expect(run.stdout).toMatch(new RegExp(`^Usage: jwtguard ${command}`));
    }
    expect(repo.jwtguard(['--help']).stdout).toContain(`  ${command}`);
  });
});
