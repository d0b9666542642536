// `jwtguard pre-receive`: the server-side check no client flag can skip. git gives one line per ref
// on stdin: `<old> <new> <ref>`; the pushed objects sit in quarantine (GIT_OBJECT_DIRECTORY and
// GIT_ALTERNATE_OBJECT_DIRECTORIES, which git.ts passes through) until this hook accepts them.
import { preReceiveMessages } from '../messages.js';
import { checkObjectId, historyResult, isZeroId, scanCommits } from './history.js';
import { EXIT_CLEAN, parseOptions, UsageError, type Command } from './command.js';

export const HELP = `Usage: jwtguard pre-receive   (in a repository's hooks/pre-receive; ref updates on stdin)

Scans the added lines of every commit a push brings that the repository does not already hold,
and rejects the whole push when one adds a finding, naming commit, file and line. Deletions are
skipped. A finding allowed by a comment or by a Jwtguard-Override trailer does not block.
`;

/** The new tips of `<old> <new> <ref>` lines; deletions (an all-zero new id) are dropped. */
export function parseReceiveLines(stdin: string): string[] {
  const tips: string[] = [];
  for (const line of stdin.split('\n')) {
    if (line.trim() === '') continue;
    const [oldId = '', newId = '', ref, ...rest] = line.trim().split(/\s+/);
    if (ref === undefined || rest.length > 0) throw new UsageError(preReceiveMessages.badLine(line));
    checkObjectId(oldId, line);
    checkObjectId(newId, line);
    if (!isZeroId(newId)) tips.push(newId);
  }
  return tips;
}

export const run: Command = async (argv, context) => {
  parseOptions('pre-receive', argv, {});
  const tips = parseReceiveLines(await context.readStdin());
  if (tips.length === 0) return { stdout: '', exitCode: EXIT_CLEAN };
  // Refs are not updated until this hook accepts, so --all is exactly what the repository held before.
  const result = await scanCommits([...tips, '--not', '--all'], context.cwd);
  const outcome = historyResult(result, 'human', false, preReceiveMessages.rejected(result.findings.length));
  // git relays the hook's output to the pusher as "remote: …" lines; stderr keeps it unbuffered and in order.
  return { stdout: '', stderr: outcome.stdout, exitCode: outcome.exitCode };
};
