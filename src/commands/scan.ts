// `jwtguard scan [paths…]`: whole files of the work tree (folders recursed, .gitignore honoured),
// read by the same detector as the staged change, each file as one hunk of added lines.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { PLAN_OPTIONS, planOptionsFrom, preparePlan } from '../config/plan.js';
import { scanFiles } from '../scan/scanFiles.js';
import { parseOptions, UsageError, type Command, type CommandContext, type CommandResult, type ParsedOptions } from './command.js';
import { deliverReport, OUTPUT_HELP, OUTPUT_OPTIONS, PLAN_HELP, reportTarget } from './output.js';

export const HELP = `Usage: jwtguard scan [paths…] [options]
       jwtguard scan --range A..B [options]

Scans whole files of the work tree: the given files and folders (folders recursed), or the whole
work tree when none is given. Tracked files and untracked ones that .gitignore does not ignore
are read as they are on disk; binary files, symlinks and submodules are skipped and counted.
Exits 1 when a finding blocks, as a commit would.

With --range A..B (anything \`git log\` takes as one revision argument): scans the added lines of
every non-merge commit in the range instead, from one streaming \`git log -p\`; each finding
names the commit that first added it (a secret added twice is reported once). A commit carrying a
Jwtguard-Override trailer has its findings allowed, with the reason. The CI backstop.

Options:
${OUTPUT_HELP}
${PLAN_HELP}
`;

export const SCAN_OPTIONS = {
  values: [...OUTPUT_OPTIONS.values, ...PLAN_OPTIONS.values, '--range'],
  flags: [...PLAN_OPTIONS.flags],
  positionals: 'any',
} as const;

/** Files and folders of the work tree (as given, relative to cwd) scanned whole. */
export async function scanPaths(options: ParsedOptions, context: CommandContext): Promise<CommandResult> {
  const target = reportTarget(options);
  const missing = options.positionals.find((path) => !existsSync(resolve(context.cwd, path)));
  if (missing !== undefined) throw new UsageError(`no such file or folder: ${missing}`);
  const plan = preparePlan(context.cwd, planOptionsFrom(options));
  const result = await scanFiles({ cwd: context.cwd, plan, paths: options.positionals });
  const subject = options.positionals.length > 0 ? 'the scanned files' : 'the work tree';
  return deliverReport(result, target, context, { subject, lineNoun: 'line' });
}

export const run: Command = async (argv, context) => {
  const options = parseOptions('scan', argv, SCAN_OPTIONS);
  const range = options.values.get('--range');
  if (range !== undefined) return (await import('./history.js')).scanRangeCommand(range, options, context);
  return scanPaths(options, context);
};
