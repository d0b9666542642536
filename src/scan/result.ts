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
  /** Findings let through by an allow comment or the config's allow lists, each with its reason ('' when none was given). */
  allowed: RedactedFinding[];
  /** Files with added lines that were read, and how many lines were added. */
  files: number;
  addedLines: number;
  skipped: SkippedFile[];
  /** Findings of rules the config set to "warn": shown, never blocking. */
  warnings?: RedactedFinding[];
  /** Findings skipped because the baseline holds them (shown with --no-baseline). */
  baselined?: number;
  /** Files the config's include/exclude kept out of the scan. */
  excluded?: number;
}
