// Bypass detection, the sanctioned override, pre-push, pre-receive and audit: real commits and pushes
// through the hook scripts `jwtguard init --hooks-path` installs, in temp repositories.
import { describe, expect, it } from 'vitest';
import { chmodSync, copyFileSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, expectNoSecret, HOOKS_DIR, Repo, scratchDir, testEnv } from './helpers/repo.js';
import { HOOKS } from '../src/init/hookFiles.js';
import { execFileSync, spawnSync } from 'node:child_process';

const SECRET = 'bypass-secret-4f9a1c';
const LEAK = `const jwt = require('jsonwebtoken');\nexport const token = jwt.sign(payload, '${SECRET}');\n`;
const CLEAN = 'export const token = jwt.sign(payload, process.env.JWT_SECRET);\n';

interface AuditLine {
  event: string;
  commit: string;
  tree: string;
  author: string;
  branch: string;
  reason?: string;
  findings: Array<{ rule: string; path: string; line: number; fingerprint: string }>;
}

/** A repository with jwtguard's hooks installed by `init --hooks-path` and one clean commit. */
function protectedRepo(): Repo {
  const repo = Repo.create();
  const init = repo.jwtguard(['init', '--hooks-path']);
  expect(init.code, init.stderr).toBe(0);
  repo.git('add', '.githooks');
  repo.stage({ 'src/app.js': CLEAN });
  expect(repo.commit(['-m', 'clean']).code).toBe(0);
  return repo;
}

function auditLog(repo: Repo): AuditLine[] {
  const path = join(repo.dir, '.git/common/jwtguard/audit.jsonl');
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as AuditLine);
}

function head(repo: Repo): string {
  return repo.git('rev-parse', 'HEAD').trim();
}

function note(repo: Repo, commit = 'HEAD'): string {
  return repo.tryGit(['notes', '--ref=refs/notes/jwtguard', 'show', commit]).stdout;
}

