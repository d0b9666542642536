// The baseline: findings a repository already had when it adopted jwtguard. It holds each
// finding's fingerprint (rule, path and a hash of the secret: the same when lines move, new when
// the secret changes) with its rule and path for people to read; never the secret.
import { ConfigError, BASELINE_FILE } from '../config/config.js';
import { parseJson } from '../config/load.js';
import type { RedactedFinding } from '../report/redact.js';

export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  fingerprint: string;
  rule: string;
  path: string;
}

export interface BaselineFile {
  version: number;
  description: string;
  findings: BaselineEntry[];
}

/** The baseline file's text for `findings`: one entry per fingerprint, sorted so that diffs stay small. */
export function baselineText(findings: readonly RedactedFinding[]): string {
  const entries = new Map<string, BaselineEntry>();
  for (const f of findings) entries.set(f.fingerprint, { fingerprint: f.fingerprint, rule: f.rule, path: f.file });
  const sorted = [...entries.values()].sort(
    (a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || a.rule.localeCompare(b.rule) || a.fingerprint.localeCompare(b.fingerprint),
  );
  const file: BaselineFile = {
    version: BASELINE_VERSION,
    description:
      'Findings jwtguard skips because they were here before it was adopted (written by `jwtguard baseline`). ' +
      'A finding leaves the baseline when its secret changes; `jwtguard --no-baseline` shows them all. Rotate these keys.',
    findings: sorted,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The fingerprints in a baseline file's text; a ConfigError says what is wrong with it. */
export function parseBaseline(text: string, source: string = BASELINE_FILE): Set<string> {
  const value = parseJson(text, source) as Partial<BaselineFile> | null;
  const rebuild = 'rebuild it with `jwtguard baseline`';
  if (typeof value !== 'object' || value === null || !Array.isArray(value.findings)) {
    throw new ConfigError(`${source}: not a jwtguard baseline (no "findings" list): ${rebuild}`);
  }
  if (value.version !== BASELINE_VERSION) {
    throw new ConfigError(`${source}: baseline version ${JSON.stringify(value.version)} is not ${BASELINE_VERSION}: ${rebuild}`);
  }
  const fingerprints = new Set<string>();
  value.findings.forEach((entry, i) => {
    const fingerprint = (entry as Partial<BaselineEntry> | null)?.fingerprint;
    if (typeof fingerprint !== 'string' || !/^[0-9a-f]{16}$/.test(fingerprint)) {
      throw new ConfigError(`${source}: "findings[${i}].fingerprint" must be 16 hex digits: ${rebuild}`);
    }
    fingerprints.add(fingerprint);
  });
  return fingerprints;
}
