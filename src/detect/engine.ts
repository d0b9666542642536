// Runs the rules over the added lines of a diff. Cheap before costly: one keyword regex per line
// decides which rules may match at all, and most lines stop there.
import type { DiffFile, DiffLine } from '../diff/parseDiff.js';
import { hasQuote } from './literals.js';
import { languageOf, type Language } from './language.js';
import type { Finding, Rule, ScanLine } from './types.js';
import { FileFacts } from './fileFacts.js';
import { withPubliclyKnown } from './weakKeys.js';

/** How many lines around an added line a rule sees: enough for a call spread over several lines. */
export const WINDOW_BEFORE = 8;
export const WINDOW_AFTER = 4;

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export class Detector {
  private readonly rules: readonly Rule[];
  private readonly keywordPattern: RegExp;
  private readonly rulesByKeyword = new Map<string, Rule[]>();
  /** Each keyword with the shorter keywords it starts with ("password" → "pass"): the alternation reports only the longest. */
  private readonly keywordPrefixes = new Map<string, string[]>();
  private readonly alwaysRules: Rule[];
  private readonly windowRules: Rule[];

  constructor(rules: readonly Rule[]) {
    this.rules = rules;
    const keywords = new Set<string>();
    for (const rule of rules) {
      for (const keyword of rule.keywords) {
        keywords.add(keyword);
        const list = this.rulesByKeyword.get(keyword) ?? [];
        list.push(rule);
        this.rulesByKeyword.set(keyword, list);
      }
    }
    // Longest first so that the alternation reports the most specific keyword at each place.
    const alternatives = [...keywords].sort((a, b) => b.length - a.length).map(escapeRegex);
    this.keywordPattern = new RegExp(alternatives.length > 0 ? alternatives.join('|') : '(?!)', 'gi');
    for (const keyword of keywords) this.keywordPrefixes.set(keyword, [...keywords].filter((k) => keyword.startsWith(k)));
    this.alwaysRules = rules.filter((rule) => rule.keywords.length === 0 && !rule.stage);
    this.windowRules = rules.filter((rule) => rule.keywordsInWindow);
  }

  get ruleList(): readonly Rule[] {
    return this.rules;
  }

  /** Keywords present in `text`, lowercased. */
  private keywordsIn(text: string, into: Set<string>): void {
    this.keywordPattern.lastIndex = 0;
    for (let m = this.keywordPattern.exec(text); m; m = this.keywordPattern.exec(text)) {
      const found = m[0].toLowerCase();
      for (const keyword of this.keywordPrefixes.get(found) ?? [found]) into.add(keyword);
      // Overlapping keywords ("jwt" inside "jwtverify") are found by trying one character on.
      this.keywordPattern.lastIndex = m.index + 1;
    }
  }

  /** The rules that may match this line. */
  private candidates(line: ScanLine): Set<Rule> {
    const chosen = new Set<Rule>(this.alwaysRules);
    const onLine = new Set<string>();
    this.keywordsIn(line.text, onLine);
    for (const keyword of onLine) for (const rule of this.rulesByKeyword.get(keyword) ?? []) chosen.add(rule);
    if (this.windowRules.length > 0 && hasQuote(line.text)) {
      const around = new Set<string>();
      for (const text of line.before) this.keywordsIn(text, around);
      for (const text of line.after) this.keywordsIn(text, around);
      for (const rule of this.windowRules) {
        if (!chosen.has(rule) && rule.keywords.some((keyword) => around.has(keyword))) chosen.add(rule);
      }
    }
    return chosen;
  }

  scanLine(line: ScanLine, previousLineText: string | undefined): Finding[] {
    const findings: Finding[] = [];
    const fallbackFindings = new Set<Finding>();
    for (const rule of this.candidates(line)) {
      if (rule.languages && !rule.languages.includes(line.language)) continue;
      for (const match of rule.match(line)) {
        const finding: Finding = {
          rule: rule.id,
          severity: rule.severity,
          path: line.path,
          language: line.language,
          line: line.lineNumber,
          column: match.index + 1,
          secret: match.secret,
          // Every rule that reports a known weak key says so, in the same words.
          why: withPubliclyKnown(match.why, match.secret),
          lineText: line.text,
        };
        if (previousLineText !== undefined) finding.previousLineText = previousLineText;
        if (rule.fallback) fallbackFindings.add(finding);
        findings.push(finding);
      }
    }
    return fallbackFindings.size === 0 ? findings : dropCovered(findings, fallbackFindings);
  }
}

