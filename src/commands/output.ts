// Where every scanning command's report goes: `--format human|json|sarif` to stdout, or to
// `--output FILE`. The exit code comes from the findings alone, never from the format or the file.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { plural } from '../messages.js';
import { renderReport, type RenderOptions } from '../report/render.js';
import type { ScanResult } from '../scan/result.js';
import { EXIT_CLEAN, EXIT_FINDINGS, UsageError, formatOption, type CommandContext, type CommandResult, type Format, type OptionSpec, type ParsedOptions } from './command.js';

/** The options every scanning command takes for its report. */
export const OUTPUT_OPTIONS: Required<Pick<OptionSpec, 'values'>> = { values: ['--format', '--output'] };

export const OUTPUT_HELP = `  --format human|json|sarif   report format (default: human); the exit code is the same for each
  --output FILE                write the report to FILE instead of standard output`;

/** Help for the options of PLAN_OPTIONS (config and suppressions), shared by the scanning commands. */
export const PLAN_HELP = `  --config FILE                read the config from FILE (default: .jwtguardrc.json,
                               jwtguard.config.json, then package.json#jwtguard at the top level)
  --no-baseline                also report the findings .jwtguard-baseline.json holds
  --audit                      ignore allow comments, the config's allow lists and the baseline`;

export interface ReportTarget {
  format: Format;
  /** `--output FILE`, as given. */
  output?: string;
}

/** Reads --format and --output; call it before scanning, so that a bad format stops the command first. */
export function reportTarget(options: ParsedOptions): ReportTarget {
  const target: ReportTarget = { format: formatOption(options) };
  const output = options.values.get('--output');
  if (output !== undefined) target.output = output;
  return target;
}

/** 0 when nothing blocks, 1 when a finding does: warnings, allowed and baseline findings never block. */
export function exitCodeOf(result: ScanResult): number {
  return result.findings.length > 0 ? EXIT_FINDINGS : EXIT_CLEAN;
}

/**
 * Renders `result` as `--format` says and sends it to `--output FILE` or to stdout. With a file,
 * stderr says what was written, so that a person running it in CI still sees the outcome.
 */
export async function deliverReport(
  result: ScanResult,
  target: ReportTarget,
  context: CommandContext,
  render: Omit<RenderOptions, 'color'> = {},
): Promise<CommandResult> {
  const { format, output } = target;
  const exitCode = exitCodeOf(result);
  if (output === undefined) {
    return { stdout: renderReport(result, format, { ...render, color: context.color }), exitCode };
  }
  const text = renderReport(result, format, { ...render, color: false });
  const path = resolve(context.cwd, output);
  try {
    // Synchronous: the report is the command's last step, and node:fs/promises would load on every commit.
    writeFileSync(path, text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'its folder does not exist' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message;
    throw new UsageError(`could not write the report to ${output}: ${why}`);
  }
  const outcome = result.findings.length > 0 ? `${plural(result.findings.length, 'finding')} block` : 'nothing blocks';
  return { stdout: '', stderr: `jwtguard: wrote the ${format} report to ${output}: ${outcome}.\n`, exitCode };
}
