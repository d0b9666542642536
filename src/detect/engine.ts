// Runs the rules over the added lines of a diff. Cheap before costly: one pass of a keyword
// automaton over each line decides which rules may match at all, and most lines stop there.
import type { DiffFile, DiffLine } from '../diff/parseDiff.js';
import { hasQuote } from './literals.js';
import { languageOf, type Language } from './language.js';
import type { Finding, LineMemo, Rule, ScanLine, WindowNeighbour } from './types.js';
import { FileFacts, JWT_WORDS } from './fileFacts.js';
import { docsKindOf, FenceTracker } from './docFences.js';
import { JWT_CALL_KEYWORDS } from './callSites.js';
import { withPubliclyKnown } from './weakKeys.js';
import { hasBit, KeywordIndex, maskWords, orInto, setBit, type RuleMask } from './keywordIndex.js';

/** How many lines around an added line a rule sees: enough for a call spread over several lines. */
export const WINDOW_BEFORE = 8;
export const WINDOW_AFTER = 4;
/**
 * Word lists the keyword automaton also looks for, each under a bit of its own after the rules':
 * the file facts' JWT words, and the words without which a line holds no JWT call. Helpers ask
 * (ScanLine.holds) instead of reading the line again.
 */
const WORD_LISTS: readonly (readonly string[])[] = [JWT_WORDS, JWT_CALL_KEYWORDS];

/** How many lines past the window the buffer may hold before they are dropped together. */
const TRIM_BATCH = 256;

export class Detector {
  private readonly rules: readonly Rule[];
  /** The rules that run on lines (stage rules run after a file), indexed by their bit in a RuleMask. */
  private readonly lineRules: readonly Rule[];
  private readonly keywords: KeywordIndex;
  /** Rules with no keywords, which every line wakes. */
  private readonly alwaysMask: RuleMask;
  /** True when every rule needs a keyword or a quote: a line with neither needs no look. */
  readonly wakesNothing: boolean;
  /** Rules with no keywords that read only lines holding a quote (Rule.quotedOnly). */
  private readonly quotedMask: RuleMask;
  /** Per language, the rules that read it. */
  private readonly languageMasks = new Map<Language, RuleMask>();
  /** Per language, the rules a neighbour's keyword wakes there (Rule.neighboursWake). */
  private readonly neighbourMasks = new Map<Language, RuleMask | null>();
  /** Rules whose keywords may stand on a neighbouring line. */
  private readonly windowMask: RuleMask;
  /** Every line rule's bit: a mask may also hold the bits of WORD_LISTS, which wake no rule. */
  private readonly ruleBits: RuleMask;

  constructor(rules: readonly Rule[]) {
    this.rules = rules;
    this.lineRules = rules.filter((rule) => !rule.stage);
    const words = maskWords(this.lineRules.length + WORD_LISTS.length);
    const empty = (): RuleMask => new Array<number>(words).fill(0);
    const byKeyword = new Map<string, RuleMask>();
    const add = (keyword: string, bit: number): void => {
      const mask = byKeyword.get(keyword) ?? empty();
      setBit(mask, bit);
      byKeyword.set(keyword, mask);
    };
    this.alwaysMask = empty();
    this.quotedMask = empty();
    this.windowMask = empty();
    this.ruleBits = empty();
    this.lineRules.forEach((rule, index) => {
      setBit(this.ruleBits, index);
      if (rule.keywords.length === 0) setBit(rule.quotedOnly ? this.quotedMask : this.alwaysMask, index);
      if (rule.keywordsInWindow) setBit(this.windowMask, index);
      for (const keyword of rule.keywords) add(keyword, index);
    });
    WORD_LISTS.forEach((list, n) => {
      for (const word of list) add(word, this.lineRules.length + n);
    });
    this.keywords = new KeywordIndex(byKeyword, words);
    this.wakesNothing = this.alwaysMask.every((word) => word === 0);
  }

  /** Whether a mask from rulesIn wakes a rule (and not only a word list's bit). */
  wakesRule(mask: RuleMask): boolean {
    for (let w = 0; w < mask.length; w++) if ((mask[w]! & this.ruleBits[w]!) !== 0) return true;
    return false;
  }

  /** Whether the line whose mask (from rulesIn) this is holds a word of `list`, one of WORD_LISTS. */
  holds(mask: RuleMask | null, list: readonly string[]): boolean {
    const n = WORD_LISTS.indexOf(list);
    if (n === -1) throw new Error('not a word list of the engine');
    return mask !== null && hasBit(mask, this.lineRules.length + n);
  }

  /** An all-zero mask of the detector's width, for scratch use. */
  emptyMask(): RuleMask {
    return new Array<number>(this.ruleBits.length).fill(0);
  }

  get ruleList(): readonly Rule[] {
    return this.rules;
  }


