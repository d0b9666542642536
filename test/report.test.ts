// Each reporter is a pure function of a scan result, checked against a golden file in test/golden/
// (rewrite them with UPDATE_GOLDEN=1 after a deliberate change, and read the diff). The exit code
// is the same for every format and with --output.
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderReport } from '../src/report/render.js';
import type { Format } from '../src/commands/command.js';
import { PROJECT_ROOT, Repo, expectNoSecret, scratchDir } from './helpers/repo.js';
import { emptyResult, SAMPLE_RULES, SAMPLE_SECRETS, sampleResult } from './helpers/sampleResult.js';

const GOLDEN = join(PROJECT_ROOT, 'test/golden');
const RENDER = { color: false, toolVersion: '1.2.3', rules: SAMPLE_RULES };

function golden(name: string, actual: string): void {
  const path = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN || !existsSync(path)) {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(path, actual);
  }
  expect(actual, `differs from test/golden/${name} (UPDATE_GOLDEN=1 rewrites it)`).toBe(readFileSync(path, 'utf8'));
}

describe('golden reports', () => {
  const cases: Array<[Format, string]> = [
    ['human', 'report.human.txt'],
    ['json', 'report.json'],
    ['sarif', 'report.sarif'],
  ];

  it.each(cases)('%s', (format, file) => {
    const text = renderReport(sampleResult(), format, RENDER);
    golden(file, text);
    expectNoSecret([text], SAMPLE_SECRETS);
  });

  it.each(cases)('%s of a clean scan', (format, file) => {
    golden(file.replace('report.', 'clean.'), renderReport(emptyResult(), format, RENDER));
  });

  it('JSON has every field of the documented shape', () => {
    const report = JSON.parse(renderReport(sampleResult(), 'json', RENDER)) as { version: number; findings: Array<Record<string, unknown>> };
    expect(report.version).toBe(2);
    for (const finding of report.findings) {
      expect(Object.keys(finding)).toEqual(['rule', 'severity', 'path', 'line', 'column', 'commit', 'match', 'fingerprint', 'blocking', 'context', 'allowedBy']);
    }
  });

  it('SARIF marks allowed findings as suppressed: in source for a comment, external for the config', () => {
    const log = JSON.parse(renderReport(sampleResult(), 'sarif', RENDER)) as {
      runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }>; suppressions?: unknown[] }> }>;
    };
    const byUri = new Map(log.runs[0]!.results.map((r) => [r.locations[0]!.physicalLocation.artifactLocation.uri, r.suppressions]));
    expect(byUri.get('test/auth.test.js')).toEqual([{ kind: 'inSource', status: 'accepted', justification: 'test fixture, signs nothing' }]);
    expect(byUri.get('fixtures/my%20app/%D0%BA%D0%BB%D1%8E%D1%87.py')).toEqual([{ kind: 'external', status: 'accepted', justification: 'allow.paths "fixtures/"' }]);
    expect(byUri.get('src/auth.js')).toBeUndefined();
  });
});

describe('the exit code depends on the findings alone', () => {
  const LITERAL = "const jwt = require('jsonwebtoken');\nconst token = jwt.sign(payload, 'shhhhh-4f9a1c');\n";

  it.each([
    ['blocking', { 'a.js': LITERAL }, 1],
    ['clean', { 'a.js': 'const x = 1;\n' }, 0],
    ['allowed', { 'a.js': "jwt.sign(p, 'fixture-k'); // jwtguard:allow fixture\n" }, 0],
  ] as const)('%s: the same code for every format, on stdout or in a file', (_label, files, expected) => {
    const repo = Repo.create();
    const outputs = scratchDir();
    repo.stage({ ...files });
    for (const command of [[], ['scan']]) {
      for (const format of ['human', 'json', 'sarif']) {
        const plain = repo.jwtguard([...command, '--format', format]);
        expect(plain.code, `${command} ${format}`).toBe(expected);
        const out = join(outputs, `report-${command.length}.${format}`); // outside the work tree that `scan` reads
        const filed = repo.jwtguard([...command, '--format', format, '--output', out]);
        expect(filed.code, `${command} ${format} --output`).toBe(expected);
        expect(filed.stdout).toBe('');
        expect(filed.stderr).toContain(`jwtguard: wrote the ${format} report to ${out}`);
        expect(readFileSync(out, 'utf8')).toBe(plain.stdout);
        expectNoSecret([plain, filed, readFileSync(out, 'utf8')], ['shhhhh-4f9a1c']);
      }
    }
  });

  it('--output into a folder that does not exist is a setup error, said in one line', () => {
    const repo = Repo.create();
    const run = repo.jwtguard(['--output', 'no/such/dir/report.json']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe('jwtguard: could not write the report to no/such/dir/report.json: its folder does not exist');
  });
});
