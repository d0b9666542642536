// One staged file through the token analysis: lex → bind → key sinks, and the findings that stand
// on its added lines. The file stage (fileStage.ts) decides which files are worth it and where
// their text comes from; this stays a pure function of the text.
import type { Language } from '../language.js';
import { lex } from '../lex/lexer.js';
import { profileFor } from '../lex/profiles.js';
import { buildModel, type FileModel } from '../bind/fileModel.js';
import { KeySinks, type ImportedKey, type KeyFinding } from './keySinks.js';

/** Largest file the token analysis reads: past this the line rules alone judge it. */
export const MAX_ANALYSED_CHARS = 1024 * 1024;

export interface FileAnalysis {
  model: FileModel;
  text: string;
  lineStarts: number[];
  findings: KeyFinding[];
  imports: ImportedKey[];
}

export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}

/** The analysis of a file's text, or undefined when its language has no lexer or it is too large. */
export function analyseFile(path: string, language: Language, text: string): FileAnalysis | undefined {
  const profile = profileFor(language, path);
  if (!profile || text.length > MAX_ANALYSED_CHARS) return undefined;
  const lineStarts = lineStartsOf(text);
  const model = buildModel(lex(text, profile), language, lineStarts);
  const sinks = new KeySinks(model, text).run();
  return { model, text, lineStarts, findings: sinks.findings, imports: sinks.imports };
}

/** The text of line `line` (1-based). */
export function lineText(analysis: Pick<FileAnalysis, 'text' | 'lineStarts'>, line: number): string {
  const start = analysis.lineStarts[line - 1] ?? 0;
  const next = analysis.lineStarts[line];
  const end = next === undefined ? analysis.text.length : next - 1;
  const textLine = analysis.text.slice(start, end);
  return textLine.endsWith('\r') ? textLine.slice(0, -1) : textLine;
}

/** 0-based column of a key finding on its line: the value's first character (the token, for nil). */
export function columnOf(analysis: Pick<FileAnalysis, 'lineStarts'>, finding: KeyFinding): number {
  const offset = finding.empty ? finding.token.start : finding.token.valueStart ?? finding.token.start;
  return offset - (analysis.lineStarts[finding.token.line - 1] ?? 0);
}
