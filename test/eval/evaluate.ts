// Runs the real detection end to end over the labeled corpus: the files (labels cut off) are
// staged in a scratch git repository and the built CLI scans them (`jwtguard staged --format json`),
// as a pre-commit hook would. Findings are compared with the labels by (file, line, rule).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { languageOf } from '../../src/detect/language.js';
import { readCorpus, type CorpusFile } from './corpus.js';
import { LANGUAGE_TARGET, targetFor, type Target } from './targets.js';

/** The checkout: the nearest folder up from this module with a package.json and test/corpus (also from the compiled copy). */
function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!(existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'test/corpus')))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the project root (a folder with package.json and test/corpus)');
    dir = parent;
  }
  return dir;
}

export const PROJECT_ROOT = projectRoot();
export const CORPUS_ROOT = join(PROJECT_ROOT, 'test/corpus');
/** The bin users get: the file package.json names. */
export const CLI = join(PROJECT_ROOT, (JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { bin: { jwtguard: string } }).bin.jwtguard);

export interface Score {
  tp: number;
  fp: number;
  fn: number;
}

export interface Row extends Score {
  name: string;
  precision: number;
  recall: number;
  target: Target;
  passed: boolean;
}

export interface LanguageSize {
  files: number;
  lines: number;
  labels: number;
}

export interface Evaluation {
  files: number;
  lines: number;
  labels: number;
  rules: Row[];
  languages: Row[];
  sizes: Map<string, LanguageSize>;
  /** `file:line rule` of every false positive and false negative, for fixing. */
  falsePositives: string[];
  falseNegatives: string[];
  failures: string[];
  millis: number;
}

interface ReportedFinding {
  rule: string;
  file: string;
  line: number;
}

/** A finding as the JSON report writes it: `path` in version 2, `file` in version 1. */
interface JsonFinding {
  rule: string;
  path?: string;
  file?: string;
  line: number;
}

