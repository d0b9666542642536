// `jwtguard pre-push <remote> [<url>]`: scans exactly the commits a push sends. git gives one line
// per ref on stdin: `<local ref> <local sha> <remote ref> <remote sha>`.
import { preparePlan } from '../config/plan.js';
import { prePushMessages } from '../messages.js';
import { checkObjectId, historyResult, isZeroId, scanCommits } from './history.js';
import { EXIT_CLEAN, parseOptions, UsageError, type Command } from './command.js';

export const HELP = `Usage: jwtguard pre-push <remote> [<url>]   (git's pre-push hook arguments; refs on stdin)

Scans the added lines of every commit the push sends: for an updated branch, the commits after
what the remote has; for a new branch, the commits the remote's branches do not already hold;
deletions are skipped. A finding allowed by a comment or by a recorded override
(JWTGUARD_OVERRIDE, the Jwtguard-Override trailer) does not block. Exits 1 to stop the push.
`;

export interface PushedRef {
  localSha: string;
  remoteSha: string;
}

/** Parses git's pre-push stdin; deletions (an all-zero local sha) are dropped. */
export function parsePushLines(stdin: string): PushedRef[] {
  const refs: PushedRef[] = [];
  for (const line of stdin.split('\n')) {
    if (line.trim() === '') continue;
    const [, localSha = '', , remoteSha = '', ...rest] = line.trim().split(/\s+/);
    if (rest.length > 0 || remoteSha === '') throw new UsageError(prePushMessages.badLine(line));
    checkObjectId(localSha, line);
    checkObjectId(remoteSha, line);
    if (!isZeroId(localSha)) refs.push({ localSha, remoteSha });
  }
  return refs;
}

/**
 * The pre-commit framework reads git's stdin itself and passes one pushed ref on in variables
 * (PRE_COMMIT_TO_REF, PRE_COMMIT_FROM_REF, PRE_COMMIT_REMOTE_NAME; no refs when the push
 * includes a root commit, then the local branch stands for them).
 */
function refsFromPreCommitFramework(env: NodeJS.ProcessEnv): PushedRef[] {
  const local = env.PRE_COMMIT_TO_REF || env.PRE_COMMIT_LOCAL_BRANCH || 'HEAD';
  const remote = env.PRE_COMMIT_FROM_REF || '0'.repeat(40);
  if (local.startsWith('-') || remote.startsWith('-')) throw new UsageError(prePushMessages.usage);
  return [{ localSha: local, remoteSha: remote }];
}

export const run: Command = async (argv, context) => {
  const options = parseOptions('pre-push', argv, { positionals: 'any' });
  const framework = context.env.PRE_COMMIT_REMOTE_NAME;
  const [remote = framework ?? '', , extra] = options.positionals;
  if (remote === '' || remote.startsWith('-') || extra !== undefined) throw new UsageError(prePushMessages.usage);
  const stdin = await context.readStdin();
  const refs = stdin.trim() === '' && framework !== undefined ? refsFromPreCommitFramework(context.env) : parsePushLines(stdin);
  if (refs.length === 0) return { stdout: '', exitCode: EXIT_CLEAN };
  // What the remote already has is not news: its old tips, and every branch we know it holds
  // (a new branch is scanned against the remote's existing history, not all of ours).
  const revisions = [
    '--ignore-missing', // a remote tip we never fetched (a force push over it) is simply not excluded
    ...refs.map((ref) => ref.localSha),
    '--not',
    ...refs.filter((ref) => !isZeroId(ref.remoteSha)).map((ref) => ref.remoteSha),
    `--remotes=${remote}`,
  ];
  const result = await scanCommits(revisions, context.cwd, preparePlan(context.cwd));
  return historyResult(result, 'human', context.color, prePushMessages.stopped(result.findings.length));
};