  private languageMask(language: Language): RuleMask {
    let mask = this.languageMasks.get(language);
    if (!mask) {
      mask = this.emptyMask();
      this.lineRules.forEach((rule, index) => {
        if (!rule.languages || rule.languages.includes(language)) setBit(mask!, index);
      });
      this.languageMasks.set(language, mask);
    }
    return mask;
  }

  /** Whether some rule a neighbour's keyword wakes in the line's language may read this line (Rule.neighbourValue). */
  mayWakeBeside(line: ScanLine, previousText: string | undefined): boolean {
    return this.lineRules.some((rule) => rule.neighboursWake?.includes(line.language) && (!rule.neighbourValue || rule.neighbourValue(line, previousText)));
  }

  /** The rules a neighbour's keyword wakes in `language`, or null when there are none. */
  neighbourMask(language: Language): RuleMask | null {
    let mask = this.neighbourMasks.get(language);
    if (mask === undefined) {
      const built = this.emptyMask();
      let any = false;
      this.lineRules.forEach((rule, index) => {
        if (rule.neighboursWake?.includes(language)) {
          setBit(built, index);
          any = true;
        }
      });
      mask = any ? built : null;
      this.neighbourMasks.set(language, mask);
    }
    return mask;
  }

  /**
   * The rules whose keywords occur in `text`, and the word lists' bits: computed once per line, as
   * it enters the window. The mask may be shared: read it, never write it.
   */
  rulesIn(text: string): RuleMask | undefined {
    return this.keywords.rulesIn(text);
  }

  /**
   * The findings on one line. `own` and `around` are the keyword masks of the line and of its
   * neighbours (see rulesIn); they are computed here when not given.
   */
  scanLine(line: ScanLine, previousLineText: string | undefined, own?: RuleMask | null, around?: RuleMask | null, quoted = hasQuote(line.text)): Finding[] {
    if (own === undefined) own = this.rulesIn(line.text) ?? null;
    if (around === undefined) {
      around = null;
      for (const text of [...line.before, ...line.after]) {
        const mask = this.rulesIn(text);
        if (mask) orInto((around ??= mask.map(() => 0)), mask);
      }
    }
    const findings: Finding[] = [];
    let fallbackFindings: Set<Finding> | undefined;
    // The rules to run: those without keywords, those the line's own keywords wake, and, when the
    // line holds a quote, quoted-only rules and window rules its neighbours' keywords wake; of
    // these, the ones that read the line's language. Read bit by bit, lowest first: no allocation.
    const languageMask = this.languageMask(line.language);
    const neighbourMask = around ? this.neighbourMask(line.language) : null;
    for (let w = 0; w < languageMask.length; w++) {
      let wanted = this.alwaysMask[w]! | (own ? own[w]! : 0);
      if (quoted) wanted |= this.quotedMask[w]! | (around ? around[w]! & this.windowMask[w]! : 0);
      // Woken by a neighbour only: the rule says first whether the line can hold such a value.
      const besides = neighbourMask ? around![w]! & neighbourMask[w]! & ~wanted : 0;
      wanted = (wanted | besides) & languageMask[w]!;
      for (; wanted !== 0; wanted &= wanted - 1) {
        const bit = wanted & -wanted;
        const rule = this.lineRules[w * 32 + 31 - Math.clz32(bit)]!;
        if ((besides & bit) !== 0 && rule.neighbourValue && !rule.neighbourValue(line, previousLineText)) continue;
        const first = findings.length;
        this.runRule(rule, line, previousLineText, findings);
        if (rule.fallback) for (let f = first; f < findings.length; f++) (fallbackFindings ??= new Set()).add(findings[f]!);
      }
    }
    return fallbackFindings === undefined ? findings : dropCovered(findings, fallbackFindings);
  }

  /** Runs one rule on the line and adds its matches to `findings`, placed in the change. */
  private runRule(rule: Rule, line: ScanLine, previousLineText: string | undefined, findings: Finding[]): void {
    for (const match of rule.match(line)) {
      const finding: Finding = {
        rule: rule.id,
        severity: rule.severity,
        path: line.path,
        language: line.language,
        line: match.line?.number ?? line.lineNumber,
        column: match.index + 1,
        secret: match.secret,
        // Every rule that reports a known weak key says so, in the same words.
        why: withPubliclyKnown(match.why, match.secret),
        lineText: match.line?.text ?? line.text,
      };
      const previous = match.line ? match.line.previousText : previousLineText;
      if (previous !== undefined) finding.previousLineText = previous;
      if (match.demo) finding.demo = true;
      findings.push(finding);
    }
  }
}

/** A fallback rule's finding gives way to another rule's at the same column. */
function dropCovered(findings: Finding[], fallbackFindings: ReadonlySet<Finding>): Finding[] {
  const covered = new Set(findings.filter((f) => !fallbackFindings.has(f)).map((f) => f.column));
  return findings.filter((f) => !fallbackFindings.has(f) || !covered.has(f.column));
}

/** A line in the window, with its keyword masks and what helpers keep about it. */
class WindowLine implements WindowNeighbour {
  private kept: LineMemo | undefined;

