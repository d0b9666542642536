// `jwtguard:allow <reason>` in a comment on the line, or `jwtguard:allow-next-line <reason>` on
// the line above, lets a finding through. It is counted and shown, never silently dropped.
import type { Finding } from '../detect/types.js';
import { redactFindings, type RedactedFinding } from '../report/redact.js';

const TOKEN = 'jwtguard:allow';
const NEXT_LINE_SUFFIX = '-next-line';
/** Comment openers of the languages we read: // # /* -- <!-- ; */
const COMMENT_OPENERS = ['//', '#', '/*', '--', '<!--', ';'];

/**
 * The text after `jwtguard:allow` (or `jwtguard:allow-next-line`) when the token stands in a
 * comment on the line; undefined otherwise. String searches only: minified lines stay linear.
 */
function allowReasonIn(text: string, nextLine: boolean): string | undefined {
  let at = text.indexOf(TOKEN);
  while (at !== -1) {
    const after = at + TOKEN.length;
    const isNextLine = text.startsWith(NEXT_LINE_SUFFIX, after);
    const end = isNextLine ? after + NEXT_LINE_SUFFIX.length : after;
    const wordEnds = end >= text.length || !/[\w-]/.test(text[end]!);
    const inComment = COMMENT_OPENERS.some((opener) => {
      const open = text.lastIndexOf(opener, at - 1);
      return open !== -1 && open + opener.length <= at;
    });
    if (isNextLine === nextLine && wordEnds && inComment) return text.slice(end);
    at = text.indexOf(TOKEN, end);
  }
  return undefined;
}

export interface AllowDecision {
  /** The text after the token, without comment closers; empty when none was given. */
  reason: string;
  how: 'allow' | 'allow-next-line';
}

function cleanReason(raw: string): string {
  return raw.replace(/(?:\*\/|-->)\s*$/, '').replace(/^[\s:=-]+/, '').trim();
}

export function allowDecision(finding: Finding): AllowDecision | undefined {
  const same = allowReasonIn(finding.lineText, false);
  if (same !== undefined) return { reason: cleanReason(same), how: 'allow' };
  if (finding.previousLineText !== undefined) {
    const next = allowReasonIn(finding.previousLineText, true);
    if (next !== undefined) return { reason: cleanReason(next), how: 'allow-next-line' };
  }
  return undefined;
}

/** Splits findings into those that block and those an allow comment lets through, redacted. */
export function applyAllowComments(findings: readonly Finding[]): { blocking: RedactedFinding[]; allowed: RedactedFinding[] } {
  const reasons = new Map<Finding, string>();
  for (const finding of findings) {
    const decision = allowDecision(finding);
    if (decision) reasons.set(finding, decision.reason);
  }
  // Redact all together so that a snippet hides every secret on its line, allowed or not.
  const redacted = redactFindings(findings, reasons);
  return {
    blocking: redacted.filter((f) => f.allowReason === undefined),
    allowed: redacted.filter((f) => f.allowReason !== undefined),
  };
}
