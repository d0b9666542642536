// Runs the real detector over text as if every line of it were added in one hunk: the line rules,
// then the file stage (token analysis and identifier flow) that a new file's diff feeds.
import { Detector, FileScanner } from '../../src/detect/engine.js';
import { FileStage } from '../../src/detect/fileStage.js';
import { RULES } from '../../src/detect/rules/index.js';
import type { Finding } from '../../src/detect/types.js';

const detector = new Detector(RULES);

export function detectInText(path: string, code: string): Finding[] {
  const findings: Finding[] = [];
  // Nothing is withdrawn: each rule's cases judge that rule alone (a scan keeps the better finding).
  const stage = new FileStage((finding) => findings.push(finding), RULES);
  const scanner = new FileScanner(detector, (finding) => {
    findings.push(finding);
    stage.noteFinding(finding);
  });
  const file = { path, status: 'A', blob: '' };
  scanner.fileStart(file);
  stage.fileStart(file);
  code.split('\n').forEach((text, index) => {
    const line = { kind: 'add' as const, text, lineNumber: index + 1 };
    scanner.line(line);
    stage.line(line);
  });
  scanner.fileEnd();
  stage.fileEnd(scanner.facts);
  stage.finish();
  return findings;
}
