// One scan result that shows every part of a report: a blocking finding, a warning, findings
// allowed by a comment and by the config, one from history with its commit, a baseline count,
// skipped and excluded files, and paths that need escaping. Made by the real detector and the
// real suppression stage; every value in it is made up.
import { RULES } from '../../src/detect/rules/index.js';
import type { Finding } from '../../src/detect/types.js';
import { fingerprintOf } from '../../src/report/redact.js';
import type { RuleInfo } from '../../src/report/sarif.js';
import type { ScanResult } from '../../src/scan/result.js';
import { suppressFindings } from '../../src/suppress/suppress.js';
import { detectInText } from './detect.js';

/** The rules a golden report describes: fixed, so that adding a rule does not change every golden file. */
export const SAMPLE_RULES: readonly RuleInfo[] = ['jwt-call-literal', 'jwt-secret-fallback', 'jwt-secret-assignment', 'private-key'].map((id) => {
  const rule = RULES.find((r) => r.id === id);
  if (!rule) throw new Error(`no rule ${id}`);
  return { id: rule.id, description: rule.description, severity: rule.severity };
});

export const SAMPLE_SECRETS = ['shhhhh-4f9a1c', 'dev-fallback-91', 'fixture-key-0000', 'config-fixture-77', 'old-history-key', 'in-baseline-key'];

function only(path: string, code: string, rule: string): Finding {
  const found = detectInText(path, code).filter((f) => f.rule === rule);
  if (found.length !== 1) throw new Error(`expected one ${rule} finding in ${path}, got ${found.length}`);
  return found[0]!;
}

export function sampleResult(): ScanResult {
  const findings: Finding[] = [
    only('src/auth.js', "const jwt = require('jsonwebtoken');\nconst token = jwt.sign(payload, 'shhhhh-4f9a1c');", 'jwt-call-literal'),
    { ...only('src/config.js', "const JWT_SECRET = process.env.JWT_SECRET || 'dev-fallback-91';", 'jwt-secret-fallback'), severity: 'warning' },
    only('test/auth.test.js', "jwt.verify(token, 'fixture-key-0000'); // jwtguard:allow test fixture, signs nothing", 'jwt-call-literal'),
    only('fixtures/my app/ключ.py', "JWT_SECRET = 'config-fixture-77'", 'jwt-secret-assignment'),
    { ...only('src/legacy.js', "jwt.sign(p, 'old-history-key');", 'jwt-call-literal'), commit: '0123456789abcdef0123456789abcdef01234567' },
    only('src/old.js', "jwt.sign(p, 'in-baseline-key');", 'jwt-call-literal'),
  ];
  const baselined = fingerprintOf('jwt-call-literal', 'src/old.js', 'in-baseline-key');
  const { blocking, warnings, allowed, baselined: baselinedCount } = suppressFindings(findings, {
    configAllow: { pathGlob: (path) => (path.startsWith('fixtures/') ? 'fixtures/' : undefined), valuePattern: () => undefined },
    baseline: new Set([baselined]),
  });
  return {
    findings: blocking,
    warnings,
    allowed,
    baselined: baselinedCount,
    files: 6,
    addedLines: 9,
    skipped: [{ path: 'assets/logo.png', reason: 'binary' }],
    excluded: 1,
  };
}

export function emptyResult(): ScanResult {
  return { findings: [], allowed: [], files: 0, addedLines: 0, skipped: [] };
}