describe('bypass detection (post-commit)', () => {
  it('stamps a scanned commit and records nothing for it', () => {
    const repo = protectedRepo();
    const tree = repo.git('rev-parse', 'HEAD^{tree}').trim();
    expect(readdirSync(join(repo.dir, '.git/common/jwtguard/stamps'))).toContain(tree);
    expect(auditLog(repo)).toEqual([]);
    expect(note(repo)).toBe('');
  });

  it('warns loudly about a --no-verify commit with a secret, appends an audit record and attaches a note', () => {
    const repo = protectedRepo();
    repo.stage({ 'src/auth.js': LEAK });
    const run = repo.commit(['--no-verify', '-m', 'skip the hook']);
    expect(run.code).toBe(0); // the commit is made: post-commit cannot undo it
    const commit = head(repo);
    expect(run.stderr).toContain(`WARNING ⚠ commit ${commit.slice(0, 12)} was made without the jwtguard pre-commit scan`);
    expect(run.stderr).toContain('src/auth.js:2:');
    expect(run.stderr).toContain('recorded in .git/common/jwtguard/audit.jsonl');
    const [record] = auditLog(repo);
    expect(record).toMatchObject({ event: 'bypass', commit, branch: 'main', author: 'Test <test@example.com>' });
    expect(record!.findings).toEqual([{ rule: 'jwt-call-literal', path: 'src/auth.js', line: 2, fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/) }]);
    const text = note(repo);
    expect(text).toContain('jwtguard: bypass: committed without the jwtguard pre-commit scan');
    expect(text).toContain(`jwt-call-literal src/auth.js:2 fingerprint ${record!.findings[0]!.fingerprint}`);
    expectNoSecret([run, readFileSync(join(repo.dir, '.git/common/jwtguard/audit.jsonl'), 'utf8'), text], [SECRET]);
  });

  it('records a clean --no-verify commit too, quietly', () => {
    const repo = protectedRepo();
    repo.stage({ 'b.js': CLEAN.replace('token', 'other') });
    const run = repo.commit(['--no-verify', '-m', 'clean bypass']);
    expect(run.stderr).toContain('scanned now: nothing blocks');
    expect(auditLog(repo)).toEqual([expect.objectContaining({ event: 'bypass', findings: [] })]);
  });

  it('records nothing for a cherry-pick of clean commits (git runs no pre-commit there)', () => {
    const repo = protectedRepo();
    repo.git('checkout', '-q', '-b', 'side');
    repo.stage({ 'side.js': CLEAN });
    expect(repo.commit(['-m', 'side']).code).toBe(0);
    repo.git('checkout', '-q', 'main');
    const pick = repo.tryGit(['cherry-pick', 'side']);
    expect(pick.code, pick.stderr).toBe(0);
    expect(auditLog(repo)).toEqual([]);
  });

  it('stamps the temporary index of `git commit -a` and works in a linked worktree', () => {
    const repo = protectedRepo();
    repo.write('src/app.js', `${CLEAN}// more\n`);
    const all = repo.commit(['-a', '-m', 'all']);
    expect(all.code, all.stderr).toBe(0);
    const worktree = join(scratchDir(), 'wt');
    repo.git('worktree', 'add', '-q', '-b', 'wt', worktree);
    const other = new Repo(worktree);
    other.stage({ 'wt.js': CLEAN });
    expect(other.commit(['-m', 'in the worktree']).code).toBe(0);
    other.stage({ 'wt2.js': LEAK });
    const bypass = other.commit(['--no-verify', '-m', 'bypass in the worktree']);
    expect(bypass.stderr).toContain('WARNING');
    // One audit log for the repository, whichever worktree wrote it.
    expect(auditLog(repo)).toEqual([expect.objectContaining({ event: 'bypass', branch: 'wt' })]);
  });

  it('only warns when its records cannot be written: the scan verdict stands', () => {
    const repo = protectedRepo();
    // A file where the stamps folder should be fails every write, even for root (chmod would not).
    const stamps = join(repo.dir, '.git/common/jwtguard/stamps');
    rmSync(stamps, { recursive: true });
    writeFileSync(stamps, 'not a folder');
    repo.stage({ 'c.js': CLEAN.replace('token', 'third') });
    const run = repo.jwtguard(['staged']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('could not record this scan');
    repo.stage({ 'd.js': LEAK });
    expect(repo.jwtguard(['staged']).code).toBe(1);
  });
});

/**
 * A `jwtguard` first on PATH that notes each command it is asked to run, then runs the real one:
 * which hooks started Node, and for what.
 */
function loggingJwtguard(): { env: NodeJS.ProcessEnv; calls: () => string[] } {
  const dir = scratchDir();
  const log = join(dir, 'calls');
  writeFileSync(log, '');
  writeFileSync(join(dir, 'jwtguard'), `#!/bin/sh\necho "$1" >> "${log}"\nexec "${process.execPath}" "${CLI}" "$@"\n`);
  chmodSync(join(dir, 'jwtguard'), 0o755);
  return {
    env: { PATH: `${dir}:${testEnv().PATH ?? ''}` },
    calls: () => readFileSync(log, 'utf8').split('\n').filter(Boolean),
  };
}

