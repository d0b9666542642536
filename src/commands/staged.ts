// `jwtguard staged`: the pre-commit scan of the index git is about to commit.
import { renderReport } from '../report/render.js';
import { scanStaged } from '../scan/scanStaged.js';
import { EXIT_CLEAN, EXIT_FINDINGS, formatOption, parseOptions, type Command } from './command.js';

export const STAGED_HELP = `Usage: jwtguard staged [--format human|json]

Scans the added lines of the staged change (the index \`git commit\` will use, including the
temporary one of \`git commit -a\`) and exits 1 when a finding blocks the commit.
`;

export const staged: Command = async (argv, context) => {
  const options = parseOptions('staged', argv, { values: ['--format'] });
  const format = formatOption(options);
  const result = await scanStaged({ cwd: context.cwd });
  const stdout = renderReport(result, format, { color: context.color });
  return { stdout, exitCode: result.findings.length > 0 ? EXIT_FINDINGS : EXIT_CLEAN };
};
