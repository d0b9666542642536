// git → diff parse → detect → allow → redact: the staged change as a ScanResult.
import { GitSetupError, gitMissingMessage, repositoryProblem, STAGED_DIFF_ARGS, streamGit } from '../git/git.js';
import { DiffStreamParser, type DiffFile, type DiffLine, type SkipReason } from '../diff/parseDiff.js';
import { Detector, FileScanner } from '../detect/engine.js';
import { RULES } from '../detect/rules/index.js';
import type { Finding } from '../detect/types.js';
import { applyAllowComments } from '../suppress/allowComment.js';
import type { ScanResult, SkippedFile } from './result.js';

export interface ScanOptions {
  cwd?: string;
}

/** Detects in a diff stream; shared by every command that reads `git diff` or `git log -p` output. */
export class DiffScan {
  readonly findings: Finding[] = [];
  readonly skipped: SkippedFile[] = [];
  files = 0;
  private readonly scanner: FileScanner;
  private linesAtFileStart = 0;

  constructor(detector: Detector = new Detector(RULES)) {
    this.scanner = new FileScanner(detector, (finding) => this.findings.push(finding));
  }

  get addedLines(): number {
    return this.scanner.addedLines;
  }

  readonly sink = {
    fileStart: (file: DiffFile): void => {
      this.linesAtFileStart = this.scanner.addedLines;
      this.scanner.fileStart(file);
    },
    line: (line: DiffLine): void => this.scanner.line(line),
    hunkEnd: (): void => this.scanner.hunkEnd(),
    fileEnd: (): void => {
      this.scanner.fileEnd();
      if (this.scanner.addedLines > this.linesAtFileStart) this.files++;
    },
    skipped: (path: string, reason: SkipReason): void => {
      this.skipped.push({ path, reason });
    },
  };

  result(): ScanResult {
    const { blocking, allowed } = applyAllowComments(this.findings);
    return { findings: blocking, allowed, files: this.files, addedLines: this.addedLines, skipped: this.skipped };
  }
}

/** Scans the added lines of the index git is about to commit (honouring GIT_INDEX_FILE). */
export async function scanStaged(options: ScanOptions = {}): Promise<ScanResult> {
  const scan = new DiffScan();
  const parser = new DiffStreamParser(scan.sink);
  try {
    await streamGit(STAGED_DIFF_ARGS, { onData: (chunk) => parser.write(chunk) }, options.cwd);
  } catch (error) {
    if (error instanceof GitSetupError && error.message !== gitMissingMessage()) {
      const problem = await repositoryProblem(options.cwd);
      if (problem) throw new GitSetupError(problem);
    }
    throw error;
  }
  parser.end();
  return scan.result();
}
