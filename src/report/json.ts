// `--format json`: a versioned shape for tools. Secrets arrive here already redacted.
import type { ScanResult } from '../scan/result.js';
import type { RedactedFinding } from './redact.js';

/**
 * Bumped when a field changes meaning or goes away; new fields may appear in any version.
 * 2: `file` became `path`; allowed findings moved into `findings` with `allowedBy`; `summary` added.
 */
export const JSON_REPORT_VERSION = 2;

function entry(f: RedactedFinding, blocking: boolean) {
  return {
    rule: f.rule,
    severity: f.severity,
    path: f.file,
    line: f.line,
    column: f.column,
    commit: f.commit ?? null,
    match: f.match,
    fingerprint: f.fingerprint,
    blocking,
    context: f.context,
    allowedBy: f.allowReason === undefined ? null : { kind: f.allowedBy ?? 'comment', reason: f.allowReason },
  };
}

/** Every finding in one list (blocking, then warnings, then allowed), each saying whether it blocks and what allowed it. */
export function jsonReport(result: ScanResult): string {
  const warnings = result.warnings ?? [];
  const report = {
    version: JSON_REPORT_VERSION,
    findings: [
      ...result.findings.map((f) => entry(f, true)),
      ...warnings.map((f) => entry(f, false)),
      ...result.allowed.map((f) => entry(f, false)),
    ],
    summary: {
      blocking: result.findings.length,
      warnings: warnings.length,
      allowed: result.allowed.length,
      baselined: result.baselined ?? 0,
    },
    skipped: result.skipped,
    scanned: { files: result.files, addedLines: result.addedLines, excludedFiles: result.excluded ?? 0 },
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
