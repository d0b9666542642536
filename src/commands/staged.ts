// `jwtguard staged`: the pre-commit scan of the index git is about to commit.
import { PLAN_OPTIONS, planOptionsFrom, preparePlan } from '../config/plan.js';
import { scanStaged } from '../scan/scanStaged.js';
import { overrideReason, recordStagedScan } from '../audit/override.js';
import { stagedScanPaths } from '../git/git.js';
import { parseOptions, type Command } from './command.js';
import { deliverReport, OUTPUT_HELP, OUTPUT_OPTIONS, PLAN_HELP, reportTarget } from './output.js';

export const HELP = `Usage: jwtguard staged [options]

Scans the added lines of the staged change (the index \`git commit\` will use, including the
temporary one of \`git commit -a\`) and exits 1 when a finding blocks the commit. A passing scan
leaves a stamp under the git dir for the post-commit bypass check.
JWTGUARD_OVERRIDE="<reason>" lets the findings through, on the record (audit log, commit trailer);
an empty reason is refused.

Options:
${OUTPUT_HELP}
${PLAN_HELP}
`;

export const run: Command = async (argv, context) => {
  const options = parseOptions('staged', argv, { values: [...OUTPUT_OPTIONS.values, ...PLAN_OPTIONS.values], flags: PLAN_OPTIONS.flags });
  const target = reportTarget(options);
  const reason = overrideReason(context.env);
  // The top level (for the config), the records' place, the index: known at once in a hook, else
  // from one rev-parse beside the diff. It starts just after the diff (scanStaged starts that at
  // once): git takes longer to answer the diff.
  const paths = Promise.resolve().then(() => stagedScanPaths(context.cwd, context.env));
  // The config and baseline are read while the diff streams.
  const plan = preparePlan(context.cwd, planOptionsFrom(options), paths.then((p) => p.topLevel));
  const scanned = await scanStaged({ cwd: context.cwd, plan });
  // Stamps a passing scan for the post-commit check; JWTGUARD_OVERRIDE moves findings to allowed.
  // The plan waited for `paths`, so a finished scan has them.
  const { result, notes } = await recordStagedScan(scanned, reason, await paths, context.cwd);
  const report = await deliverReport(result, target, context);
  return { ...report, stderr: `${notes}${report.stderr ?? ''}` };
};
