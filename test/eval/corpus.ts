// The labeled corpus (test/corpus/<group>/<files>): realistic files whose lines that must be flagged
// end with a comment `jwtguard-expect: <rule-id>[, <rule-id>…]`; every other line must not be.
// Files that cannot hold comments (JSON, PEM) carry their labels in a sidecar `<file>.expect`: one
// `<line> <rule-id>[,<rule-id>…]` per line, `#` comments allowed. The label comments are cut off
// before scanning, so they can never change what is detected.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface CorpusFile {
  /** Path inside the corpus, with `/` separators: where the file is staged in the scratch repository. */
  path: string;
  /** The file's text with every label comment removed. */
  text: string;
  lineCount: number;
  /** Line number (1-based) → rule ids that must be reported on it. */
  labels: Map<number, Set<string>>;
}

const SIDECAR = '.expect';
/** Files of the corpus folder itself that are not corpus samples. */
const NOT_SAMPLES = new Set(['README.md']);

/** A label comment at the end of a line, in any comment syntax the corpus languages use. */
const LABEL = /[ \t]*(?:\/\/|#|\/\*|<!--|--|;)[ \t]*jwtguard-expect:[ \t]*([\w-]+(?:[ \t]*,[ \t]*[\w-]+)*)[ \t]*(?:\*\/|-->)?[ \t]*\r?$/;

function addLabels(labels: Map<number, Set<string>>, line: number, ids: string): void {
  const set = labels.get(line) ?? new Set<string>();
  for (const id of ids.split(',')) set.add(id.trim());
  labels.set(line, set);
}

/** Splits a file's text into the text to scan and its labels. */
export function parseLabels(text: string, where: string): { text: string; labels: Map<number, Set<string>> } {
  const labels = new Map<number, Set<string>>();
  const lines = text.split('\n').map((line, index) => {
    if (!line.includes('jwtguard-expect:')) return line;
    const m = LABEL.exec(line);
    if (!m) throw new Error(`${where}:${index + 1}: jwtguard-expect must end the line, in a comment`);
    addLabels(labels, index + 1, m[1]!);
    // A CRLF file keeps its line endings: only the label goes.
    return line.slice(0, m.index) + (line.endsWith('\r') ? '\r' : '');
  });
  return { text: lines.join('\n'), labels };
}

/** Reads a sidecar `<file>.expect` into `labels`. */
export function parseSidecar(text: string, labels: Map<number, Set<string>>, where: string): void {
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/#.*$/, '').trim();
    if (line === '') return;
    const m = /^(\d+)\s+([\w-]+(?:\s*,\s*[\w-]+)*)$/.exec(line);
    if (!m) throw new Error(`${where}:${index + 1}: expected "<line> <rule-id>"`);
    addLabels(labels, Number(m[1]), m[2]!);
  });
}

function walk(dir: string, into: string[]): void {
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walk(full, into);
    else into.push(full);
  }
}

export function readCorpus(root: string): CorpusFile[] {
  const paths: string[] = [];
  walk(root, paths);
  const files: CorpusFile[] = [];
  for (const full of paths) {
    const path = relative(root, full).split(sep).join('/');
    if (path.endsWith(SIDECAR) || NOT_SAMPLES.has(path)) continue;
    const { text, labels } = parseLabels(readFileSync(full, 'utf8'), path);
    const sidecar = `${full}${SIDECAR}`;
    if (paths.includes(sidecar)) parseSidecar(readFileSync(sidecar, 'utf8'), labels, `${path}${SIDECAR}`);
    const lineCount = text.endsWith('\n') ? text.split('\n').length - 1 : text.split('\n').length;
    for (const line of labels.keys()) {
      if (line < 1 || line > lineCount) throw new Error(`${path}: a label names line ${line}, beyond the file's ${lineCount} lines`);
    }
    files.push({ path, text, lineCount, labels });
  }
  return files;
}
