// Runs the real detector over text as if every line of it were added in one hunk.
import { Detector, FileScanner } from '../../src/detect/engine.js';
import { RULES } from '../../src/detect/rules/index.js';
import type { Finding } from '../../src/detect/types.js';

const detector = new Detector(RULES);

export function detectInText(path: string, code: string): Finding[] {
  const findings: Finding[] = [];
  const scanner = new FileScanner(detector, (finding) => findings.push(finding));
  scanner.fileStart({ path, status: 'A', blob: '' });
  code.split('\n').forEach((text, index) => scanner.line({ kind: 'add', text, lineNumber: index + 1 }));
  scanner.fileEnd();
  return findings;
}
