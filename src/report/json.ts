// `--format json`: a versioned shape for tools. Secrets arrive here already redacted.
import type { ScanResult } from '../scan/result.js';
import type { RedactedFinding } from './redact.js';

/** Bumped when a field changes meaning or goes away; new fields may appear in any version. */
export const JSON_REPORT_VERSION = 1;

function entry(f: RedactedFinding) {
  return {
    rule: f.rule,
    severity: f.severity,
    file: f.file,
    line: f.line,
    column: f.column,
    match: f.match,
    fingerprint: f.fingerprint,
    ...(f.commit ? { commit: f.commit } : {}),
  };
}

export function jsonReport(result: ScanResult): string {
  const report = {
    version: JSON_REPORT_VERSION,
    findings: result.findings.map(entry),
    allowed: result.allowed.map((f) => ({ ...entry(f), reason: f.allowReason ?? '' })),
    skipped: result.skipped,
    scanned: { files: result.files, addedLines: result.addedLines },
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
