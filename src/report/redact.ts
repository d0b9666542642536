// Redaction happens here, before any reporter sees a finding: reporters get only RedactedFinding.
import { nodeCrypto } from '../nodeCrypto.js';
import type { Finding, FindingContext, Severity } from '../detect/types.js';
import type { Language } from '../detect/language.js';

export interface RedactedFinding {
  rule: string;
  severity: Severity;
  file: string;
  language: Language;
  line: number;
  column: number;
  /** The secret as `abcd…(32)`: a few first characters and its length. */
  match: string;
  /** The line, trimmed around the secret and with every secret on it redacted. */
  snippet: string;
  why: string;
  /** Stable across line moves: rule, path and a hash of the secret. */
  fingerprint: string;
  commit?: string;
  /** Code, test or docs: a demo key in the last two only warns. */
  context: FindingContext;
  /** Set when an allow comment let the finding through. */
  allowReason?: string;
  /** What let it through, with allowReason: an allow comment (the default) or the config's allow lists. */
  allowedBy?: AllowSource;
}

/** `override`: JWTGUARD_OVERRIDE, or the Jwtguard-Override trailer it leaves, let a commit's findings through. */
export type AllowSource = 'comment' | 'config' | 'override';

const SHOWN_CHARACTERS = 4;
const SNIPPET_WIDTH = 160;

/** First 4 characters (at most half the secret, so a short one never shows whole), `…`, its length. */
export function redactSecret(secret: string): string {
  const shown = Math.min(SHOWN_CHARACTERS, Math.floor(secret.length / 2));
  return `${secret.slice(0, shown)}…(${secret.length})`;
}

export function fingerprintOf(rule: string, path: string, secret: string): string {
  return nodeCrypto().createHash('sha256').update(`${rule}\0${path}\0${secret}`).digest('hex').slice(0, 16);
}

/** Control characters would let a committed line move the cursor or recolour the terminal. */
function printable(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '\uFFFD').replace(/\t/g, ' ');
}

/** The part of the line around `secret`, with it and every other secret on the line redacted. */
export function redactedSnippet(lineText: string, secret: string, secretsOnLine: readonly string[]): string {
  let text = lineText;
  // Longest first, so that a secret containing another is hidden whole.
  for (const each of [...new Set([secret, ...secretsOnLine])].sort((a, b) => b.length - a.length)) {
    if (each === '') continue;
    text = text.split(each).join(redactSecret(each));
  }
  text = printable(text.trim());
  if (text.length > SNIPPET_WIDTH) {
    const focus = Math.max(0, text.indexOf(redactSecret(secret)));
    const start = Math.max(0, Math.min(focus - SNIPPET_WIDTH / 2, text.length - SNIPPET_WIDTH));
    text = `${start > 0 ? '…' : ''}${text.slice(start, start + SNIPPET_WIDTH)}${start + SNIPPET_WIDTH < text.length ? '…' : ''}`;
  }
  return text;
}

/** Turns findings into what reporters may see; every secret found on a line is hidden in its snippet. */
export function redactFindings(findings: readonly Finding[], reasons?: ReadonlyMap<Finding, string>): RedactedFinding[] {
  const secretsByLine = new Map<string, string[]>();
  for (const f of findings) {
    const key = `${f.commit ?? ''}\0${f.path}\0${f.line}`;
    const list = secretsByLine.get(key) ?? [];
    list.push(f.secret);
    secretsByLine.set(key, list);
  }
  return findings.map((f) => {
    const redacted: RedactedFinding = {
      rule: f.rule,
      severity: f.severity,
      file: f.path,
      language: f.language,
      line: f.line,
      column: f.column,
      match: redactSecret(f.secret),
      snippet: redactedSnippet(f.lineText, f.secret, secretsByLine.get(`${f.commit ?? ''}\0${f.path}\0${f.line}`) ?? []),
      why: f.why,
      fingerprint: fingerprintOf(f.rule, f.path, f.secret),
      context: f.context ?? 'code',
    };
    if (f.commit) redacted.commit = f.commit;
    const reason = reasons?.get(f);
    if (reason !== undefined) redacted.allowReason = reason;
    return redacted;
  });
}
