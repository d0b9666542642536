// The per-file stage after the line rules. It reports a name bound to a literal and used as a JWT
// key elsewhere in the same file (identifier flow), and decides the entropy findings that wait on
// whether the file imports a JWT library. What the diff shows is used first; the staged file is read
// (through the reader the scan passes in) only for files that still need it.
import type { DiffFile, DiffLine } from '../diff/parseDiff.js';
import { CODE_LANGUAGES, languageOf, type Language } from './language.js';
import { textImportsJwtLibrary, type FileFacts } from './fileFacts.js';
import { keyUses, literalBindings, type LiteralBinding } from './identifierFlow.js';
import { withPubliclyKnown } from './weakKeys.js';
import type { Finding, Rule, Severity } from './types.js';

/** The rule this stage reports: listed and configured like a line rule, never run on a line. */
export const JWT_KEY_IDENTIFIER: Rule = {
  id: 'jwt-key-identifier',
  description: 'A name bound to a literal (`const KEY = \'x\'`) is used as the key of a JWT call elsewhere in the same staged file.',
  severity: 'error',
  keywords: [],
  stage: true,
  match: () => [],
};

/** Reads staged files' contents by blob id, all at once; a blob too large to read is left out. */
export type BlobReader = (blobs: readonly string[]) => Promise<ReadonlyMap<string, string>>;

/** Largest staged file read whole. */
export const MAX_BLOB_BYTES = 2 * 1024 * 1024;
/** Most bindings remembered per file, and most characters of its hunks kept to look for uses. */
const MAX_BINDINGS = 200;
const MAX_HUNK_CHARS = 512 * 1024;
/** A binding whose name says key is worth reading the file for even when its diff never mentions JWT. */
const KEYISH_NAME = /key|secret|token|sign|hmac|pass|salt|cred|priv|auth|jwt/i;

interface Binding extends LiteralBinding {
  line: number;
  lineText: string;
  previousLineText?: string;
}

interface Hunk {
  /** Its lines, joined only for a file with bindings to look up. */
  lines: string[];
  firstLine: number;
}

interface PendingFile {
  file: DiffFile;
  language: Language;
  bindings: Binding[];
  deferred: Finding[];
  positions: Map<string, Finding>;
}

function positionOf(finding: Pick<Finding, 'line' | 'column'>): string {
  return `${finding.line}:${finding.column}`;
}