describe('which commits start Node in post-commit', () => {
  it('the hook script: none for a commit the scan stamped; one for --no-verify and for an override', () => {
    const repo = protectedRepo();
    const jwtguard = loggingJwtguard();
    repo.stage({ 'src/more.js': CLEAN.replace('token', 'more') });
    expect(repo.commit(['-m', 'clean'], jwtguard.env).code).toBe(0);
    expect(jwtguard.calls()).toEqual(['staged']);

    repo.stage({ 'src/auth.js': LEAK });
    const bypass = repo.commit(['--no-verify', '-m', 'skip'], jwtguard.env);
    expect(bypass.stderr).toContain('WARNING');
    expect(jwtguard.calls()).toEqual(['staged', 'post-commit']);

    repo.stage({ 'seed/fixture.js': LEAK.replace('token', 'fixture') });
    const override = repo.commit(['-m', 'fixture'], { ...jwtguard.env, JWTGUARD_OVERRIDE: 'fixture only' });
    expect(override.code, override.stderr).toBe(0);
    expect(jwtguard.calls()).toEqual(['staged', 'post-commit', 'staged', 'commit-msg', 'post-commit']);
    expect(auditLog(repo).map((record) => record.event)).toEqual(['bypass', 'override']);
    const stamps = readdirSync(join(repo.dir, '.git/common/jwtguard/stamps'));
    expect(stamps).toContain(`${repo.git('rev-parse', 'HEAD^{tree}').trim()}.override`);
    expect(stamps).not.toContain(repo.git('rev-parse', 'HEAD^{tree}').trim());
  });

  it('the hook script and the husky line test for the stamp the same way', () => {
    const line = HOOKS.find((hook) => hook.name === 'post-commit')!.huskyLine;
    const stampTest = line.slice(0, line.indexOf(' || '));
    expect(stampTest).toMatch(/^\[ -f .+ \]$/);
    expect(readFileSync(join(HOOKS_DIR, 'post-commit'), 'utf8')).toContain(`${stampTest} && exit 0\n`);
  });

  it("init's husky line does the same under sh -e, as husky runs it", () => {
    const line = HOOKS.find((hook) => hook.name === 'post-commit')!.huskyLine;
    const repo = protectedRepo();
    const jwtguard = loggingJwtguard();
    const runLine = () => spawnSync('sh', ['-e', '-c', line], { cwd: repo.dir, env: testEnv(jwtguard.env), encoding: 'utf8' });
    expect(runLine().status).toBe(0); // HEAD was stamped by its pre-commit
    expect(jwtguard.calls()).toEqual([]);
    repo.stage({ 'src/auth.js': LEAK });
    repo.commitQuietly('a bypass, hooks off');
    const unscanned = runLine();
    expect(unscanned.status).toBe(0);
    expect(unscanned.stderr).toContain('WARNING');
    expect(jwtguard.calls()).toEqual(['post-commit']);
  });
});

describe('JWTGUARD_OVERRIDE', () => {
  it('lets a blocked commit through, records the reason and adds the trailer', () => {
    const repo = protectedRepo();
    repo.stage({ 'seed/fixture.js': LEAK });
    const run = repo.commit(['-m', 'add a fixture'], { JWTGUARD_OVERRIDE: 'test fixture, signs nothing real' });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('JWTGUARD_OVERRIDE lets 1 finding through: "test fixture, signs nothing real"');
    expect(repo.git('log', '-1', '--format=%B')).toContain('Jwtguard-Override: test fixture, signs nothing real');
    expect(auditLog(repo)).toEqual([
      expect.objectContaining({ event: 'override', commit: head(repo), reason: 'test fixture, signs nothing real', findings: [expect.objectContaining({ path: 'seed/fixture.js' })] }),
    ]);
    expect(note(repo)).toContain('jwtguard: override: test fixture, signs nothing real');
    expectNoSecret([run], [SECRET]);
  });

  it('refuses an override with an empty reason, with a message', () => {
    const repo = protectedRepo();
    repo.stage({ 'seed/fixture.js': LEAK });
    const before = head(repo);
    for (const blank of ['', '   ']) {
      const run = repo.commit(['-m', 'no reason'], { JWTGUARD_OVERRIDE: blank });
      expect(run.code).not.toBe(0);
      expect(run.stderr).toContain('JWTGUARD_OVERRIDE is set but gives no reason');
    }
    expect(head(repo)).toBe(before);
    expect(auditLog(repo)).toEqual([]);
  });

  it('the commit-msg hook starts jwtguard only when JWTGUARD_OVERRIDE is set', () => {
    // Without jwtguard installed, the hook can only tell that it tried to run it.
    const dir = scratchDir();
    writeFileSync(join(dir, 'MSG'), 'message\n');
    const hook = (env: NodeJS.ProcessEnv) =>
      spawnSync('sh', [join(HOOKS_DIR, 'commit-msg'), 'MSG'], { cwd: dir, env: { ...testEnv(), PATH: '/usr/bin:/bin', ...env }, encoding: 'utf8' });
    const unset = hook({});
    expect(unset.status).toBe(0);
    expect(unset.stderr).toBe('');
    const set = hook({ JWTGUARD_OVERRIDE: 'a reason' });
    expect(set.status).toBe(1);
    expect(set.stderr).toContain('jwtguard: not installed');
  });

  it('adds no trailer when nothing needed overriding', () => {
    const repo = protectedRepo();
    repo.stage({ 'd.js': CLEAN.replace('token', 'fourth') });
    expect(repo.commit(['-m', 'clean'], { JWTGUARD_OVERRIDE: 'just in case' }).code).toBe(0);
    expect(repo.git('log', '-1', '--format=%B')).not.toContain('Jwtguard-Override');
  });
});

