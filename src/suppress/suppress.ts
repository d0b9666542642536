// The suppression stage, after detection: allow comments, the config's allow lists, then the
// baseline. Each suppressed finding is counted and shown (the baseline's are counted); `audit`
// turns every suppression off. Findings leave here redacted and sorted into what blocks, what
// only warns, and what was allowed.
import type { Finding } from '../detect/types.js';
import { fingerprintOf, redactFindings, type AllowSource, type RedactedFinding } from '../report/redact.js';
import { allowDecision } from './allowComment.js';

export interface ConfigAllow {
  /** The `allow.paths` glob that matches a path, if any. */
  pathGlob(path: string): string | undefined;
  /** The `allow.values` pattern that matches a value whole, if any. */
  valuePattern(value: string): string | undefined;
}

export interface SuppressionOptions {
  configAllow?: ConfigAllow;
  /** Fingerprints recorded by `jwtguard baseline`. */
  baseline?: ReadonlySet<string>;
  /** Ignore every suppression: report all that was found (`--audit`). */
  audit?: boolean;
}

export interface SuppressedFindings {
  /** Error-severity findings that nothing suppressed: these block. */
  blocking: RedactedFinding[];
  /** Warning-severity findings that nothing suppressed: shown, never blocking. */
  warnings: RedactedFinding[];
  /** Findings an allow comment or the config let through, with the reason. */
  allowed: RedactedFinding[];
  /** How many findings the baseline skipped. */
  baselined: number;
}

function allowedBy(finding: Finding, configAllow: ConfigAllow | undefined): { by: AllowSource; reason: string } | undefined {
  const comment = allowDecision(finding);
  if (comment) return { by: 'comment', reason: comment.reason };
  if (!configAllow) return undefined;
  const glob = configAllow.pathGlob(finding.path);
  if (glob !== undefined) return { by: 'config', reason: `allow.paths ${JSON.stringify(glob)}` };
  const pattern = configAllow.valuePattern(finding.secret);
  if (pattern !== undefined) return { by: 'config', reason: `allow.values ${JSON.stringify(pattern)}` };
  return undefined;
}

export function suppressFindings(findings: readonly Finding[], options: SuppressionOptions = {}): SuppressedFindings {
  const reasons = new Map<Finding, string>();
  const sources = new Map<Finding, AllowSource>();
  const inBaseline = new Set<Finding>();
  if (!options.audit) {
    for (const finding of findings) {
      const allowed = allowedBy(finding, options.configAllow);
      if (allowed) {
        reasons.set(finding, allowed.reason);
        sources.set(finding, allowed.by);
      } else if (options.baseline?.has(fingerprintOf(finding.rule, finding.path, finding.secret))) {
        inBaseline.add(finding);
      }
    }
  }
  // Redact all together so that a snippet hides every secret on its line, suppressed or not.
  const redacted = redactFindings(findings, reasons);
  const result: SuppressedFindings = { blocking: [], warnings: [], allowed: [], baselined: inBaseline.size };
  findings.forEach((finding, i) => {
    const shown = redacted[i]!;
    if (inBaseline.has(finding)) return;
    const source = sources.get(finding);
    if (source) result.allowed.push({ ...shown, allowedBy: source });
    else if (finding.severity === 'error') result.blocking.push(shown);
    else result.warnings.push(shown);
  });
  return result;
}
