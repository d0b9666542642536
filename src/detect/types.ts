import type { Language } from './language.js';
import type { FileFacts } from './fileFacts.js';

export type Severity = 'error' | 'warning';

/** Where a finding stands: code that runs, a test, or documentation (see findingContext.ts). */
export type FindingContext = 'code' | 'test' | 'docs';

/** One line offered to the rules, with the lines around it in the same hunk of the new file. */
export interface ScanLine {
  path: string;
  language: Language;
  lineNumber: number;
  text: string;
  /** Up to WINDOW_BEFORE lines just above, nearest last (added or unchanged lines of the new file). */
  before: readonly string[];
  /** Up to WINDOW_AFTER lines just below, nearest first. */
  after: readonly string[];
  /** What the file's diff has shown so far (JWT imports, JWT code nearby); absent outside the engine. */
  facts?: FileFacts;
  /** The line just above in the new file, when the diff shows it. */
  previousText?: string;
  /**
   * A line of the window (offset 0 is this line, -1 the one above, 1 the one below), or undefined
   * past its edge, with what helpers worked out about it: each line is seen in up to 13 windows
   * and is worked on once. Absent outside the engine.
   */
  neighbour?(offset: number): WindowNeighbour | undefined;
}

/** A line of the window, as ScanLine.neighbour gives it. */
export interface WindowNeighbour {
  readonly text: string;
  /** What helpers keep about the line while it is in the window, each under its own symbol. */
  readonly memo: LineMemo;
  /** Whether the line holds a word of `list`, one of the word lists the engine's automaton looks for anyway. */
  holds(list: readonly string[]): boolean;
}

/** What helpers keep about one line, each under its own symbol. */
export type LineMemo = { [key: symbol]: unknown };

/** What a rule reports: where on the line the secret is, and why it matters. */
export interface RuleMatch {
  /** The secret exactly as written (never printed; redacted before any report). */
  secret: string;
  /** 0-based offset of the secret in the line. */
  index: number;
  /** One line: why this is a problem, in terms of this line. */
  why: string;
  /** The value is publicly known or a demo even though the generic test cannot tell (a JWT signed with a known weak key). */
  demo?: boolean;
  /**
   * The secret stands on another line of the file, one the diff added above this one (a YAML anchor
   * that this line's alias names): `index` is an offset in that line.
   */
  line?: { number: number; text: string; previousText?: string };
}

export interface Rule {
  /** Stable id, used in output, config and allow lists. */
  id: string;
  description: string;
  severity: Severity;
  /**
   * Lowercase words of which one must appear on the line (or, with `keywordsInWindow`, on the line
   * or a neighbouring one) before `match` runs: the cheap prefilter that keeps most lines off regexes.
   */
  keywords: readonly string[];
  /** Keywords may stand on a neighbouring line (a multi-line call); the line must still hold a quote. */
  keywordsInWindow?: boolean;
  /**
   * In these languages a keyword on any line of the window wakes the rule, quote or not: a config
   * value whose name stands on the lines around it (a YAML block scalar's first line under `secret: |`,
   * a SQL row under its column list, a Terraform value under its parameter's name).
   */
  neighboursWake?: readonly Language[];
  /**
   * Asked before a line that only a neighbour's keyword woke is read (neighboursWake): whether it can
   * hold such a value at all. A cheap test on the line and the one above; absent means it can.
   */
  neighbourValue?(line: ScanLine, previousText: string | undefined): boolean;
  /** Reads only lines that hold a quote (its matches are string literals): the engine skips it elsewhere. */
  quotedOnly?: boolean;
  /** Which languages the rule reads; absent means every file. */
  languages?: readonly Language[];
  /** A catch-all: its match is dropped where another rule reports the same place on the line. */
  fallback?: boolean;
  /**
   * Reported by a stage after the line rules (identifier flow, cross-file), never run on a line: it
   * is listed, configured and described like any rule, and its labeled tests use real repositories.
   */
  stage?: boolean;
  match(line: ScanLine): RuleMatch[];
}

/** A rule's match placed in the change. Holds the raw secret: only the redaction stage reads it. */
export interface Finding {
  rule: string;
  severity: Severity;
  path: string;
  language: Language;
  line: number;
  /** 1-based column of the secret. */
  column: number;
  secret: string;
  why: string;
  lineText: string;
  /** The line above in the new file, when the diff shows it (for `jwtguard:allow-next-line`). */
  previousLineText?: string;
  /** Commit the line was added in, for scans of history. */
  commit?: string;
  /** See RuleMatch.demo. */
  demo?: boolean;
  /** Set by the last step of detection (findingContext.ts). */
  context?: FindingContext;
}

/** A labeled example for a rule: code as it would be added, in a file at `path`. */
export interface RuleCase {
  path: string;
  code: string;
  /** For a true case: the secret the rule must report (it may report it on any line of `code`). */
  secret?: string;
  note?: string;
}

/** Every rule's labeled cases: a true case it misses, or a false one it flags, fails the build. */
export interface RuleCases {
  rule: string;
  /** Lines the rule must flag. */
  truePositives: RuleCase[];
  /** Lines the rule must leave alone: environment reads, lookups, tests, lookalikes. */
  falsePositives: RuleCase[];
  /** Values that stand for a key without being one: template syntax, masks, "your key here". */
  placeholders: RuleCase[];
}
