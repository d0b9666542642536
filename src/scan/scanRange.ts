// git log → split by commit → diff parse → detect → allow/override → dedupe: the added lines of
// every commit in a range, read from one streaming `git log -p`, each finding naming its commit.
import { DiffStreamParser } from '../diff/parseDiff.js';
import { LogStreamSplitter } from '../diff/splitLog.js';
import { GitSetupError, HEADER_FIELD_SEPARATOR, gitMissingMessage, repositoryProblem, streamHistory, streamHistoryText, type StreamHandlers } from '../git/git.js';
import { textHiddenAsBinary } from './hiddenText.js';
import type { RedactedFinding } from '../report/redact.js';
import type { ScanPlan } from '../config/plan.js';
import type { ScanResult } from './result.js';
import { DiffScan } from './scanStaged.js';

export interface ScannedCommit {
  id: string;
  tree: string;
  author: string;
  date: string;
  /** Values of `Jwtguard-Override:` trailers in its message. */
  overrides: string[];
}

export interface HistoryScanResult extends ScanResult {
  /** The commits read (non-merge commits that add content), newest first as git listed them. */
  commits: ScannedCommit[];
}

export interface HistoryScanOptions {
  cwd?: string;
  /** Overrides recorded outside the commit message (the local audit log), by commit id. */
  recordedOverrides?: ReadonlyMap<string, string>;
  /** Config, rules and suppressions (see preparePlan); the defaults when absent (a bare repository). */
  plan?: ScanPlan | Promise<ScanPlan | undefined>;
}

function parseHeader(header: string): ScannedCommit {
  const [id = '', tree = '', author = '', date = '', trailers = ''] = header.split(HEADER_FIELD_SEPARATOR);
  const overrides = trailers.split('\n').map((value) => value.trim()).filter(Boolean);
  return { id, tree, author, date, overrides };
}

/** Keeps the first finding of each fingerprint in `ordered` (oldest commit first), in that order. */
function firstOfEachFingerprint(ordered: readonly RedactedFinding[]): RedactedFinding[] {
  const seen = new Set<string>();
  return ordered.filter((finding) => {
    if (seen.has(finding.fingerprint)) return false;
    seen.add(finding.fingerprint);
    return true;
  });
}

/** git lists newest first; a secret is reported once, at the commit that first added it. */
function oldestFirst(findings: readonly RedactedFinding[], order: ReadonlyMap<string, number>): RedactedFinding[] {
  return [...findings].sort((a, b) => (order.get(b.commit ?? '') ?? 0) - (order.get(a.commit ?? '') ?? 0));
}

/**
 * Scans `revisions` (as `git log` takes them: `A..B`, ids with `--not` and `--remotes=…`, …).
 * A finding in a commit whose message carries an override trailer, or that the audit log records
 * as overridden, is allowed with the override's reason instead of blocking.
 */
export async function scanHistory(revisions: readonly string[], options: HistoryScanOptions = {}): Promise<HistoryScanResult> {
  const plan = await options.plan;
  const scan = plan ? new DiffScan(plan.detector, plan) : new DiffScan();
  const commits: ScannedCommit[] = [];
  const known = new Set<string>();
  /** Feeds one `git log` stream to the scan, naming each finding and binary skip's commit. */
  const readLog = async (stream: (handlers: StreamHandlers) => Promise<void>): Promise<void> => {
    let parser: DiffStreamParser | undefined;
    let commit = '';
    let firstFinding = 0;
    let firstSkip = 0;
    const splitter = new LogStreamSplitter({
      commitStart: (header) => {
        const parsed = parseHeader(header);
        commit = parsed.id;
        // A commit read again (hidden text, below) is listed once.
        if (!known.has(commit)) commits.push(parsed);
        known.add(commit);
        parser = new DiffStreamParser(scan.sink);
        firstFinding = scan.findings.length;
        firstSkip = scan.binarySkips.length;
      },
      diff: (chunk) => parser!.write(chunk),
      commitEnd: () => {
        parser!.end();
        for (let i = firstFinding; i < scan.findings.length; i++) scan.findings[i]!.commit = commit;
        for (let i = firstSkip; i < scan.binarySkips.length; i++) scan.binarySkips[i]!.commit = commit;
      },
    });
    await stream({ onData: (chunk) => splitter.write(chunk) });
    splitter.end();
  };
  try {
    await readLog((handlers) => streamHistory(revisions, handlers, options.cwd));
  } catch (error) {
    if (error instanceof GitSetupError && error.message !== gitMissingMessage()) {
      const problem = await repositoryProblem(options.cwd);
      if (problem && !/bare repository/.test(problem)) throw new GitSetupError(problem);
    }
    throw error;
  }
  // Files an attribute made git call binary are read again as text, each commit with its own.
  const hidden = await textHiddenAsBinary(scan.binarySkips, options.cwd);
  scan.unskip(hidden);
  const byCommit = new Map<string, string[]>();
  for (const { commit, path } of hidden) if (commit) byCommit.set(commit, [...(byCommit.get(commit) ?? []), path]);
  for (const [commit, paths] of byCommit) {
    await readLog((handlers) => streamHistoryText([commit], paths, handlers, options.cwd));
  }

  const result = scan.result();
  // `--audit` ignores every suppression, overrides included.
  const overrideOf = new Map<string, string>(plan?.suppression.audit ? [] : (options.recordedOverrides ?? []));
  if (!plan?.suppression.audit) {
    for (const commit of commits) if (commit.overrides.length > 0) overrideOf.set(commit.id, commit.overrides.join('; '));
  }
  const blocking: RedactedFinding[] = [];
  const allowed = [...result.allowed];
  for (const finding of result.findings) {
    const reason = finding.commit !== undefined ? overrideOf.get(finding.commit) : undefined;
    if (reason === undefined) blocking.push(finding);
    else allowed.push({ ...finding, allowReason: reason, allowedBy: 'override' });
  }
  const order = new Map(commits.map((commit, index) => [commit.id, index]));
  const skipped = [...new Map(result.skipped.map((s) => [`${s.reason}\0${s.path}`, s])).values()];
  return {
    ...result,
    findings: firstOfEachFingerprint(oldestFirst(blocking, order)),
    allowed: firstOfEachFingerprint(oldestFirst(allowed, order)),
    skipped,
    commits,
  };
}
