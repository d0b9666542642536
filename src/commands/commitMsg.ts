// `jwtguard commit-msg <file>`: when JWTGUARD_OVERRIDE let this commit's findings through, adds
// the `Jwtguard-Override: <reason>` trailer to its message, so the override travels with the commit
// and range scans (pre-push, CI, pre-receive) can see it was sanctioned.
import { addTrailer, gitPath, indexTree, OVERRIDE_TRAILER } from '../git/git.js';
import { Records } from '../audit/records.js';
import { overrideReason } from '../audit/override.js';
import { commitMsgMessages } from '../messages.js';
import { EXIT_CLEAN, parseOptions, UsageError, type Command } from './command.js';

export const HELP = `Usage: jwtguard commit-msg <message-file>

Run by the commit-msg hook with the path git gives it. When the staged scan let findings through
because of JWTGUARD_OVERRIDE="reason", adds "${OVERRIDE_TRAILER}: <reason>" to the message.
Otherwise changes nothing.
`;

export const run: Command = async (argv, context) => {
  const options = parseOptions('commit-msg', argv, { positionals: 'any' });
  const [messageFile, extra] = options.positionals;
  if (messageFile === undefined || extra !== undefined) throw new UsageError(commitMsgMessages.usage);
  if (overrideReason(context.env) === undefined) return { stdout: '', exitCode: EXIT_CLEAN };
  const [records, index] = await Promise.all([Records.open(context.cwd), gitPath('index', context.cwd)]);
  const stamp = await records.readStamp(await indexTree(index, records.dir, context.cwd));
  if (!stamp?.override) return { stdout: '', exitCode: EXIT_CLEAN };
  await addTrailer(messageFile, OVERRIDE_TRAILER, stamp.override.reason, context.cwd);
  return { stdout: '', stderr: commitMsgMessages.added(OVERRIDE_TRAILER, stamp.override.reason), exitCode: EXIT_CLEAN };
};