/** A git environment no user or system setting reaches. */
function gitEnvironment(home: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!key.startsWith('GIT_')) env[key] = value;
  return { ...env, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), GIT_CONFIG_NOSYSTEM: '1', NO_COLOR: '1' };
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): { code: number; stdout: string; stderr: string } {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.error) throw result.error;
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** Stages the corpus in a scratch repository and returns what the built CLI reports. */
export function scanCorpus(files: readonly CorpusFile[]): ReportedFinding[] {
  const scratch = mkdtempSync(join(tmpdir(), 'jwtguard-eval-'));
  try {
    const home = join(scratch, 'home');
    const repo = join(scratch, 'repo');
    mkdirSync(home, { recursive: true });
    mkdirSync(repo, { recursive: true });
    const env = gitEnvironment(home);
    const init = run('git', ['init', '-q', repo], scratch, env);
    if (init.code !== 0) throw new Error(`git init failed: ${init.stderr}`);
    for (const file of files) {
      const full = join(repo, file.path);
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, file.text);
    }
    // -f: corpus files such as .env are staged even where a global ignore would skip them.
    const add = run('git', ['add', '-f', '--', '.'], repo, env);
    if (add.code !== 0) throw new Error(`git add failed: ${add.stderr}`);
    const scan = run(process.execPath, [CLI, 'staged', '--format', 'json'], repo, env);
    if (scan.code !== 0 && scan.code !== 1) throw new Error(`jwtguard exited ${scan.code}: ${scan.stderr}`);
    const report = JSON.parse(scan.stdout) as { findings: JsonFinding[]; allowed?: JsonFinding[] };
    // An allow comment is a suppression after detection: the line was still detected.
    return [...report.findings, ...(report.allowed ?? [])].map((f) => ({ rule: f.rule, file: f.path ?? f.file ?? '', line: f.line }));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function ratio(hits: number, total: number): number {
  return total === 0 ? 1 : hits / total;
}

function row(name: string, score: Score, target: Target): Row {
  const precision = ratio(score.tp, score.tp + score.fp);
  const recall = ratio(score.tp, score.tp + score.fn);
  return { name, ...score, precision, recall, target, passed: precision >= target.precision && recall >= target.recall };
}

function bump(scores: Map<string, Score>, key: string, field: keyof Score): void {
  const score = scores.get(key) ?? { tp: 0, fp: 0, fn: 0 };
  score[field]++;
  scores.set(key, score);
}

export function evaluate(corpusRoot: string = CORPUS_ROOT): Evaluation {
  const started = Date.now();
  const files = readCorpus(corpusRoot);
  const found = scanCorpus(files);
  const expected = new Set<string>();
  const languageOfFile = new Map<string, string>();
  const sizes = new Map<string, LanguageSize>();
  for (const file of files) {
    const language = languageOf(file.path);
    languageOfFile.set(file.path, language);
    const size = sizes.get(language) ?? { files: 0, lines: 0, labels: 0 };
    size.files++;
    size.lines += file.lineCount;
    for (const [line, rules] of file.labels) {
      for (const rule of rules) expected.add(`${file.path}\0${line}\0${rule}`);
      size.labels += rules.size;
    }
    sizes.set(language, size);
  }
  const reported = new Set(found.map((f) => `${f.file}\0${f.line}\0${f.rule}`));
  const byRule = new Map<string, Score>();
  const byLanguage = new Map<string, Score>();
  const falsePositives: string[] = [];
  const falseNegatives: string[] = [];
  const tally = (key: string, field: keyof Score): void => {
    const [file, line, rule] = key.split('\0') as [string, string, string];
    bump(byRule, rule, field);
    bump(byLanguage, languageOfFile.get(file) ?? languageOf(file), field);
    if (field === 'fp') falsePositives.push(`${file}:${line} ${rule}`);
    if (field === 'fn') falseNegatives.push(`${file}:${line} ${rule}`);
  };
  for (const key of reported) tally(key, expected.has(key) ? 'tp' : 'fp');
  for (const key of expected) if (!reported.has(key)) tally(key, 'fn');
  for (const language of sizes.keys()) if (!byLanguage.has(language)) byLanguage.set(language, { tp: 0, fp: 0, fn: 0 });

  const rules = [...byRule].map(([name, score]) => row(name, score, targetFor(name))).sort((a, b) => a.name.localeCompare(b.name));
  const languages = [...byLanguage].map(([name, score]) => row(name, score, LANGUAGE_TARGET)).sort((a, b) => a.name.localeCompare(b.name));
  const failures = [
    ...rules.filter((r) => !r.passed).map((r) => `rule ${r.name}: precision ${r.precision.toFixed(3)}, recall ${r.recall.toFixed(3)} (target ${r.target.precision}/${r.target.recall})`),
    ...languages.filter((r) => !r.passed).map((r) => `language ${r.name}: precision ${r.precision.toFixed(3)}, recall ${r.recall.toFixed(3)} (target ${r.target.precision}/${r.target.recall})`),
  ];
  return {
    files: files.length,
    lines: files.reduce((sum, f) => sum + f.lineCount, 0),
    labels: expected.size,
    rules,
    languages,
    sizes,
    falsePositives: falsePositives.sort(),
    falseNegatives: falseNegatives.sort(),
    failures,
    millis: Date.now() - started,
  };
}

function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const format = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [format(header), ...rows.map(format)];
}

function figure(value: number): string {
  return value.toFixed(3);
}

/** The evaluation as text: a table per rule, a table per language with the corpus size, the misses. */
export function formatEvaluation(e: Evaluation): string {
  const lines = [`jwtguard corpus evaluation: ${e.files} files, ${e.lines} lines, ${e.labels} labeled findings (${(e.millis / 1000).toFixed(1)} s)`, ''];
  lines.push(
    ...table(
      ['rule', 'TP', 'FP', 'FN', 'precision', 'recall', 'target', ''],
      e.rules.map((r) => [r.name, String(r.tp), String(r.fp), String(r.fn), figure(r.precision), figure(r.recall), `${r.target.precision}/${r.target.recall}`, r.passed ? 'ok' : 'BELOW']),
    ),
    '',
  );
  lines.push(
    ...table(
      ['language', 'files', 'lines', 'labels', 'TP', 'FP', 'FN', 'precision', 'recall', ''],
      e.languages.map((r) => {
        const size = e.sizes.get(r.name) ?? { files: 0, lines: 0, labels: 0 };
        return [r.name, String(size.files), String(size.lines), String(size.labels), String(r.tp), String(r.fp), String(r.fn), figure(r.precision), figure(r.recall), r.passed ? 'ok' : 'BELOW'];
      }),
    ),
  );
  if (e.falsePositives.length > 0) lines.push('', `false positives (${e.falsePositives.length}):`, ...e.falsePositives.map((f) => `  ${f}`));
  if (e.falseNegatives.length > 0) lines.push('', `missed (${e.falseNegatives.length}):`, ...e.falseNegatives.map((f) => `  ${f}`));
  lines.push('', e.failures.length === 0 ? 'every rule and language meets its target.' : `below target:\n${e.failures.map((f) => `  ${f}`).join('\n')}`);
  return `${lines.join('\n')}\n`;
}