describe('pushes', () => {
  function withRemote(): { repo: Repo; remote: string } {
    const repo = protectedRepo();
    const remote = join(scratchDir(), 'remote.git');
    execFileSync('git', ['init', '-q', '--bare', remote], { env: testEnv() });
    repo.git('remote', 'add', 'origin', remote);
    const first = repo.tryGit(['push', '-q', 'origin', 'main']);
    expect(first.code, first.stderr).toBe(0);
    return { repo, remote };
  }

  it('pre-push stops a push that carries a --no-verify commit with a secret', () => {
    const { repo } = withRemote();
    repo.stage({ 'src/auth.js': LEAK });
    repo.commit(['--no-verify', '-m', 'sneak']);
    const commit = head(repo);
    const push = repo.tryGit(['push', 'origin', 'main']);
    expect(push.code).not.toBe(0);
    expect(push.stdout + push.stderr).toContain(`src/auth.js:2:`);
    expect(push.stdout + push.stderr).toContain(`(commit ${commit.slice(0, 12)})`);
    expect(push.stdout + push.stderr).toContain('push stopped');
    expect(repo.git('ls-remote', 'origin', 'main')).not.toContain(commit);
    expectNoSecret([push], [SECRET]);
  });

  it('pre-push scans a new branch against what the remote already has, and lets an override through', () => {
    const { repo } = withRemote();
    repo.git('checkout', '-q', '-b', 'feature');
    repo.stage({ 'seed/fixture.js': LEAK });
    expect(repo.commit(['-m', 'fixture'], { JWTGUARD_OVERRIDE: 'fixture' }).code).toBe(0);
    const push = repo.tryGit(['push', 'origin', 'feature']);
    expect(push.code, push.stdout + push.stderr).toBe(0);
    expect(push.stdout + push.stderr).toContain('allowed by override');
    // Deleting the branch sends nothing to scan.
    expect(repo.tryGit(['push', 'origin', '--delete', 'feature']).code).toBe(0);
  });

  it('pre-push takes the refs the pre-commit framework passes in PRE_COMMIT_* variables', () => {
    const { repo } = withRemote();
    const before = head(repo);
    repo.stage({ 'src/auth.js': LEAK });
    repo.commit(['--no-verify', '-m', 'sneak']);
    const env = { PRE_COMMIT_REMOTE_NAME: 'origin', PRE_COMMIT_TO_REF: head(repo), PRE_COMMIT_FROM_REF: before };
    const run = repo.jwtguard(['pre-push'], { env });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('src/auth.js:2:');
  });

  it('pre-push and pre-receive refuse input lines they do not understand, with exit 2', () => {
    const { repo } = withRemote();
    const hook = (args: string[], input: string) => spawnSync(process.execPath, [CLI, ...args], { cwd: repo.dir, env: testEnv(), input, encoding: 'utf8' });
    const push = hook(['pre-push', 'origin', 'url'], 'refs/heads/main not-a-sha refs/heads/main 0000\n');
    expect(push.status).toBe(2);
    expect(push.stderr).toContain('unexpected object id');
    const receive = hook(['pre-receive'], 'just one field\n');
    expect(receive.status).toBe(2);
    // A deletion alone sends nothing to scan.
    const zero = '0'.repeat(40);
    expect(hook(['pre-receive'], `${head(repo)} ${zero} refs/heads/gone\n`).status).toBe(0);
  });

  it('pre-receive rejects a push to a bare repository, naming commit, file and line, whatever the client skipped', () => {
    const repo = protectedRepo();
    const server = join(scratchDir(), 'server.git');
    execFileSync('git', ['init', '-q', '--bare', server], { env: testEnv() });
    copyFileSync(join(HOOKS_DIR, 'pre-receive'), join(server, 'hooks/pre-receive'));
    chmodSync(join(server, 'hooks/pre-receive'), 0o755);
    expect(repo.tryGit(['push', '-q', server, 'main']).code).toBe(0);
    repo.stage({ 'src/auth.js': LEAK });
    repo.commit(['--no-verify', '-m', 'sneak']);
    const commit = head(repo);
    const push = repo.tryGit(['push', '--no-verify', server, 'main']);
    expect(push.code).not.toBe(0);
    expect(push.stderr).toContain(`remote: src/auth.js:2:`);
    expect(push.stderr).toContain(`(commit ${commit.slice(0, 12)})`);
    expect(push.stderr).toContain('pre-receive hook declined');
    expect(execFileSync('git', ['rev-parse', 'main'], { cwd: server, env: testEnv(), encoding: 'utf8' }).trim()).not.toBe(commit);
    expectNoSecret([push], [SECRET]);
  });
});

