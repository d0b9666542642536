// Adopting jwtguard on a repository that already holds findings: `jwtguard baseline` records
// them, commits then block only new ones, and a recorded finding whose secret changes blocks again.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectNoSecret, Repo } from './helpers/repo.js';

const OLD_AUTH = "const jwt = require('jsonwebtoken');\nconst token = jwt.sign(payload, 'legacy-key-8d2e');\n";
const OLD_CONFIG = "module.exports = {\n  jwtSecret: 'legacy-config-secret',\n  port: 3000,\n};\n";
const SECRETS = ['legacy-key-8d2e', 'legacy-config-secret', 'brand-new-key-77', 'legacy-key-CHANGED'];

/** A repository whose history already holds two findings, and a clean file. */
function legacyRepo(): Repo {
  const repo = Repo.create();
  repo.stage({ 'src/auth.js': OLD_AUTH, 'config/default.js': OLD_CONFIG, 'README.md': '# app\n' });
  repo.commitQuietly('legacy');
  return repo;
}

describe('jwtguard baseline', () => {
  it('records the existing findings by fingerprint, never the secret, and says what it wrote', () => {
    const repo = legacyRepo();
    const run = repo.jwtguard(['baseline']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('jwtguard: wrote .jwtguard-baseline.json: 2 fingerprints for 2 findings in 2 files (3 tracked files scanned).');
    const text = readFileSync(join(repo.dir, '.jwtguard-baseline.json'), 'utf8');
    const file = JSON.parse(text) as { version: number; findings: Array<{ fingerprint: string; rule: string; path: string }> };
    expect(file.version).toBe(1);
    expect(file.findings.map((f) => [f.path, f.rule])).toEqual([
      ['config/default.js', 'jwt-secret-assignment'],
      ['src/auth.js', 'jwt-call-literal'],
    ]);
    expect(file.findings.every((f) => /^[0-9a-f]{16}$/.test(f.fingerprint))).toBe(true);
    expectNoSecret([run, text], SECRETS);
    expect(text).not.toContain('lega'); // not even the redacted start of a value
    expect(repo.jwtguard(['baseline']).stdout).toContain('jwtguard: replaced .jwtguard-baseline.json');
  });

  it('reads tracked files only, and leaves allowed findings out', () => {
    const repo = legacyRepo();
    repo.write('scratch/untracked.js', "jwt.sign(p, 'untracked-key-1');\n");
    repo.stage({ 'test/fixture.js': "jwt.verify(t, 'fixture-key-1'); // jwtguard:allow fixture\n" });
    const run = repo.jwtguard(['baseline']);
    expect(run.stdout).toContain('2 findings in 2 files (4 tracked files scanned; 1 allowed, not recorded)');
    const file = JSON.parse(readFileSync(join(repo.dir, '.jwtguard-baseline.json'), 'utf8')) as { findings: Array<{ path: string }> };
    expect(file.findings.map((f) => f.path)).not.toContain('scratch/untracked.js');
  });

  it('then blocks only new findings: moved lines pass, new and changed secrets block', () => {
    const repo = legacyRepo();
    repo.jwtguard(['baseline']);
    repo.stage({ '.jwtguard-baseline.json': readFileSync(join(repo.dir, '.jwtguard-baseline.json'), 'utf8') });
    repo.commitQuietly('adopt jwtguard');
    repo.useProjectHooks();

    // Lines move and change around the secret: the same secret in the same file is still the baselined finding.
    repo.stage({
      'src/auth.js': "const jwt = require('jsonwebtoken');\n\nfunction issue(payload) {\n  return jwt.sign(payload, 'legacy-key-8d2e');\n}\n",
      'config/default.js': `// defaults\n${OLD_CONFIG}`,
    });
    const scan = repo.jwtguardJson();
    expect(scan.code).toBe(0);
    expect(scan.report.summary.baselined).toBe(1);
    const moved = repo.commit(['-m', 'move lines']);
    expect(moved.code, moved.stdout + moved.stderr).toBe(0);
    expect(moved.stdout + moved.stderr).toContain('in the baseline (.jwtguard-baseline.json), not shown: 1 finding');

    // A new finding blocks, and it is the only one reported.
    repo.stage({ 'src/new.js': "jwt.sign(p, 'brand-new-key-77');\n" });
    const blocked = repo.commit(['-m', 'new secret']);
    expect(blocked.code).not.toBe(0);
    expect(blocked.stdout + blocked.stderr).toContain('src/new.js:1:');
    expect(blocked.stdout + blocked.stderr).toContain('1 hardcoded secret');
    expectNoSecret([blocked], SECRETS);
    repo.git('rm', '-q', '--cached', 'src/new.js');

    // A baselined secret that changes leaves the baseline at once.
    repo.stage({ 'src/auth.js': OLD_AUTH.replace('legacy-key-8d2e', 'legacy-key-CHANGED') });
    const changed = repo.commit(['-m', 'change key']);
    expect(changed.code).not.toBe(0);
    expect(changed.stdout + changed.stderr).toContain('src/auth.js:2:');
  });

  it('scans of whole files skip baseline findings too; --no-baseline and --audit show them', () => {
    const repo = legacyRepo();
    repo.jwtguard(['baseline']);
    const scan = repo.jwtguardJson(['scan']);
    expect(scan.code).toBe(0);
    expect(scan.report.summary).toEqual({ blocking: 0, warnings: 0, allowed: 0, baselined: 2 });
    expect(repo.jwtguard(['scan']).stdout).toContain('not shown: 2 findings; --no-baseline shows them');
    for (const flag of ['--no-baseline', '--audit']) {
      const shown = repo.jwtguardJson(['scan', flag]);
      expect(shown.code, flag).toBe(1);
      expect(shown.report.summary.blocking, flag).toBe(2);
      expect(shown.report.summary.baselined, flag).toBe(0);
    }
  });

  it('a damaged baseline stops the scan with exit 2 and says how to rebuild it', () => {
    const repo = legacyRepo();
    for (const [text, message] of [
      ['{ "version": 1, "findings": [ }', '.jwtguard-baseline.json: invalid JSON at line 1, column 31'],
      ['{ "version": 1 }', '.jwtguard-baseline.json: not a jwtguard baseline (no "findings" list): rebuild it with `jwtguard baseline`'],
      ['{ "version": 9, "findings": [] }', 'baseline version 9 is not 1'],
      ['{ "version": 1, "findings": [{ "fingerprint": "legacy-key-8d2e" }] }', '"findings[0].fingerprint" must be 16 hex digits'],
    ]) {
      repo.write('.jwtguard-baseline.json', text!);
      const run = repo.jwtguard(['scan']);
      expect(run.code, text).toBe(2);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toContain(message);
      expect(repo.jwtguard(['scan', '--no-baseline']).code).toBe(1);
    }
  });
});
