// jwtguard's own records under the git dir (shared by every worktree): a stamp per scanned index
// tree, and the audit log of commits that went in unscanned or overridden. Nothing here ever holds
// a secret: findings are kept as rule, path, line and fingerprint.
// fs.promises rather than node:fs/promises: the bundle then loads it (and the eight modules it
// pulls in) only when another command reads the records, never on the commit's path.
import { mkdirSync, promises as fs, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gitPath, RECORDS_GIT_PATH } from '../git/git.js';
import type { RedactedFinding } from '../report/redact.js';

/** A finding as records keep it: never the secret, not even redacted. */
export interface RecordedFinding {
  rule: string;
  path: string;
  line: number;
  fingerprint: string;
}

export interface Stamp {
  version: 1;
  /** The index's tree id when the staged scan passed (`git write-tree`). */
  tree: string;
  scannedAt: string;
  /** Set when JWTGUARD_OVERRIDE let findings through. */
  override?: { reason: string; findings: RecordedFinding[] };
}

/** `bypass`: `git commit` without the staged scan (--no-verify); `unscanned`: a commit git made without pre-commit (rebase, cherry-pick) that adds findings; `override`: JWTGUARD_OVERRIDE. */
export type AuditEvent = 'bypass' | 'unscanned' | 'override';

export interface AuditRecord {
  version: 1;
  event: AuditEvent;
  commit: string;
  tree: string;
  author: string;
  date: string;
  branch: string;
  recordedAt: string;
  /** The override's reason. */
  reason?: string;
  /** What made the commit, from HEAD's reflog ("commit", "commit (amend)", "cherry-pick", …). */
  via?: string;
  findings: RecordedFinding[];
}

export const AUDIT_LOG_FILE = 'audit.jsonl';
/** Inside the records dir; hooks/post-commit and init's husky line test for `<STAMPS_DIR>/<tree>` too. */
export const STAMPS_DIR = 'stamps';
const OVERRIDE_SUFFIX = '.override';
const TREE_ID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

export function recordedFinding(finding: RedactedFinding): RecordedFinding {
  return { rule: finding.rule, path: finding.file, line: finding.line, fingerprint: finding.fingerprint };
}

export class Records {
  /** The records in `dir` (the absolute RECORDS_GIT_PATH); `cwd` is where paths are shown from. */
  constructor(
    readonly dir: string,
    private readonly cwd: string,
  ) {}

  /** The records of the repository at `cwd` (the directory need not exist yet). */
  static async open(cwd: string): Promise<Records> {
    return new Records(await gitPath(RECORDS_GIT_PATH, cwd), cwd);
  }

  get auditLog(): string {
    return join(this.dir, AUDIT_LOG_FILE);
  }

  /** A path to show people: relative to where they ran jwtguard when that is shorter. */
  shown(path: string): string {
    const rel = relative(this.cwd, path);
    return rel.length < path.length ? rel : path;
  }

  /**
   * `stamps/<tree>` for a scan that passed, `stamps/<tree>.override` for one JWTGUARD_OVERRIDE let
   * through. The post-commit hook scripts skip Node when the first exists (hooks/post-commit), so an
   * override, which post-commit records, must not be stamped under that name.
   */
  private stampFile(tree: string, override: boolean): string {
    if (!TREE_ID.test(tree)) throw new Error(`not a tree id: "${tree.slice(0, 80)}"`);
    return join(this.dir, STAMPS_DIR, override ? `${tree}${OVERRIDE_SUFFIX}` : tree);
  }

  /**
   * Replaces the tree's stamp, of either kind: the latest scan of a tree is the one that counts.
   * Synchronous on purpose: it is the last step of a passing commit, with nothing left to overlap,
   * and round trips through the thread pool cost more than these small writes.
   */
  async writeStamp(stamp: Stamp): Promise<void> {
    mkdirSync(join(this.dir, STAMPS_DIR), { recursive: true });
    const override = stamp.override !== undefined;
    writeFileSync(this.stampFile(stamp.tree, override), `${JSON.stringify(stamp)}\n`);
    rmSync(this.stampFile(stamp.tree, !override), { force: true });
  }

  /** The stamp of `tree`, or undefined when that tree was never scanned here. */
  async readStamp(tree: string): Promise<Stamp | undefined> {
    for (const override of [false, true]) {
      try {
        return JSON.parse(await fs.readFile(this.stampFile(tree, override), 'utf8')) as Stamp;
      } catch {
        // not stamped this way
      }
    }
    return undefined;
  }

  async appendAudit(record: AuditRecord): Promise<void> {
    await fs.mkdir(this.dir, { recursive: true });
    await fs.appendFile(this.auditLog, `${JSON.stringify(record)}\n`);
  }

  /** Every audit record, oldest first; `unreadable` counts lines that are not records (a hand edit, a torn write). */
  async readAudit(): Promise<{ records: AuditRecord[]; unreadable: number }> {
    let text: string;
    try {
      text = await fs.readFile(this.auditLog, 'utf8');
    } catch {
      return { records: [], unreadable: 0 };
    }
    const records: AuditRecord[] = [];
    let unreadable = 0;
    for (const line of text.split('\n')) {
      if (line.trim() === '') continue;
      try {
        const record = JSON.parse(line) as AuditRecord;
        if (typeof record.commit === 'string' && typeof record.event === 'string') records.push(record);
        else unreadable++;
      } catch {
        unreadable++;
      }
    }
    return { records, unreadable };
  }

  /** Overrides the audit log records, by commit id (for range scans in this clone). */
  async recordedOverrides(): Promise<Map<string, string>> {
    const { records } = await this.readAudit();
    return new Map(records.filter((r) => r.event === 'override').map((r) => [r.commit, r.reason ?? '']));
  }
}

/** The note attached to a recorded commit: readable in `git log --notes=jwtguard`, parsed by audit. */
export function noteText(record: AuditRecord): string {
  const headline =
    record.event === 'override'
      ? `jwtguard: override: ${record.reason ?? ''}`
      : `jwtguard: ${record.event}: committed without the jwtguard pre-commit scan${record.via && record.via !== 'commit' ? ` (${record.via})` : ''}`;
  const findings = record.findings.map((f) => `${f.rule} ${f.path}:${f.line} fingerprint ${f.fingerprint}`);
  return [headline, `findings: ${record.findings.length}`, ...findings].join('\n');
}

/** The event a jwtguard note records, from its first line; undefined for anything else. */
export function noteEvent(note: string): AuditEvent | undefined {
  const match = /^jwtguard: (bypass|unscanned|override):/.exec(note);
  return match ? (match[1] as AuditEvent) : undefined;
}