  constructor(
    readonly line: DiffLine,
    /** The rules its keywords wake (see Detector.rulesIn), or null. */
    readonly rules: RuleMask | null,
    /** Its whole mask, word lists' bits included, or null. */
    private readonly words: RuleMask | null,
    private readonly detector: Detector,
    /** The language it is written in: its file's, or a docs file's code block's. */
    readonly language: Language,
  ) {}

  get text(): string {
    return this.line.text;
  }

  get memo(): LineMemo {
    return (this.kept ??= {});
  }

  holds(list: readonly string[]): boolean {
    return this.detector.holds(this.words, list);
  }
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
  /** For a docs file, the code block each line stands in. */
  private fences: FenceTracker | undefined;
  /** Some rule wakes on a neighbour's keyword in this file's language, quote or not. */
  private neighboursWake = false;
  /** What the current file's diff has shown so far; kept after fileEnd for the stages after detection. */
  facts: FileFacts | undefined;
  private buffer: WindowLine[] = [];
  private next = 0; // index in buffer of the next line to scan
  /** The neighbours' masks OR-ed together, reused for every line (scanLine reads it at once). */
  private readonly around: RuleMask;
  addedLines = 0;

  constructor(detector: Detector, onFinding: (finding: Finding) => void) {
    this.detector = detector;
    this.onFinding = onFinding;
    this.around = detector.emptyMask();
  }

  fileStart(file: DiffFile): void {
    this.file = file;
    this.language = languageOf(file.path);
    const docs = docsKindOf(file.path);
    this.fences = docs ? new FenceTracker(docs) : undefined;
    this.neighboursWake = this.detector.neighbourMask(this.language) !== null;
    this.facts = new FileFacts();
  }

  line(line: DiffLine): void {
    if (line.kind === 'add') this.addedLines++;
    if (this.language === 'hocon' || this.language === 'terraform') this.facts?.observeBlockLine(this.language, line.text, line.lineNumber);
    if (this.language === 'yaml') this.facts?.observeYamlLine(line.text, line.lineNumber);
    if (this.language === 'yaml' && line.text.includes('&')) {
      const last = this.buffer[this.buffer.length - 1]?.line;
      const previousText = last && last.lineNumber === line.lineNumber - 1 ? last.text : undefined;
      this.facts?.observeYamlAnchor(line.text, line.lineNumber, line.kind === 'add', previousText);
    }
    const mask = this.detector.rulesIn(line.text) ?? null;
    if (this.detector.holds(mask, JWT_WORDS)) this.facts?.observe(line.text, line.lineNumber, line.kind === 'add');
    const language = this.fences ? this.fences.languageOf(line.text, line.lineNumber) : this.language;
    this.buffer.push(new WindowLine(line, mask && this.detector.wakesRule(mask) ? mask : null, mask, this.detector, language));
    while (this.buffer.length - this.next > WINDOW_AFTER) this.scanNext();
    // Lines that left the window are dropped in batches: one splice per line was a visible cost.
    if (this.next > WINDOW_BEFORE + TRIM_BATCH) {
      const drop = this.next - WINDOW_BEFORE;
      this.buffer.splice(0, drop);
      this.next -= drop;
    }
  }

  hunkEnd(): void {
    while (this.next < this.buffer.length) this.scanNext();
    this.facts?.endHunk();
    this.buffer = [];
    this.next = 0;
    this.fences?.hunkEnd();
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
    const own = this.buffer[index]!.rules;
    // Window and quoted-only rules read only lines that hold a quote: for the others, the
    // neighbours' keywords do not matter.
    const quoted = hasQuote(current.text);
    const around = this.around;
    let anyAround = false;
    let scanLine: WindowedLine | undefined;
    let beside = false;
    if (this.neighboursWake && !quoted) {
      scanLine = new WindowedLine(this.file.path, this.buffer[index]!.language, current, this.buffer, index, this.facts, previousText);
      beside = this.detector.mayWakeBeside(scanLine, previousText);
    }
    if (quoted || beside) {
      around.fill(0);
      const last = Math.min(this.buffer.length - 1, index + WINDOW_AFTER);
      for (let i = Math.max(0, index - WINDOW_BEFORE); i <= last; i++) {
        const rules = i === index ? null : this.buffer[i]!.rules;
        if (rules) {
          orInto(around, rules);
          anyAround = true;
        }
      }
    }
    // Nothing to wake: the common case, with no allocation.
    if (!own && !quoted && !anyAround && this.detector.wakesNothing) return;
    scanLine ??= new WindowedLine(this.file.path, this.buffer[index]!.language, current, this.buffer, index, this.facts, previousText);
    for (const finding of this.detector.scanLine(scanLine, previousText, own, anyAround ? around : null, quoted)) this.onFinding(finding);
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

  neighbour(offset: number): WindowNeighbour | undefined {
    if (offset < -WINDOW_BEFORE || offset > WINDOW_AFTER) return undefined;
    return this.buffer[this.index + offset];
  }
}