/** Offsets where each line of `text` starts, for turning an offset into a line number. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}

function lineAt(starts: readonly number[], offset: number, firstLine: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return firstLine + low;
}

export class FileStage {
  private file: DiffFile | undefined;
  private language: Language = 'other';
  private isCode = false;
  private bindings: Binding[] = [];
  private hunks: Hunk[] = [];
  private hunkLines: string[] = [];
  private hunkFirstLine = 0;
  private keptChars = 0;
  /** Some lines of the file were not kept (MAX_HUNK_CHARS). */
  private truncated = false;
  private previous: DiffLine | undefined;
  /** Findings of the current file by place: this stage never reports a place twice. */
  private positions = new Map<string, Finding>();
  private readonly pending: PendingFile[] = [];
  /** The identifier rule as the scan's config sets it; undefined when it is off. */
  private readonly identifierRule: Rule | undefined;

  constructor(
    private readonly emit: (finding: Finding) => void,
    /** The scan's rules, for the severity a config gave the rules whose findings wait here. */
    private readonly rules: readonly Rule[] = [],
    /** Takes back a catch-all rule's finding that this stage reports better at the same place. */
    private readonly withdraw: (finding: Finding) => void = () => {},
  ) {
    this.identifierRule = rules.find((rule) => rule.id === JWT_KEY_IDENTIFIER.id);
  }

  fileStart(file: DiffFile): void {
    this.file = file;
    this.language = languageOf(file.path);
    this.isCode = CODE_LANGUAGES.includes(this.language);
    this.bindings = [];
    this.hunks = [];
    this.hunkLines = [];
    this.keptChars = 0;
    this.truncated = false;
    this.previous = undefined;
    this.positions = new Map();
  }

  line(line: DiffLine): void {
    if (!this.file || !this.isCode) return;
    if (this.hunkLines.length === 0) this.hunkFirstLine = line.lineNumber;
    if (!this.truncated && this.keptChars + line.text.length < MAX_HUNK_CHARS) {
      this.hunkLines.push(line.text);
      this.keptChars += line.text.length + 1;
    } else {
      this.truncated = true;
    }
    if (line.kind === 'add' && this.identifierRule && this.bindings.length < MAX_BINDINGS) {
      const previousLineText = this.previous && this.previous.lineNumber === line.lineNumber - 1 ? this.previous.text : undefined;
      for (const binding of literalBindings(line.text, this.language)) {
        const kept: Binding = { ...binding, line: line.lineNumber, lineText: line.text };
        if (previousLineText !== undefined) kept.previousLineText = previousLineText;
        this.bindings.push(kept);
      }
    }
    this.previous = line;
  }

  hunkEnd(): void {
    // Kept (up to MAX_HUNK_CHARS a file) until the file ends: only a file with bindings reads them.
    if (this.hunkLines.length > 0) this.hunks.push({ lines: this.hunkLines, firstLine: this.hunkFirstLine });
    this.hunkLines = [];
  }

  /** A finding of the line rules in the current file: this stage never reports the same place again. */
  noteFinding(finding: Finding): void {
    if (this.file && finding.path === this.file.path && !this.positions.has(positionOf(finding))) this.positions.set(positionOf(finding), finding);
  }

  /** After the line rules are done with the file (FileScanner.fileEnd), with what they learnt of it. */
  fileEnd(facts: FileFacts | undefined): void {
    const file = this.file;
    if (!file) return;
    this.hunkEnd();
    this.file = undefined;
    let deferred = facts?.deferred ?? [];
    if (facts?.importsJwtLibrary) {
      for (const finding of deferred) this.emitOnce(this.settled(finding), this.positions);
      deferred = [];
    }
    let unresolved: Binding[] = [];
    if (this.bindings.length > 0) {
      const names = new Set(this.bindings.map((binding) => binding.name));
      const uses = this.hunks.flatMap((hunk) => {
        const text = hunk.lines.join('\n');
        const starts = lineStarts(text);
        return keyUses(text, file.path, this.language, names).map((use) => ({ ...use, line: lineAt(starts, use.offset, hunk.firstLine) }));
      });
      for (const binding of this.bindings) {
        const use = uses.find((each) => each.name === binding.name);
        if (use) this.emitOnce(this.identifierFinding(file, binding, use.api, use.line), this.positions);
        else unresolved.push(binding);
      }
      // The use may stand outside the diff: worth a read when the diff mentions JWT or the name says key.
      if (!facts?.jwtMentioned) unresolved = unresolved.filter((binding) => KEYISH_NAME.test(binding.name));
    }
    this.hunks = [];
    this.bindings = [];
    // A new file's diff is the whole file: reading it again would show nothing more (unless the
    // kept hunks were cut short).
    if (file.status === 'A' && !this.truncated) return;
    if (unresolved.length > 0 || deferred.length > 0) {
      this.pending.push({ file, language: this.language, bindings: unresolved, deferred, positions: this.positions });
    }
  }

  /** Files whose decision needs the staged content. */
  get pendingFiles(): number {
    return this.pending.length;
  }

  /** Reads the staged files that still need it, in one go, and reports what they confirm. */
  async resolve(read: BlobReader): Promise<void> {
    const pending = this.pending.splice(0);
    if (pending.length === 0) return;
    const texts = await read(pending.map((each) => each.file.blob));
    for (const each of pending) {
      const text = texts.get(each.file.blob);
      if (text !== undefined) this.decide(each, text);
    }
  }

  private decide(pending: PendingFile, text: string): void {
    if (pending.deferred.length > 0 && textImportsJwtLibrary(text)) {
      for (const finding of pending.deferred) this.emitOnce(this.settled(finding), pending.positions);
    }
    if (pending.bindings.length === 0) return;
    const uses = keyUses(text, pending.file.path, pending.language, new Set(pending.bindings.map((binding) => binding.name)));
    if (uses.length === 0) return;
    const starts = lineStarts(text);
    for (const binding of pending.bindings) {
      const use = uses.find((each) => each.name === binding.name);
      if (use) this.emitOnce(this.identifierFinding(pending.file, binding, use.api, lineAt(starts, use.offset, 1)), pending.positions);
    }
  }

  private emitOnce(finding: Finding, positions: Map<string, Finding>): void {
    const position = positionOf(finding);
    const there = positions.get(position);
    if (there) {
      // An identifier finding says more than a catch-all's at the same place (jwt-high-entropy-near-call).
      if (finding.rule !== JWT_KEY_IDENTIFIER.id || !this.rules.find((rule) => rule.id === there.rule)?.fallback) return;
      this.withdraw(there);
    }
    positions.set(position, finding);
    this.emit(finding);
  }

  /** A deferred finding as the engine would have finished it: the configured severity, the weak-key sentence. */
  private settled(finding: Finding): Finding {
    const severity: Severity = this.rules.find((rule) => rule.id === finding.rule)?.severity ?? finding.severity;
    return { ...finding, severity, why: withPubliclyKnown(finding.why, finding.secret) };
  }

  private identifierFinding(file: DiffFile, binding: Binding, api: string, useLine: number): Finding {
    const finding: Finding = {
      rule: JWT_KEY_IDENTIFIER.id,
      severity: this.identifierRule?.severity ?? JWT_KEY_IDENTIFIER.severity,
      path: file.path,
      language: this.language,
      line: binding.line,
      column: binding.index + 1,
      secret: binding.value,
      why: withPubliclyKnown(
        `${binding.name} is set to a hardcoded string here and is the key of ${api} on line ${useLine}: anyone who reads the repository can forge tokens.`,
        binding.value,
      ),
      lineText: binding.lineText,
    };
    if (binding.previousLineText !== undefined) finding.previousLineText = binding.previousLineText;
    return finding;
  }
}
