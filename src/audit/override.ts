// The sanctioned override and the stamp a passing staged scan leaves: `JWTGUARD_OVERRIDE="reason"
// git commit …` lets findings through, and says so in the audit log and in a commit trailer.
import { indexTree } from '../git/git.js';
import { UsageError } from '../commands/command.js';
import type { ScanResult } from '../scan/result.js';
import { overrideMessages } from '../messages.js';
import { recordedFinding, Records } from './records.js';

export const OVERRIDE_ENV = 'JWTGUARD_OVERRIDE';
const MAX_REASON_LENGTH = 200;

/**
 * The override's reason, one line: undefined when JWTGUARD_OVERRIDE is unset. Set but blank is a
 * UsageError: an override nobody explains is the kind of suppression nobody is accountable for.
 */
export function overrideReason(env: NodeJS.ProcessEnv): string | undefined {
  const raw = env[OVERRIDE_ENV];
  if (raw === undefined) return undefined;
  const reason = raw.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, MAX_REASON_LENGTH);
  if (reason === '') throw new UsageError(overrideMessages.emptyReason);
  return reason;
}

export interface StagedRecordOutcome {
  /** The scan's result; with an override, its findings moved to `allowed` with the reason. */
  result: ScanResult;
  /** Notes for the person (stderr), '' when there are none. */
  notes: string;
}

/**
 * After a staged scan: when nothing blocks, or an override lets the findings through, stamps the
 * tree of `paths.indexFile` in `paths.recordsDir` (see stagedScanPaths) so that the post-commit
 * check knows this commit was scanned. A git dir that cannot be written only costs a warning: the
 * verdict stands.
 */
export async function recordStagedScan(result: ScanResult, reason: string | undefined, paths: { recordsDir: string; indexFile: string }, cwd: string): Promise<StagedRecordOutcome> {
  const blocked = result.findings.length > 0;
  if (blocked && reason === undefined) return { result, notes: '' };
  const overridden = blocked && reason !== undefined;
  const notes: string[] = [];
  if (overridden) notes.push(overrideMessages.letThrough(result.findings.length, reason));
  try {
    // write-tree runs only for a scan that lets the commit through: the trees it writes to the
    // object store are the ones the commit is about to write.
    const tree = await indexTree(paths.indexFile, paths.recordsDir, cwd);
    await new Records(paths.recordsDir, cwd).writeStamp({
      version: 1,
      tree,
      scannedAt: new Date().toISOString(),
      ...(overridden ? { override: { reason, findings: result.findings.map(recordedFinding) } } : {}),
    });
  } catch (error) {
    notes.push(overrideMessages.stampFailed(error instanceof Error ? error.message : String(error)));
  }
  if (!overridden) return { result, notes: notes.join('') };
  const allowedByOverride = result.findings.map((finding) => ({ ...finding, allowReason: reason, allowedBy: 'override' as const }));
  return { result: { ...result, findings: [], allowed: [...result.allowed, ...allowedByOverride] }, notes: notes.join('') };
}
