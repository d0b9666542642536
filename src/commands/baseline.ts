// `jwtguard baseline`: records the findings a repository already has, so that adopting jwtguard
// blocks only new ones. It writes .jwtguard-baseline.json at the top level and says what it wrote.
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BASELINE_FILE } from '../config/config.js';
import { preparePlan } from '../config/plan.js';
import { plural } from '../messages.js';
import { scanFiles } from '../scan/scanFiles.js';
import { baselineText } from '../suppress/baseline.js';
import { EXIT_CLEAN, parseOptions, UsageError, type Command } from './command.js';

export const HELP = `Usage: jwtguard baseline [--config FILE]

Scans every tracked file (as it is in the work tree) and writes ${BASELINE_FILE} at the top
level: one fingerprint per finding (rule, path and a hash of the value; never the value). Scans
then skip those findings and count them; \`--no-baseline\` shows them. A finding leaves the
baseline as soon as its value changes, and a new one blocks as usual. Running it again replaces
the file. Commit it, and rotate the keys it lists: they are still in the history.

Options:
  --config FILE   read the config from FILE (include/exclude, rules and allow lists apply)
`;

export const run: Command = async (argv, context) => {
  const options = parseOptions('baseline', argv, { values: ['--config'] });
  const configFile = options.values.get('--config');
  // The old baseline must not hide what the new one records; allowed findings need no entry.
  const plan = await preparePlan(context.cwd, { noBaseline: true, ...(configFile !== undefined ? { configFile } : {}) });
  const result = await scanFiles({ cwd: context.cwd, plan, trackedOnly: true });
  const recorded = [...result.findings, ...(result.warnings ?? [])];
  const path = join(plan.topLevel, BASELINE_FILE);
  const replaced = existsSync(path);
  try {
    await writeFile(path, baselineText(recorded));
  } catch (error) {
    throw new UsageError(`could not write ${BASELINE_FILE}: ${(error as Error).message}`);
  }
  const entries = new Set(recorded.map((f) => f.fingerprint)).size;
  const files = new Set(recorded.map((f) => f.file)).size;
  const stdout =
    `jwtguard: ${replaced ? 'replaced' : 'wrote'} ${BASELINE_FILE}: ${plural(entries, 'fingerprint')} for ` +
    `${plural(recorded.length, 'finding')} in ${plural(files, 'file')} (${plural(result.files, 'tracked file')} scanned` +
    `${result.allowed.length > 0 ? `; ${result.allowed.length} allowed, not recorded` : ''}).\n` +
    (entries > 0
      ? '  Scans now skip these and block only new findings; `--no-baseline` shows them. Commit the file,\n' +
        '  and rotate these keys: they stay readable in the history.\n'
      : '');
  return { stdout, exitCode: EXIT_CLEAN };
};
