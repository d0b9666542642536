// `jwtguard audit`: the records of commits that went in unscanned or overridden; with `--range`,
// the commits of a range that no staged scan stamped here or that carry an override, with findings.
import kleur from 'kleur';
import { listCommits, type CommitListing } from '../git/git.js';
import { noteEvent, Records, type AuditRecord } from '../audit/records.js';
import type { RedactedFinding } from '../report/redact.js';
import { scanHistory } from '../scan/scanRange.js';
import { auditMessages } from '../messages.js';
import { checkRange } from './history.js';
import { EXIT_CLEAN, parseOptions, UsageError, type Command } from './command.js';

export const HELP = `Usage: jwtguard audit [--format human|json]
       jwtguard audit --range A..B [--format human|json]

Without --range: lists the audit log under the git dir, one record per commit that went in without
the pre-commit scan (bypass) or with JWTGUARD_OVERRIDE (override), with its findings as rule,
path, line and fingerprint (never the secret).

With --range: lists the non-merge commits of the range that no staged scan stamped in this clone
(stamps stay in the clone that made the commit) or that carry an override, each with what a scan
of its added lines finds now and with its jwtguard note when there is one. Exits 0: it reports,
\`jwtguard scan --range\` is the gate.
`;

type CommitStatus = 'unscanned' | 'override';

interface AuditedCommit {
  commit: string;
  tree: string;
  author: string;
  date: string;
  status: CommitStatus;
  /** A bypass or override record exists for it: in the audit log here, or as a jwtguard note. */
  recorded: boolean;
  reason?: string;
  findings: RedactedFinding[];
}

function findingLine(f: { rule: string; path: string; line: number; fingerprint: string }): string {
  return `  ${f.rule}  ${f.path}:${f.line}  ${kleur.dim(`fingerprint ${f.fingerprint}`)}`;
}

function humanLog(records: AuditRecord[], logPath: string, unreadable: number): string {
  if (records.length === 0) return `${auditMessages.noRecords(logPath)}\n${unreadable ? `${auditMessages.unreadable(unreadable)}\n` : ''}`;
  const lines = [kleur.bold(auditMessages.recordsHeadline(records.length, logPath)), ''];
  for (const r of records) {
    const what = r.event === 'override' ? kleur.yellow(`override "${r.reason ?? ''}"`) : kleur.red(r.event + (r.via && r.via !== 'commit' ? ` (${r.via})` : ''));
    lines.push(`${kleur.bold(r.commit.slice(0, 12))}  ${what}  ${r.branch || '(detached)'}  ${r.author}  ${r.date}`);
    if (r.findings.length === 0) lines.push(kleur.dim('  no findings'));
    for (const f of r.findings) lines.push(findingLine(f));
  }
  if (unreadable) lines.push('', auditMessages.unreadable(unreadable));
  return `${lines.join('\n')}\n`;
}

async function auditRange(range: string, cwd: string): Promise<{ total: number; listed: AuditedCommit[] }> {
  const records = await Records.open(cwd);
  const { records: logged } = await records.readAudit();
  const loggedByCommit = new Map(logged.map((r) => [r.commit, r]));
  const commits: CommitListing[] = await listCommits([range], cwd);
  const overrides = await records.recordedOverrides();
  const scan = await scanHistory([range], { cwd, recordedOverrides: overrides });
  const found = [...scan.findings, ...scan.allowed.filter((f) => f.allowedBy === 'override')];
  const listed: AuditedCommit[] = [];
  for (const c of commits) {
    const record = loggedByCommit.get(c.id);
    const noted = noteEvent(c.note);
    const reason = c.overrides[0] ?? overrides.get(c.id) ?? (noted === 'override' ? c.note.split('\n')[0]!.replace(/^jwtguard: override: /, '') : undefined);
    const stamped = (await records.readStamp(c.tree)) !== undefined;
    const status: CommitStatus | undefined = reason !== undefined ? 'override' : stamped && !record && !noted ? undefined : 'unscanned';
    if (!status) continue;
    listed.push({
      commit: c.id,
      tree: c.tree,
      author: c.author,
      date: c.date,
      status,
      recorded: record !== undefined || noted !== undefined,
      ...(reason !== undefined ? { reason } : {}),
      findings: found.filter((f) => f.commit === c.id),
    });
  }
  return { total: commits.length, listed };
}

function humanRange(range: string, total: number, listed: AuditedCommit[]): string {
  if (listed.length === 0) return `${kleur.green(auditMessages.rangeClean(range, total))}\n`;
  const lines = [kleur.bold(auditMessages.rangeHeadline(range, listed.length, total)), ''];
  for (const c of listed) {
    const what =
      c.status === 'override'
        ? kleur.yellow(`override "${c.reason ?? ''}"`)
        : kleur.red(c.recorded ? 'not scanned (bypass recorded)' : 'not scanned here');
    lines.push(`${kleur.bold(c.commit.slice(0, 12))}  ${what}  ${c.author}  ${c.date}`);
    if (c.findings.length === 0) lines.push(kleur.dim('  no findings in its added lines'));
    for (const f of c.findings) lines.push(findingLine({ ...f, path: f.file }));
  }
  lines.push('', kleur.dim(auditMessages.stampsAreLocal));
  return `${lines.join('\n')}\n`;
}

function jsonFinding(f: RedactedFinding) {
  return { rule: f.rule, file: f.file, line: f.line, column: f.column, match: f.match, fingerprint: f.fingerprint, ...(f.allowReason ? { allowed: f.allowReason } : {}) };
}

export const run: Command = async (argv, context) => {
  const options = parseOptions('audit', argv, { values: ['--format', '--range'] });
  const format = options.values.get('--format') ?? 'human';
  if (format !== 'human' && format !== 'json') throw new UsageError(auditMessages.badFormat(format));
  kleur.enabled = context.color && format === 'human';
  const range = options.values.get('--range');
  if (range !== undefined) {
    const { total, listed } = await auditRange(checkRange(range), context.cwd);
    const stdout =
      format === 'json'
        ? `${JSON.stringify({ version: 1, range, commits: total, listed: listed.map((c) => ({ ...c, findings: c.findings.map(jsonFinding) })) }, null, 2)}\n`
        : humanRange(range, total, listed);
    return { stdout, exitCode: EXIT_CLEAN };
  }
  const records = await Records.open(context.cwd);
  const { records: logged, unreadable } = await records.readAudit();
  const logPath = records.shown(records.auditLog);
  const stdout =
    format === 'json'
      ? `${JSON.stringify({ version: 1, log: logPath, records: logged, unreadable }, null, 2)}\n`
      : humanLog(logged, logPath, unreadable);
  return { stdout, exitCode: EXIT_CLEAN };
};
