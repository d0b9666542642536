// What `scan --range`, the pre-push hook and the pre-receive hook share: scan the added lines of a
// set of commits, report them, and exit 1 when a finding blocks.
import { Records } from '../audit/records.js';
import { planOptionsFrom, preparePlan, type ScanPlan } from '../config/plan.js';
import { renderReport } from '../report/render.js';
import { scanHistory, type HistoryScanResult } from '../scan/scanRange.js';
import { rangeMessages } from '../messages.js';
import { EXIT_CLEAN, EXIT_FINDINGS, UsageError, type CommandContext, type CommandResult, type Format, type ParsedOptions } from './command.js';
import { deliverReport, reportTarget } from './output.js';

/** An all-zero id: git's "no object" on either side of a ref update (a new ref, a deletion). */
export function isZeroId(id: string): boolean {
  return /^0+$/.test(id);
}

const OBJECT_ID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/i;

export function checkObjectId(id: string, where: string): string {
  if (!OBJECT_ID.test(id)) throw new UsageError(rangeMessages.badRefLine(where));
  return id;
}

/** A range from the command line: what `git log` takes, never an option. */
export function checkRange(range: string): string {
  if (range.startsWith('-') || /[\s\0]/.test(range)) throw new UsageError(rangeMessages.badRange(range));
  return range;
}

/** Overrides the local audit log records (none in a bare repository or a fresh clone). */
async function localOverrides(cwd: string): Promise<Map<string, string>> {
  try {
    return await (await Records.open(cwd)).recordedOverrides();
  } catch {
    return new Map();
  }
}

export async function scanCommits(revisions: readonly string[], cwd: string, plan?: Promise<ScanPlan>): Promise<HistoryScanResult> {
  return scanHistory(revisions, { cwd, recordedOverrides: await localOverrides(cwd), ...(plan ? { plan } : {}) });
}

/** Renders a hook's history scan, with `blockedNote` after the report when it blocks; exit 1 then. */
export function historyResult(result: HistoryScanResult, format: Format, color: boolean, blockedNote = ''): CommandResult {
  const report = renderReport(result, format, { color, subject: rangeMessages.subject('', result.commits.length), verdict: rangeMessages.verdict });
  const blocked = result.findings.length > 0;
  return { stdout: blocked ? `${report}${blockedNote}` : report, exitCode: blocked ? EXIT_FINDINGS : EXIT_CLEAN };
}

/** `jwtguard scan --range A..B`: the added lines of every commit in the range, for CI. */
export async function scanRangeCommand(range: string, options: ParsedOptions, context: CommandContext): Promise<CommandResult> {
  if (options.positionals.length > 0) throw new UsageError(rangeMessages.rangeWithPaths);
  const target = reportTarget(options);
  const plan = preparePlan(context.cwd, planOptionsFrom(options));
  const result = await scanCommits([checkRange(range)], context.cwd, plan);
  return deliverReport(result, target, context, { subject: rangeMessages.subject(range, result.commits.length), verdict: rangeMessages.verdict });
}
