// The per-file stage after the line rules. It reports a name bound to a literal and used as a JWT
// key elsewhere in the same file (identifier flow), and decides the entropy findings that wait on
// whether the file imports a JWT library. What the diff shows is used first; the staged file is read
// (through the reader the scan passes in) only for files that still need it.
import type { DiffFile, DiffLine } from '../diff/parseDiff.js';
import { CODE_LANGUAGES, extensionsOf, languageOf, type Language } from './language.js';
import { textImportsJwtLibrary, type FileFacts } from './fileFacts.js';
import { TokenWake } from './tokenWake.js';
import { keyUses, literalBindings, type LiteralBinding } from './identifierFlow.js';
import { withPubliclyKnown } from './weakKeys.js';
import type { Finding, Rule, Severity } from './types.js';
import { analyseFile, columnOf, lineText, type FileAnalysis } from './sinks/analyseFile.js';
import { GLOBAL_SCOPE, KeySinks, SAME_PACKAGE, type ImportedKey, type KeyFinding } from './sinks/keySinks.js';
import { resolveModule } from './sinks/modules.js';
import type { Binding as ModelBinding } from './bind/fileModel.js';
import { isPlaceholder } from './placeholder.js';
import { codeViews, docsKindOf, type DocsKind } from './docFences.js';

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

/**
 * Finds the index files under `globs` whose text matches the extended regex `pattern`, and reads
 * them (a bounded number): path → text. The users of a staged module that are not staged themselves.
 */
export type IndexSearch = (pattern: string, globs: readonly string[]) => Promise<ReadonlyMap<string, string>>;

/** Most index files read to find the users of a staged module's exports. */
export const MAX_INDEX_USERS = 64;

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
  /** The token analysis waits on the staged text, and reports on these added lines. */
  analyse?: ReadonlySet<number>;
}

