// SARIF that the official validator (@microsoft/sarif-multitool, a dev dependency that runs
// offline) accepts with no error and no warning, and that the SARIF 2.1.0 JSON Schema it ships
// accepts: for the golden reports, for a scan of every rule's labeled true cases, and for a scan
// of the test corpus.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { RULE_CASES } from '../src/detect/rules/index.cases.js';
import { PROJECT_ROOT, Repo, expectNoSecret } from './helpers/repo.js';

const require = createRequire(import.meta.url);
/** The platform's validator binary (the package resolves it; no download at test time). */
const MULTITOOL = require('@microsoft/sarif-multitool') as string;
const SARIF_SCHEMA = JSON.parse(readFileSync(join(dirname(MULTITOOL), 'sarif-2.1.0.json'), 'utf8')) as object;
const validSarif = new Ajv2020({ strict: false, allErrors: true, validateFormats: false }).compile(SARIF_SCHEMA);

interface ValidatorResult {
  ruleId: string;
  level?: string;
  message: { text?: string; arguments?: string[] };
}

/** Runs `sarif-multitool validate` and returns its errors and warnings (notes are advice). */
function multitoolProblems(file: string): string[] {
  const out = join(mkdtempSync(join(tmpdir(), 'sarif-validate-')), 'validation.sarif');
  const run = spawnSync(MULTITOOL, ['validate', file, '--output', out, '--level', 'Error;Warning'], { encoding: 'utf8', env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' } });
  if (run.error) throw run.error;
  expect(existsSync(out), `the validator wrote no log:\n${run.stdout}\n${run.stderr}`).toBe(true);
  const log = JSON.parse(readFileSync(out, 'utf8')) as { runs: Array<{ results?: ValidatorResult[] }> };
  return (log.runs[0]?.results ?? [])
    .filter((r) => (r.level ?? 'warning') !== 'note')
    .map((r) => `${r.level ?? 'warning'} ${r.ruleId}: ${r.message.text ?? (r.message.arguments ?? []).join(' ')}`);
}

function expectValidSarif(file: string): void {
  const log = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  expect(validSarif(log), JSON.stringify(validSarif.errors, null, 2)).toBe(true);
  expect(multitoolProblems(file)).toEqual([]);
}

describe('SARIF 2.1.0 accepted by the official validator', () => {
  it.each(['report.sarif', 'clean.sarif'])('test/golden/%s', (name) => {
    expectValidSarif(join(PROJECT_ROOT, 'test/golden', name));
  });

  it('the validator does report a broken file (so a pass means something)', () => {
    const repo = Repo.create();
    repo.write('broken.sarif', JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, locations: [{ physicalLocation: { artifactLocation: { uri: '/abs' }, region: { startLine: 0 } } }] }] }] }));
    expect(multitoolProblems(join(repo.dir, 'broken.sarif')).length).toBeGreaterThan(0);
  });

  it("a scan of every rule's labeled true cases, with allowed findings and awkward paths", () => {
    const repo = Repo.create();
    const secrets: string[] = [];
    RULE_CASES.forEach((cases, i) => {
      cases.truePositives.forEach((c, j) => {
        repo.write(`cases/${i}-${j}/${c.path}`, `${c.code}\n`);
        if (c.secret && c.secret.length >= 8) secrets.push(c.secret);
      });
    });
    repo.write('test/fixture auth ü.js', "jwt.verify(token, 'fixture-key-0000'); // jwtguard:allow test fixture\n");
    repo.write('fixtures/a:b.js', "jwt.sign(p, 'config-allowed-key');\n");
    repo.write('.jwtguardrc.json', '{ "allow": { "paths": ["fixtures/"] }, "rules": { "jwt-secret-fallback": "warn" } }');
    const run = repo.jwtguard(['scan', '--format', 'sarif', '--output', 'scan.sarif']);
    expect(run.code, run.stderr).toBe(1);
    const file = join(repo.dir, 'scan.sarif');
    const log = JSON.parse(readFileSync(file, 'utf8')) as { runs: Array<{ results: Array<{ ruleId: string; level: string; suppressions?: unknown[] }> }> };
    const results = log.runs[0]!.results;
    const ruleIds = new Set(results.map((r) => r.ruleId));
    for (const { rule } of RULE_CASES) expect(ruleIds, `no ${rule} result`).toContain(rule);
    expect(results.filter((r) => r.suppressions).length).toBe(2);
    expect(results.some((r) => r.level === 'warning')).toBe(true);
    expectValidSarif(file);
    expectNoSecret([readFileSync(file, 'utf8')], secrets);
  });

  it.runIf(existsSync(join(PROJECT_ROOT, 'test/corpus')))('a scan of the test corpus', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'sarif-corpus-')), 'corpus.sarif');
    const run = new Repo(PROJECT_ROOT).jwtguard(['scan', 'test/corpus', '--no-baseline', '--format', 'sarif', '--output', out]);
    expect(run.code, run.stderr).not.toBe(2);
    const log = JSON.parse(readFileSync(out, 'utf8')) as { runs: Array<{ results: unknown[] }> };
    expect(log.runs[0]!.results.length).toBeGreaterThan(0);
    expectValidSarif(out);
  });
});
