// Range scans: one streaming `git log -p` split by commit, each finding naming its commit.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { LogStreamSplitter } from '../src/diff/splitLog.js';
import { HISTORY_LOG_ARGS, STAGED_DIFF_ARGS } from '../src/git/git.js';
import { expectNoSecret, Repo, testEnv } from './helpers/repo.js';

const SECRET_A = 'range-secret-a-7Qx';
const SECRET_B = 'range-secret-b-9Lm';
const signWith = (secret: string) => `const jwt = require('jsonwebtoken');\nexport const t = jwt.sign(payload, '${secret}');\n`;
const CLEAN = "export const t = jwt.sign(payload, process.env.JWT_SECRET);\n";

function head(repo: Repo): string {
  return repo.git('rev-parse', 'HEAD').trim();
}

/** A history: root (clean), A adds a secret, B clean, C adds another. Returns the ids. */
function history(): { repo: Repo; root: string; a: string; b: string; c: string } {
  const repo = Repo.create();
  repo.stage({ 'README.md': '# demo\n' });
  repo.commitQuietly('root');
  const root = head(repo);
  repo.stage({ 'src/a.js': signWith(SECRET_A) });
  repo.commitQuietly('a');
  const a = head(repo);
  repo.stage({ 'src/clean.js': CLEAN });
  repo.commitQuietly('b');
  const b = head(repo);
  repo.stage({ 'src/c.py': `import jwt\ntoken = jwt.encode(payload, "${SECRET_B}", algorithm="HS256")\n` });
  repo.commitQuietly('c');
  return { repo, root, a, b, c: head(repo) };
}

