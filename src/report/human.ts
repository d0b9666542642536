// The terminal report: where, why, how to fix, how to allow; then one summary. Pure: it returns text.
import { createRequire } from 'node:module';
import type { Kleur } from 'kleur';
import type { ScanResult } from '../scan/result.js';
import { allowAdvice, fixAdvice } from './fixAdvice.js';
import type { RedactedFinding } from './redact.js';
import { plural } from '../messages.js';

export interface HumanReportOptions {
  color: boolean;
  /** What was scanned, for the headline: 'the staged change' unless told. */
  subject?: string;
  /** What a scanned line is: 'added line' unless told (`jwtguard scan` reads whole files: 'line'). */
  lineNoun?: string;
  /** The summary's verb and advice when findings block: 'blocked' and "fix … stage again" unless told (history is rewritten, not restaged). */
  verdict?: { word: string; advice: string };
}

/** kleur's calls without colour (plain.red().bold(text) is text), so that kleur loads only for colour. */
const plain = ((text?: string) => (text === undefined ? PLAIN : text)) as unknown as Kleur[keyof Kleur];
const PLAIN = { bold: plain, dim: plain, red: plain, yellow: plain, green: plain, cyan: plain } as unknown as Kleur;

/** How this report paints: kleur for a coloured one, PLAIN otherwise (a pipe, NO_COLOR). */
let paint: Kleur = PLAIN;

/** kleur, on for this report whatever it read from the environment (the bin decided on colour). */
function colours(): Kleur {
  const kleur = createRequire(import.meta.url)('kleur') as Kleur & { enabled: boolean };
  kleur.enabled = true;
  return kleur;
}

/** The fix is spelled out once per kind of finding; later ones of the same kind point back to it. */
function findingBlock(f: RedactedFinding, fixShown: Set<string>): string[] {
  const where = `${f.file}:${f.line}:${f.column}`;
  const kind = `${f.rule}\0${f.language}`;
  const [firstFix, ...moreFix] = fixShown.has(kind) ? ['as above.'] : fixAdvice(f.rule, f.language);
  fixShown.add(kind);
  return [
    `${paint.bold(where)}  ${(f.severity === 'warning' ? paint.yellow : paint.red)(f.rule)}${f.commit ? paint.dim(`  (commit ${f.commit.slice(0, 12)})`) : ''}`,
    `  ${f.why}`,
    `  ${paint.dim('│')} ${f.snippet}`,
    `  ${paint.green('fix:')}   ${firstFix}`,
    ...moreFix.map((line) => `         ${line}`),
    `  ${paint.cyan('allow:')} ${allowAdvice(f.language)}`,
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
  paint = options.color ? colours() : PLAIN;
  const lines: string[] = [];
  if (result.findings.length > 0) {
    lines.push(paint.red().bold(`jwtguard: ${plural(result.findings.length, 'hardcoded secret')} in ${options.subject ?? 'the staged change'}`), '');
  }
  const fixShown = new Set<string>();
  for (const f of result.findings) lines.push(...findingBlock(f, fixShown));
  const warnings = result.warnings ?? [];
  if (warnings.length > 0) {
    lines.push(paint.yellow().bold(`jwtguard: ${plural(warnings.length, 'warning')} (shown, not blocking: demo keys in docs and tests, rules set to "warn" in the config)`), '');
    for (const f of warnings) lines.push(...findingBlock(f, fixShown));
  }
  const scanned = `${plural(result.addedLines, options.lineNoun ?? 'added line')} in ${plural(result.files, 'file')} scanned`;
  if (result.findings.length > 0) {
    const files = new Set(result.findings.map((f) => f.file)).size;
    lines.push(paint.red().bold(`✖ ${options.verdict?.word ?? 'blocked'}: ${plural(result.findings.length, 'finding')} in ${plural(files, 'file')} (${scanned}).`));
    lines.push(paint.dim(`  ${options.verdict?.advice ?? 'Fix the lines above and stage them again; a key that was ever committed must be rotated.'}`));
  } else if (warnings.length > 0) {
    lines.push(paint.green(`✔ jwtguard: nothing blocks: ${plural(warnings.length, 'warning')} above (${scanned}).`));
  } else {
    lines.push(paint.green(`✔ jwtguard: no hardcoded JWT secrets (${scanned}).`));
  }
  const byComment = result.allowed.filter((f) => f.allowedBy !== 'config' && f.allowedBy !== 'override');
  const byConfig = result.allowed.filter((f) => f.allowedBy === 'config');
  const byOverride = result.allowed.filter((f) => f.allowedBy === 'override');
  if (byOverride.length > 0) {
    const list = byOverride.map((f) => `${f.file}:${f.line} ${f.rule}${f.commit ? ` (commit ${f.commit.slice(0, 12)})` : ''} "${f.allowReason}"`);
    lines.push(paint.yellow(`  allowed by override (JWTGUARD_OVERRIDE): ${byOverride.length}: ${list.join('; ')}`));
  }
  if (byConfig.length > 0) {
    const list = byConfig.map((f) => `${f.file}:${f.line} ${f.rule} (${f.allowReason})`);
    lines.push(paint.yellow(`  allowed by config: ${byConfig.length}: ${list.join('; ')}`));
  }
  if (byComment.length > 0) {
    const list = byComment.map((f) => `${f.file}:${f.line} ${f.rule} "${f.allowReason || 'no reason given'}"`);
    lines.push(paint.yellow(`  allowed by comment: ${byComment.length}: ${list.join('; ')}`));
    for (const f of result.allowed.filter((a) => a.allowReason === '')) {
      lines.push(paint.yellow(`  warning: ${f.file}:${f.line} has jwtguard:allow without a reason; write why after the token.`));
    }
  }
  if (result.baselined) {
    lines.push(paint.dim(`  in the baseline (.jwtguard-baseline.json), not shown: ${plural(result.baselined, 'finding')}; --no-baseline shows them`));
  }
  if (result.excluded) lines.push(paint.dim(`  excluded by the config's include/exclude: ${plural(result.excluded, 'file')}`));
  const skipped = skippedSummary(result);
  if (skipped) lines.push(paint.dim(`  ${skipped}`));
  return `${lines.join('\n')}\n`;
}
