// The terminal report: where, why, how to fix, how to allow; then one summary. Pure: it returns text.
import kleur from 'kleur';
import type { ScanResult } from '../scan/result.js';
import { allowAdvice, fixAdvice } from './fixAdvice.js';
import type { RedactedFinding } from './redact.js';
import { plural } from '../messages.js';

export interface HumanReportOptions {
  color: boolean;
}

/** The fix is spelled out once per kind of finding; later ones of the same kind point back to it. */
function findingBlock(f: RedactedFinding, fixShown: Set<string>): string[] {
  const where = `${f.file}:${f.line}:${f.column}`;
  const kind = `${f.rule}\0${f.language}`;
  const [firstFix, ...moreFix] = fixShown.has(kind) ? ['as above.'] : fixAdvice(f.rule, f.language);
  fixShown.add(kind);
  return [
    `${kleur.bold(where)}  ${kleur.red(f.rule)}${f.commit ? kleur.dim(`  (commit ${f.commit.slice(0, 12)})`) : ''}`,
    `  ${f.why}`,
    `  ${kleur.dim('│')} ${f.snippet}`,
    `  ${kleur.green('fix:')}   ${firstFix}`,
    ...moreFix.map((line) => `         ${line}`),
    `  ${kleur.cyan('allow:')} ${allowAdvice(f.language)}`,
    '',
  ];
}

function skippedSummary(result: ScanResult): string | undefined {
  if (result.skipped.length === 0) return undefined;
  const counts = new Map<string, number>();
  for (const { reason } of result.skipped) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  const parts = [...counts].map(([reason, n]) => `${n} ${reason}`);
  return `skipped (no text to scan): ${parts.join(', ')}: ${result.skipped.map((s) => s.path).join(', ')}`;
}

export function humanReport(result: ScanResult, options: HumanReportOptions): string {
  kleur.enabled = options.color;
  const lines: string[] = [];
  if (result.findings.length > 0) {
    lines.push(kleur.red().bold(`jwtguard: ${plural(result.findings.length, 'hardcoded secret')} in the staged change`), '');
    const fixShown = new Set<string>();
    for (const f of result.findings) lines.push(...findingBlock(f, fixShown));
  }
  const scanned = `${plural(result.addedLines, 'added line')} in ${plural(result.files, 'file')} scanned`;
  if (result.findings.length > 0) {
    const files = new Set(result.findings.map((f) => f.file)).size;
    lines.push(kleur.red().bold(`✖ blocked: ${plural(result.findings.length, 'finding')} in ${plural(files, 'file')} (${scanned}).`));
    lines.push(kleur.dim('  Fix the lines above and stage them again; a key that was ever committed must be rotated.'));
  } else {
    lines.push(kleur.green(`✔ jwtguard: no hardcoded JWT secrets (${scanned}).`));
  }
  if (result.allowed.length > 0) {
    const list = result.allowed.map((f) => `${f.file}:${f.line} ${f.rule} "${f.allowReason || 'no reason given'}"`);
    lines.push(kleur.yellow(`  allowed by comment: ${result.allowed.length}: ${list.join('; ')}`));
    for (const f of result.allowed.filter((a) => a.allowReason === '')) {
      lines.push(kleur.yellow(`  warning: ${f.file}:${f.line} has jwtguard:allow without a reason; write why after the token.`));
    }
  }
  const skipped = skippedSummary(result);
  if (skipped) lines.push(kleur.dim(`  ${skipped}`));
  return `${lines.join('\n')}\n`;
}