describe('jwtguard audit', () => {
  it('lists the records, in human and json form', () => {
    const repo = protectedRepo();
    repo.stage({ 'src/auth.js': LEAK });
    repo.commit(['--no-verify', '-m', 'sneak']);
    const human = repo.jwtguard(['audit']);
    expect(human.code).toBe(0);
    expect(human.stdout).toContain('1 record in .git/common/jwtguard/audit.jsonl');
    expect(human.stdout).toContain('jwt-call-literal  src/auth.js:2');
    const json = JSON.parse(repo.jwtguard(['audit', '--format', 'json']).stdout) as { version: number; records: AuditLine[] };
    expect(json.version).toBe(1);
    expect(json.records).toEqual([expect.objectContaining({ event: 'bypass', commit: head(repo) })]);
  });

  it('says so when there are no records', () => {
    const repo = protectedRepo();
    expect(repo.jwtguard(['audit']).stdout).toContain('no records');
  });

  it('--range names the unscanned commit and the overridden one, with their findings, and not the scanned ones', () => {
    const repo = protectedRepo();
    const base = head(repo);
    repo.stage({ 'src/auth.js': LEAK });
    repo.commit(['--no-verify', '-m', 'sneak']);
    const sneak = head(repo);
    repo.stage({ 'src/more.js': CLEAN.replace('token', 'more') });
    expect(repo.commit(['-m', 'scanned']).code).toBe(0);
    repo.stage({ 'seed/fixture.js': LEAK.replace(SECRET, 'fixture-key-1234') });
    expect(repo.commit(['-m', 'fixture'], { JWTGUARD_OVERRIDE: 'fixture only' }).code).toBe(0);
    const fixture = head(repo);
    const human = repo.jwtguard(['audit', '--range', `${base}..HEAD`]);
    expect(human.code).toBe(0);
    expect(human.stdout).toContain('2 of the 3 commits');
    expect(human.stdout).toContain(`${sneak.slice(0, 12)}  not scanned (bypass recorded)`);
    expect(human.stdout).toContain(`${fixture.slice(0, 12)}  override "fixture only"`);
    const json = JSON.parse(repo.jwtguard(['audit', '--range', `${base}..HEAD`, '--format', 'json']).stdout) as {
      listed: Array<{ commit: string; status: string; findings: Array<{ file: string; line: number }> }>;
    };
    expect(json.listed.map((c) => [c.commit, c.status, c.findings.map((f) => `${f.file}:${f.line}`)])).toEqual([
      [fixture, 'override', ['seed/fixture.js:2']],
      [sneak, 'unscanned', ['src/auth.js:2']],
    ]);
    expectNoSecret([human], [SECRET]);
  });
});