/** A file the token analysis read: its added lines, and where this stage has reported in it. */
interface AnalysedFile {
  path: string;
  language: Language;
  analysis: FileAnalysis;
  added: ReadonlySet<number> | 'all';
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
  /** A docs file (Markdown, MDX, reStructuredText): its code blocks are read by tokens (analyseDocs). */
  private docs: DocsKind | undefined;
  private bindings: Binding[] = [];
  private hunks: Hunk[] = [];
  private hunkLines: string[] = [];
  private hunkFirstLine = 0;
  private keptChars = 0;
  /** Some lines of the file were not kept (MAX_HUNK_CHARS). */
  private truncated = false;
  private previous: DiffLine | undefined;
  /** New-file line numbers of the current file's added lines (for a file that is not new). */
  private addedLines: number[] = [];
  /** What the current file's added lines say about reading it by tokens. */
  private wake = new TokenWake();
  /** Paths of the files the token analysis read: other files' imports are resolved against them. */
  private readonly analysedPaths = new Set<string>();
  /** Of those, the files that export a literal on an added line, kept whole for their importers. */
  private readonly exporters = new Map<string, AnalysedFile>();
  /** Analysed files that export a key-ish literal on an added line: their users may be in the index. */
  private readonly exporting: AnalysedFile[] = [];
  /** Keys that come from other files, with the file that uses them. */
  private readonly imported: Array<{ from: { path: string; language: Language }; key: ImportedKey }> = [];
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
    this.docs = docsKindOf(file.path);
    this.bindings = [];
    this.hunks = [];
    this.hunkLines = [];
    this.keptChars = 0;
    this.truncated = false;
    this.previous = undefined;
    this.positions = new Map();
    this.addedLines = [];
    this.wake = new TokenWake(this.language);
  }

  line(line: DiffLine): void {
    if (!this.file || !(this.isCode || this.docs)) return;
    if (this.hunkLines.length === 0) this.hunkFirstLine = line.lineNumber;
    if (!this.truncated && this.keptChars + line.text.length < MAX_HUNK_CHARS) {
      this.hunkLines.push(line.text);
      this.keptChars += line.text.length + 1;
    } else {
      this.truncated = true;
    }
    if (this.docs) return;
    if (line.kind === 'add') {
      if (this.file.status !== 'A') this.addedLines.push(line.lineNumber);
      this.wake.observe(line.text);
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
    if (this.docs) {
      this.analyseDocs(file, this.docs, facts);
      return;
    }
    let deferred = facts?.deferred ?? [];
    if (facts?.importsJwtLibrary) {
      for (const finding of deferred) this.emitOnce(this.settled(finding), this.positions);
      deferred = [];
    }
    // The token analysis: for a file whose added lines the line rules cannot settle (tokenWake.ts) or
    // that bind a literal.
    const analyse = this.isCode && (this.bindings.length > 0 || this.wake.awake(facts?.jwtNeedsTokens === true, this.truncated ? undefined : this.hunks.map((hunk) => hunk.lines)));
    let analyseLater: ReadonlySet<number> | undefined;
    if (analyse) {
      if (file.status === 'A' && !this.truncated && this.hunks.length === 1 && this.hunks[0]!.firstLine === 1) {
        this.analyse(file, this.language, this.hunks[0]!.lines.join('\n'), 'all', this.positions);
      } else {
        analyseLater = new Set(this.addedLines);
      }
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
    if (unresolved.length > 0 || deferred.length > 0 || analyseLater) {
      const pending: PendingFile = { file, language: this.language, bindings: unresolved, deferred, positions: this.positions };
      if (analyseLater) pending.analyse = analyseLater;
      this.pending.push(pending);
    }
  }

  /**
   * A new docs file that mentions JWT: each language of its code blocks read by tokens, as a file of
   * its own (a block is an example, not a module: nothing is exported from it). A modified docs file
   * keeps the line rules, which read its blocks in their language too.
   */
  private analyseDocs(file: DiffFile, kind: DocsKind, facts: FileFacts | undefined): void {
    const whole = file.status === 'A' && !this.truncated && this.hunks.length === 1 && this.hunks[0]!.firstLine === 1;
    if (whole && facts?.jwtMentioned) {
      for (const [language, text] of codeViews(this.hunks[0]!.lines, kind)) {
        if (CODE_LANGUAGES.includes(language)) this.analyse(file, language, text, 'all', this.positions, false);
      }
    }
    this.hunks = [];
  }

  /** Reads a file's text through the token analysis and reports the keys on its added lines. */
  private analyse(file: DiffFile, language: Language, text: string, added: ReadonlySet<number> | 'all', positions: Map<string, Finding>, isModule = true): void {
    const analysis = analyseFile(file.path, language, text);
    if (!analysis) return;
    const analysed: AnalysedFile = { path: file.path, language, analysis, added, positions };
    if (!isModule) {
      for (const key of analysis.findings) this.emitKey(analysed, key, undefined);
      return;
    }
    this.analysedPaths.add(file.path);
    for (const key of analysis.findings) this.emitKey(analysed, key, undefined);
    for (const key of analysis.imports) this.imported.push({ from: { path: file.path, language }, key });
    // Only a file that exports a literal is kept: a commit of thousands of files keeps few.
    if (exportsLiteral(analysed)) this.exporters.set(file.path, analysed);
    if (IMPORT_LINE[language] && exportedKeys(analysed).length > 0) this.exporting.push(analysed);
  }

  /** A key the token analysis found, reported where its literal stands when that line is added. */
  private emitKey(file: AnalysedFile, key: KeyFinding, usedIn: { path: string } | undefined): void {
    const line = key.token.line;
    if (file.added !== 'all' && !file.added.has(line)) return;
    const rule = this.rules.find((each) => each.id === key.rule);
    if (!rule) return; // off in the config
    const text = lineText(file.analysis, line);
    const where = usedIn ? `${key.api} in ${usedIn.path}:${key.useLine}` : `${key.api} on line ${key.useLine}`;
    const what = key.empty ? (key.value === '' && key.token.kind === 'string' ? 'An empty string' : `\`${key.token.text}\``) : 'A hardcoded string';
    const why = key.envName !== undefined
      ? `A hardcoded key stands in for ${key.envName} when it is unset: deployments that forget the variable sign with a key anyone can read. Fail fast instead.`
      : key.empty
      ? `${what} is the key of ${where}: an HMAC key anyone knows lets anyone forge tokens.`
      : key.via !== undefined
        ? `${key.via} is set to a hardcoded string here and is the key of ${where}: anyone who reads the repository can forge tokens.`
        : `${what} is the key of ${where}: anyone who reads the repository can forge tokens.`;
    const finding: Finding = {
      rule: rule.id,
      severity: rule.severity,
      path: file.path,
      language: file.language,
      line,
      column: columnOf(file.analysis, key) + 1,
      secret: key.empty ? key.token.text : key.value,
      why: withPubliclyKnown(why, key.value),
      lineText: text,
    };
    if (line > 1) finding.previousLineText = lineText(file.analysis, line - 1);
    this.emitOnce(finding, file.positions);
  }

  /** Keys the analysed files import from each other: reported in the file that holds the literal. */
  private resolveImports(): void {
    for (const { from, key } of this.imported.splice(0)) {
      const resolved = resolveImport(from.path, from.language, key, this.analysedPaths, this.exporters);
      if (resolved) for (const found of importedKeys(resolved.target, resolved.key)) this.emitKey(resolved.target, found, { path: from.path });
    }
  }

  /** Files whose decision needs the staged content, or keys to follow into other files. */
  get pendingFiles(): number {
    return this.pending.length + this.imported.length + this.exporting.length;
  }

  /**
   * Reads the staged files that still need it, in one go, and reports what they confirm; with
   * `search`, looks in the index for the users of literals a staged file exports and does not use.
   */
  async resolve(read: BlobReader, search?: IndexSearch): Promise<void> {
    const pending = this.pending.splice(0);
    if (pending.length > 0) {
      const texts = await read(pending.map((each) => each.file.blob));
      for (const each of pending) {
        const text = texts.get(each.file.blob);
        if (text !== undefined) this.decide(each, text);
      }
    }
    this.resolveImports();
    if (search) await this.findUsersInIndex(search);
    this.exporting.length = 0;
  }

  /** For a scan that reads nothing more (all files new, or history): follow the keys between them. */
  finish(): void {
    this.resolveImports();
    this.exporting.length = 0;
  }

  /**
   * A staged line exports a key-ish literal that no staged file used: one `git grep --cached` per
   * language for files importing a module of that name, read and analysed; their key uses of the
   * export are reported at the literal. The users' own lines are not reported (not staged).
   */
  private async findUsersInIndex(search: IndexSearch): Promise<void> {
    const waiting = this.exporting.filter((file) => exportedKeys(file).length > 0);
    for (const language of new Set(waiting.map((file) => file.language))) {
      const targets = waiting.filter((file) => file.language === language);
      const stems = [...new Set(targets.map((file) => moduleStem(file.path)))];
      const texts = await search(IMPORT_LINE[language]!(stems.map(escapeRegex).join('|')), extensionsOf(language).map((extension) => `**/*.${extension}`));
      const byPath = new Map(targets.map((file) => [file.path, file]));
      const targetPaths = new Set(byPath.keys());
      for (const [path, text] of texts) {
        if (this.analysedPaths.has(path)) continue;
        const userLanguage = languageOf(path);
        const user = analyseFile(path, userLanguage, text);
        for (const key of user?.imports ?? []) {
          const resolved = resolveImport(path, userLanguage, key, targetPaths, byPath);
          if (resolved) for (const found of importedKeys(resolved.target, resolved.key)) this.emitKey(resolved.target, found, { path });
        }
      }
    }
  }

  private decide(pending: PendingFile, text: string): void {
    if (pending.analyse) this.analyse(pending.file, pending.language, text, pending.analyse, pending.positions);
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
      // A key found by its position says more than a catch-all's at the same place (jwt-high-entropy-near-call).
      // So does a key position over a JWT-ish name (`SigningKey: []byte("…")` deep in echojwt.Config{…}).
      const byName = there.rule === 'jwt-secret-assignment' && finding.rule === 'jwt-call-literal';
      if (!byName && (!this.isFallback(there.rule) || this.isFallback(finding.rule))) return;
      this.withdraw(there);
    }
    positions.set(position, finding);
    this.emit(finding);
    // A folded key (`'ab-' . 'cd'`): a catch-all's finding on one of its parts says less.
    if (!this.isFallback(finding.rule)) {
      for (const [at, other] of positions) {
        if (other !== finding && other.line === finding.line && this.isFallback(other.rule) && other.secret !== finding.secret && finding.secret.includes(other.secret)) {
          this.withdraw(other);
          positions.delete(at);
        }
      }
    }
  }

  private isFallback(id: string): boolean {
    return this.rules.find((rule) => rule.id === id)?.fallback === true;
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

/**
 * The analysed file an imported key comes from. Python's `from app import settings` names a module
 * as a member: `settings.SECRET` is then member `SECRET` of `app/settings.py`.
 */
function resolveImport(fromPath: string, language: Language, key: ImportedKey, known: ReadonlySet<string>, files: ReadonlyMap<string, AnalysedFile>): { target: AnalysedFile; key: ImportedKey } | undefined {
  if (key.module === GLOBAL_SCOPE) {
    // `Class.FIELD` (Java, Kotlin, C#): a file that declares the class, and its field.
    const [owner, field] = key.member.length === 2 ? key.member : [undefined, undefined];
    const declares = owner === undefined ? undefined : new RegExp(`\\b(?:class|object|interface|record|struct)\\s+${owner}\\b`);
    for (const [path, file] of files) {
      if (path === fromPath || !sameFamily(file.language, language)) continue;
      const scoped = declares ? (declares.test(file.analysis.text) ? { ...key, member: [field!] } : undefined) : key;
      if (scoped && importedKeys(file, scoped).length > 0) return { target: file, key: scoped };
    }
    return undefined;
  }
  if (language === 'go' && key.module === SAME_PACKAGE) {
    const dir = fromPath.slice(0, fromPath.lastIndexOf('/') + 1);
    for (const [path, file] of files) {
      if (path === fromPath || file.language !== 'go' || path.slice(0, path.lastIndexOf('/') + 1) !== dir) continue;
      if (importedKeys(file, key).length > 0) return { target: file, key };
    }
    return undefined;
  }
  const target = files.get(resolveModule(fromPath, language, key.module, known) ?? '');
  if (target) return { target, key };
  if (language !== 'python' || key.member.length < 2) return undefined;
  const module = key.module.endsWith('.') ? key.module + key.member[0]! : `${key.module}.${key.member[0]!}`;
  const submodule = files.get(resolveModule(fromPath, language, module, known) ?? '');
  return submodule ? { target: submodule, key: { ...key, module, member: key.member.slice(1) } } : undefined;
}

/** Java and Kotlin name each other's classes; otherwise a language keeps to itself. */
function sameFamily(a: Language, b: Language): boolean {
  return a === b || ((a === 'java' || a === 'kotlin') && (b === 'java' || b === 'kotlin'));
}

/** The literals behind an imported member: `config.secret` → `module.exports = { secret: 'x' }`. */
function importedKeys(target: AnalysedFile, key: ImportedKey): KeyFinding[] {
  const member = key.member.join('.');
  // A function of the other file (Go, same package): what it returns.
  if (member.endsWith('()')) {
    const name = member.slice(0, -2);
    const returns = target.analysis.model.functions.get(name) ?? [];
    return literalsOf(target, returns.map((value) => ({ name, value, topLevel: true })), name, key.api, key.useLine);
  }
  const exports = target.analysis.model.exports;
  const bindings = exports.get(member) ?? (member === '' ? undefined : exports.get(`default.${member}`));
  const found = bindings ? literalsOf(target, bindings, member, key.api, key.useLine) : [];
  // A list of candidate keys another file walks: its elements.
  if (found.length === 0) {
    for (let n = 0; n < 16 && exports.has(`${member}.${n}`); n++) found.push(...literalsOf(target, exports.get(`${member}.${n}`)!, `${member}[${n}]`, key.api, key.useLine));
  }
  return found;
}

function literalsOf(target: AnalysedFile, bindings: readonly ModelBinding[], member: string, api: string, useLine: number): KeyFinding[] {
  const sinks = new KeySinks(target.analysis.model, target.analysis.text);
  const found: KeyFinding[] = [];
  for (const binding of bindings) {
    for (const source of sinks.evaluate(binding.value, 1)) {
      if (source.kind !== 'literal' || source.value === '' || isPlaceholder(source.value)) continue;
      found.push({ rule: 'jwt-key-identifier', token: source.token, value: source.value, api, useLine, via: source.via ?? (member || binding.name), empty: false });
    }
  }
  return found;
}

/** Literals a file exports under a key-ish name on its added lines, not yet reported. */
/** The file exports a literal on an added line, under any name. */
function exportsLiteral(file: AnalysedFile): boolean {
  for (const [member, bindings] of file.analysis.model.exports) {
    if (literalsOf(file, bindings, member, '', 0).some((key) => file.added === 'all' || file.added.has(key.token.line))) return true;
  }
  return false;
}

function exportedKeys(file: AnalysedFile): KeyFinding[] {
  const found: KeyFinding[] = [];
  for (const [member, bindings] of file.analysis.model.exports) {
    if (!KEYISH_NAME.test(member)) continue;
    for (const key of literalsOf(file, bindings, member, '', 0)) {
      const line = key.token.line;
      if ((file.added === 'all' || file.added.has(line)) && !file.positions.has(`${line}:${columnOf(file.analysis, key) + 1}`)) found.push(key);
    }
  }
  return found;
}

/** The name other files import a module by: `src/config.js` and `src/config/index.ts` are `config`. */
function moduleStem(path: string): string {
  const parts = path.split('/');
  const base = parts[parts.length - 1]!.replace(/\.[^.]*$/, '');
  return (base === 'index' || base === '__init__') && parts.length > 1 ? parts[parts.length - 2]! : base;
}

function escapeRegex(text: string): string {
  return text.replace(/[.^$*+?()[\]{}|\\]/g, '\\$&');
}

/** A line that imports a module named one of `stems` (an ERE alternation), per language resolveModule knows. */
const IMPORT_LINE: Partial<Record<Language, (stems: string) => string>> = {
  javascript: (stems) => `(require|import|from)[^A-Za-z0-9_$].*['"/](${stems})(\\.[A-Za-z]+)?['"]`,
  python: (stems) => `(from|import)[[:space:]].*(^|[^A-Za-z0-9_])(${stems})([^A-Za-z0-9_]|$)`,
};