describe('jwtguard scan --range', () => {
  it('reports each finding with the commit that added it, and exits 1', () => {
    const { repo, root, a, c } = history();
    const { code, report } = repo.jwtguardJson(['scan', '--range', `${root}..HEAD`]);
    expect(code).toBe(1);
    expect(report.findings.map((f) => [f.path, f.line, f.commit])).toEqual([
      ['src/a.js', 2, a],
      ['src/c.py', 2, c],
    ]);
    const human = repo.jwtguard(['scan', '--range', `${root}..HEAD`]);
    expect(human.stdout).toContain(`(commit ${a.slice(0, 12)})`);
    expect(human.stdout).toContain('3 commits of');
    expectNoSecret([human, JSON.stringify(report)], [SECRET_A, SECRET_B]);
  });

  it('reads the root commit, and nothing outside the range', () => {
    const { repo, a, b } = history();
    expect(repo.jwtguardJson(['scan', '--range', 'HEAD']).report.findings).toHaveLength(2);
    const { code, report } = repo.jwtguardJson(['scan', '--range', `${a}..${b}`]);
    expect(code).toBe(0);
    expect(report.findings).toEqual([]);
    expect(report.scanned.addedLines).toBe(1);
  });

  it('reports a secret added twice once, at the oldest commit', () => {
    const repo = Repo.create();
    repo.stage({ 'a.js': CLEAN });
    repo.commitQuietly('root');
    const base = head(repo);
    repo.stage({ 'a.js': signWith(SECRET_A) });
    repo.commitQuietly('add');
    const first = head(repo);
    repo.stage({ 'a.js': CLEAN });
    repo.commitQuietly('remove');
    repo.stage({ 'a.js': `// again\n${signWith(SECRET_A)}` });
    repo.commitQuietly('add again');
    const { report } = repo.jwtguardJson(['scan', '--range', `${base}..HEAD`]);
    expect(report.findings).toEqual([expect.objectContaining({ path: 'a.js', commit: first })]);
  });

  it('reads commits on merged side branches, not the merge itself', () => {
    const repo = Repo.create();
    repo.stage({ 'a.js': CLEAN });
    repo.commitQuietly('root');
    const base = head(repo);
    repo.git('checkout', '-q', '-b', 'side');
    repo.stage({ 'side.js': signWith(SECRET_A) });
    repo.commitQuietly('side');
    const side = head(repo);
    repo.git('checkout', '-q', 'main');
    repo.stage({ 'main.js': CLEAN });
    repo.commitQuietly('main');
    repo.git('merge', '-q', '--no-ff', '--no-edit', 'side');
    const { report } = repo.jwtguardJson(['scan', '--range', `${base}..HEAD`]);
    expect(report.findings).toEqual([expect.objectContaining({ path: 'side.js', commit: side })]);
  });

  it('lets a commit with a Jwtguard-Override trailer through, listing its findings as allowed', () => {
    const repo = Repo.create();
    repo.stage({ 'a.js': CLEAN });
    repo.commitQuietly('root');
    repo.stage({ 'fixture.js': signWith(SECRET_A) });
    repo.git('commit', '-q', '--no-verify', '-m', 'fixture', '-m', 'Jwtguard-Override: test fixture, signs nothing');
    const { code, report } = repo.jwtguardJson(['scan', '--range', 'HEAD~1..HEAD']);
    expect(code).toBe(0);
    expect(report.findings).toEqual([
      expect.objectContaining({ path: 'fixture.js', blocking: false, allowedBy: { kind: 'override', reason: 'test fixture, signs nothing' } }),
    ]);
    // --audit ignores every suppression, overrides too.
    expect(repo.jwtguardJson(['scan', '--range', 'HEAD~1..HEAD', '--audit']).code).toBe(1);
  });

  it('handles renames, paths with newlines and a line that starts with the commit marker', () => {
    const repo = Repo.create();
    repo.stage({ 'old.js': `${signWith(SECRET_A)}// padding so that the rename is detected\n// more\n// more\n` });
    repo.commitQuietly('root');
    const base = head(repo);
    repo.git('mv', 'old.js', 'moved.js');
    repo.stage({ 'we\nird\u0001.js': signWith(SECRET_B), 'marker.txt': '\u0001jwtguard looks like a header\n\u0001\n' });
    repo.commitQuietly('rename and odd names');
    const { report } = repo.jwtguardJson(['scan', '--range', `${base}..HEAD`]);
    expect(report.findings.map((f) => f.path)).toEqual(['we\nird\u0001.js']);
    expect(report.scanned.addedLines).toBe(4);
  });

  it('refuses a range that is an option or does not exist, with exit 2', () => {
    const { repo } = history();
    const option = repo.jwtguard(['scan', '--range', '--output=x']);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain('is not a range');
    const missing = repo.jwtguard(['scan', '--range', 'nope..HEAD']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/bad revision|unknown revision/);
  });

  it('takes --format sarif and --output like every scanning command', () => {
    const { repo, root } = history();
    const run = repo.jwtguard(['scan', '--range', `${root}..HEAD`, '--format', 'sarif', '--output', 'out.sarif']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('wrote the sarif report to out.sarif');
  });
});

describe('the history splitter', () => {
  it('pins the same diff format as the staged scan', () => {
    for (const flag of STAGED_DIFF_ARGS.filter((arg) => arg !== 'diff' && arg !== '--cached')) {
      expect(HISTORY_LOG_ARGS).toContain(flag);
    }
    expect(HISTORY_LOG_ARGS).toEqual(expect.arrayContaining(['--no-merges', '--no-show-signature', '--no-notes']));
  });

  it('finds the same commits and bytes whatever the chunk boundaries', () => {
    const { repo } = history();
    repo.stage({ 'empty-diff-neighbour.js': '\n' });
    repo.commitQuietly('tiny');
    const output = execFileSync('git', [...HISTORY_LOG_ARGS, 'HEAD', '--'], { cwd: repo.dir, env: testEnv() });
    const split = (chunkSize: number) => {
      const commits: Array<{ header: string; bytes: number }> = [];
      const splitter = new LogStreamSplitter({
        commitStart: (header) => commits.push({ header, bytes: 0 }),
        diff: (chunk) => (commits[commits.length - 1]!.bytes += chunk.length),
        commitEnd: () => undefined,
      });
      for (let i = 0; i < output.length; i += chunkSize) splitter.write(output.subarray(i, i + chunkSize));
      splitter.end();
      return commits;
    };
    const whole = split(output.length);
    expect(whole).toHaveLength(5);
    for (const size of [1, 2, 3, 7, 64]) expect(split(size)).toEqual(whole);
  });
});
