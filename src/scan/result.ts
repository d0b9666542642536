import type { SkipReason } from '../diff/parseDiff.js';
import type { RedactedFinding } from '../report/redact.js';

export interface SkippedFile {
  path: string;
  reason: SkipReason;
}

/** What a scan found, already redacted: the only thing reporters and the exit code look at. */
export interface ScanResult {
  /** Findings that block. */
  findings: RedactedFinding[];
  /** Findings let through by an allow comment, each with its reason ('' when none was given). */
  allowed: RedactedFinding[];
  /** Files with added lines that were read, and how many lines were added. */
  files: number;
  addedLines: number;
  skipped: SkippedFile[];
}