/** A fallback rule's finding gives way to another rule's at the same column. */
function dropCovered(findings: Finding[], fallbackFindings: ReadonlySet<Finding>): Finding[] {
  const covered = new Set(findings.filter((f) => !fallbackFindings.has(f)).map((f) => f.column));
  return findings.filter((f) => !fallbackFindings.has(f) || !covered.has(f.column));
}

interface WindowLine {
  line: DiffLine;
}

/**
 * Feeds one file's diff lines to the detector, holding only a sliding window of each hunk so that
 * every added line is seen with WINDOW_BEFORE lines above and WINDOW_AFTER below.
 */
export class FileScanner {
  private readonly detector: Detector;
  private readonly onFinding: (finding: Finding) => void;
  private file: DiffFile | undefined;
  private language: Language = 'other';
  /** What the current file's diff has shown so far; kept after fileEnd for the stages after detection. */
  facts: FileFacts | undefined;
  private buffer: WindowLine[] = [];
  private next = 0; // index in buffer of the next line to scan
  addedLines = 0;

  constructor(detector: Detector, onFinding: (finding: Finding) => void) {
    this.detector = detector;
    this.onFinding = onFinding;
  }

  fileStart(file: DiffFile): void {
    this.file = file;
    this.language = languageOf(file.path);
    this.facts = new FileFacts();
  }

  line(line: DiffLine): void {
    if (line.kind === 'add') this.addedLines++;
    this.facts?.observe(line.text, line.lineNumber);
    this.buffer.push({ line });
    while (this.buffer.length - this.next > WINDOW_AFTER) this.scanNext();
    if (this.next > WINDOW_BEFORE) {
      const drop = this.next - WINDOW_BEFORE;
      this.buffer.splice(0, drop);
      this.next -= drop;
    }
  }

  hunkEnd(): void {
    while (this.next < this.buffer.length) this.scanNext();
    this.buffer = [];
    this.next = 0;
  }

  fileEnd(): void {
    this.hunkEnd();
    this.file = undefined;
  }

  private scanNext(): void {
    const index = this.next++;
    const current = this.buffer[index]!.line;
    if (current.kind !== 'add' || !this.file) return;
    const previous = index > 0 ? this.buffer[index - 1]!.line : undefined;
    const previousText = previous && previous.lineNumber === current.lineNumber - 1 ? previous.text : undefined;
    const scanLine = new WindowedLine(this.file.path, this.language, current, this.buffer, index, this.facts, previousText);
    for (const finding of this.detector.scanLine(scanLine, previousText)) this.onFinding(finding);
  }
}

/** A ScanLine whose neighbours are copied out of the window only if a rule asks for them. */
class WindowedLine implements ScanLine {
  readonly lineNumber: number;
  readonly text: string;
  private beforeLines: string[] | undefined;
  private afterLines: string[] | undefined;

  constructor(
    readonly path: string,
    readonly language: Language,
    line: DiffLine,
    private readonly buffer: readonly WindowLine[],
    private readonly index: number,
    readonly facts: FileFacts | undefined,
    readonly previousText: string | undefined,
  ) {
    this.lineNumber = line.lineNumber;
    this.text = line.text;
  }

  get before(): readonly string[] {
    this.beforeLines ??= this.buffer.slice(Math.max(0, this.index - WINDOW_BEFORE), this.index).map((w) => w.line.text);
    return this.beforeLines;
  }

  get after(): readonly string[] {
    this.afterLines ??= this.buffer.slice(this.index + 1, this.index + 1 + WINDOW_AFTER).map((w) => w.line.text);
    return this.afterLines;
  }
}
