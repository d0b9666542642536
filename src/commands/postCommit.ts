// `jwtguard post-commit`: the bypass check. git runs post-commit even after `git commit
// --no-verify`, so a commit whose tree no staged scan stamped is scanned here, after the fact,
// and recorded: a loud warning, a line in the audit log, a note under refs/notes/jwtguard.
import { addNote, commitInfo, currentBranch, GitSetupError, headTreeAndRecordsDir, lastHeadAction } from '../git/git.js';
import { recordedFinding, Records, noteText, type AuditRecord, type RecordedFinding } from '../audit/records.js';
import { postCommitMessages, rangeMessages } from '../messages.js';
import { EXIT_CLEAN, parseOptions, type Command } from './command.js';

export const HELP = `Usage: jwtguard post-commit

Run by the post-commit hook. When the commit just made was not scanned by the pre-commit hook
(\`git commit --no-verify\`, HUSKY=0), scans what it added, warns, appends a record to the audit
log under the git dir and attaches a note under refs/notes/jwtguard. A commit that went in with
JWTGUARD_OVERRIDE is recorded the same way, with its reason. Never fails the commit: it is made.
`;

/** What made HEAD, from its reflog subject: "commit", "commit (amend)", "cherry-pick", "rebase (pick)", … */
function actionOf(reflogSubject: string): string {
  const colon = reflogSubject.indexOf(':');
  return colon === -1 ? '' : reflogSubject.slice(0, colon);
}

export const run: Command = async (argv, context) => {
  parseOptions('post-commit', argv, {});
  const cwd = context.cwd;
  // The common case, a commit the staged scan stamped, costs one git process.
  const headTree = await headTreeAndRecordsDir(cwd);
  if (!headTree) throw new GitSetupError(postCommitMessages.noCommit);
  const { tree, recordsDir } = headTree;
  const records = new Records(recordsDir, cwd);
  const stamp = await records.readStamp(tree);
  if (stamp && !stamp.override) return { stdout: '', exitCode: EXIT_CLEAN };
  const head = await commitInfo('HEAD', cwd);
  // A merge adds no lines of its own beyond a conflict resolution, which `git commit` scanned.
  if (!stamp && head.parents.length > 1) return { stdout: '', exitCode: EXIT_CLEAN };

  const via = actionOf(await lastHeadAction(cwd));
  let findings: RecordedFinding[];
  let report = '';
  if (stamp?.override) {
    findings = stamp.override.findings;
  } else {
    // Loaded only for an unscanned commit: most post-commit runs stop at the stamp.
    const [{ preparePlan }, { scanHistory }, { renderReport }] = await Promise.all([
      import('../config/plan.js'),
      import('../scan/scanRange.js'),
      import('../report/render.js'),
    ]);
    // A config that does not load blocked the staged scan already; here the defaults still record.
    const plan = preparePlan(cwd).catch(() => undefined);
    const scan = await scanHistory(['--no-walk', head.id], { cwd, plan });
    findings = scan.findings.map(recordedFinding);
    if (scan.findings.length > 0) {
      report = renderReport({ ...scan, allowed: [] }, 'human', { color: context.color, subject: `commit ${head.id.slice(0, 12)}`, verdict: rangeMessages.afterCommitVerdict });
    }
    // git runs no pre-commit while it replays commits (rebase, cherry-pick): only findings are news there.
    if (findings.length === 0 && via !== '' && !via.startsWith('commit')) return { stdout: '', exitCode: EXIT_CLEAN };
  }

  const record: AuditRecord = {
    version: 1,
    event: stamp?.override ? 'override' : via === '' || via.startsWith('commit') ? 'bypass' : 'unscanned',
    commit: head.id,
    tree: head.tree,
    author: head.author,
    date: head.date,
    branch: await currentBranch(cwd),
    recordedAt: new Date().toISOString(),
    ...(stamp?.override ? { reason: stamp.override.reason } : {}),
    ...(via ? { via } : {}),
    findings,
  };
  const wrote: string[] = [];
  const failed: string[] = [];
  try {
    await records.appendAudit(record);
    wrote.push(records.shown(records.auditLog));
  } catch (error) {
    failed.push(`${records.shown(records.auditLog)}: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    await addNote(head.id, noteText(record), cwd, context.env);
    wrote.push(postCommitMessages.noteWritten);
  } catch (error) {
    failed.push(`note: ${error instanceof Error ? error.message : String(error)}`);
  }
  const stderr = postCommitMessages.recorded(record, report, wrote, failed);
  return { stdout: '', stderr, exitCode: EXIT_CLEAN };
};
