// git → diff parse → detect → allow/baseline → redact: the staged change as a ScanResult.
import { GitSetupError, gitMissingMessage, grepIndex, indexBlobIds, readBlobs, repositoryProblem, STAGED_DIFF_ARGS, stagedTextDiffArgs, streamGit } from '../git/git.js';
import { textHiddenAsBinary, type BinarySkip } from './hiddenText.js';
import { DiffStreamParser, type DiffFile, type DiffLine, type SkipReason } from '../diff/parseDiff.js';
import { Detector, FileScanner } from '../detect/engine.js';
import { RULES } from '../detect/rules/index.js';
import type { Finding, Rule } from '../detect/types.js';
import { FileStage, MAX_BLOB_BYTES, MAX_INDEX_USERS, type IndexSearch } from '../detect/fileStage.js';
import { sharedKeyFindings } from '../detect/sharedKeys.js';
import { judgeContext } from '../detect/findingContext.js';
import { suppressFindings, type SuppressionOptions } from '../suppress/suppress.js';
import type { ScanPlan } from '../config/plan.js';
import type { ScanResult, SkippedFile } from './result.js';

export interface ScanOptions {
  cwd?: string;
  /** Config, rules and suppressions (see preparePlan); it may still be loading while the diff streams. */
  plan?: ScanPlan | Promise<ScanPlan>;
}

export interface DiffScanOptions {
  /** Whether a path is scanned at all (the config's include/exclude); every path when absent. */
  includesPath?: (path: string) => boolean;
  suppression?: SuppressionOptions;
}

/** Detects in a diff stream; shared by every command that reads `git diff` or `git log -p` output. */
export class DiffScan {
  readonly findings: Finding[] = [];
  readonly skipped: SkippedFile[] = [];
  /** Files skipped as binary, with their blobs: some may be text an attribute hid (hiddenText.ts). */
  readonly binarySkips: BinarySkip[] = [];
  files = 0;
  /** Files kept out by the config's include/exclude. */
  excluded = 0;
  private readonly scanner: FileScanner;
  /** Identifier flow and the findings that wait on a file's imports (see complete()). */
  private readonly fileStage: FileStage;
  private readonly ruleList: readonly Rule[];
  private linesAtFileStart = 0;
  private excluding = false;

  constructor(detector: Detector = new Detector(RULES), private readonly options: DiffScanOptions = {}) {
    this.ruleList = detector.ruleList;
    this.fileStage = new FileStage((finding) => this.findings.push(finding), detector.ruleList, (finding) => {
      const at = this.findings.indexOf(finding);
      if (at !== -1) this.findings.splice(at, 1);
    });
    this.scanner = new FileScanner(detector, (finding) => {
      this.findings.push(finding);
      this.fileStage.noteFinding(finding);
    });
  }

  /** Reads the staged files the file stage still needs (few: see FileStage); call before result(). */
  async complete(cwd?: string): Promise<void> {
    if (this.fileStage.pendingFiles > 0) await this.fileStage.resolve((blobs) => readBlobs(blobs, MAX_BLOB_BYTES, cwd), indexSearch(cwd));
  }

  get addedLines(): number {
    return this.scanner.addedLines;
  }

  readonly sink = {
    fileStart: (file: DiffFile): void => {
      this.excluding = this.options.includesPath !== undefined && !this.options.includesPath(file.path);
      if (this.excluding) {
        this.excluded++;
        return;
      }
      this.linesAtFileStart = this.scanner.addedLines;
      this.scanner.fileStart(file);
      this.fileStage.fileStart(file);
    },
    line: (line: DiffLine): void => {
      if (this.excluding) return;
      this.scanner.line(line);
      this.fileStage.line(line);
    },
    hunkEnd: (): void => {
      if (this.excluding) return;
      this.scanner.hunkEnd();
      this.fileStage.hunkEnd();
    },
    fileEnd: (): void => {
      if (this.excluding) {
        this.excluding = false;
        return;
      }
      this.scanner.fileEnd();
      this.fileStage.fileEnd(this.scanner.facts);
      if (this.scanner.addedLines > this.linesAtFileStart) this.files++;
    },
    skipped: (path: string, reason: SkipReason, blob?: string): void => {
      this.skipped.push({ path, reason });
      if (reason === 'binary' && blob !== undefined) this.binarySkips.push({ path, blob });
    },
  };

  /** Takes back the binary skips of files that are to be read again as text. */
  unskip(skips: readonly BinarySkip[]): void {
    for (const skip of skips) {
      const at = this.skipped.findIndex((s) => s.reason === 'binary' && s.path === skip.path);
      if (at !== -1) this.skipped.splice(at, 1);
    }
  }

  result(): ScanResult {
    this.fileStage.finish();
    // The cross-file stage: a key staged for two environments (it reads the findings, adds to a copy).
    const findings = judgeContext([...this.findings, ...sharedKeyFindings(this.findings, this.ruleList)]);
    const { blocking, warnings, allowed, baselined } = suppressFindings(findings, this.options.suppression);
    return {
      findings: blocking, allowed, files: this.files, addedLines: this.addedLines, skipped: this.skipped,
      warnings, baselined, excluded: this.excluded,
    };
  }
}

/** The index files that match a pattern, read: the first MAX_INDEX_USERS of them, in git's order. */
function indexSearch(cwd: string | undefined): IndexSearch {
  return async (pattern, globs) => {
    const ids = await indexBlobIds((await grepIndex(pattern, globs, cwd)).slice(0, MAX_INDEX_USERS), cwd);
    const texts = await readBlobs([...ids.values()], MAX_BLOB_BYTES, cwd);
    const byPath = new Map<string, string>();
    for (const [path, id] of ids) {
      const text = texts.get(id);
      if (text !== undefined) byPath.set(path, text);
    }
    return byPath;
  };
}

/** Scans the added lines of the index git is about to commit (honouring GIT_INDEX_FILE). */
export async function scanStaged(options: ScanOptions = {}): Promise<ScanResult> {
  // The diff starts at once; what it prints before the plan (config, baseline) is read waits here.
  let scan: DiffScan | undefined;
  let parser: DiffStreamParser | undefined;
  const early: Buffer[] = [];
  const ready = Promise.resolve(options.plan).then((plan) => {
    scan = plan ? new DiffScan(plan.detector, plan) : new DiffScan();
    parser = new DiffStreamParser(scan.sink);
    for (const chunk of early.splice(0)) parser.write(chunk);
  });
  const diff = streamGit(STAGED_DIFF_ARGS, { onData: (chunk) => (parser ? parser.write(chunk) : early.push(chunk)) }, options.cwd);
  try {
    await Promise.all([diff, ready]);
  } catch (error) {
    if (error instanceof GitSetupError && error.message !== gitMissingMessage()) {
      const problem = await repositoryProblem(options.cwd);
      if (problem) throw new GitSetupError(problem);
    }
    throw error;
  }
  parser!.end();
  await rescanHiddenText(scan!, options.cwd);
  await scan!.complete(options.cwd);
  return scan!.result();
}

/** Reads again, as text, the staged files an attribute made git call binary (see hiddenText.ts). */
async function rescanHiddenText(scan: DiffScan, cwd?: string): Promise<void> {
  const hidden = await textHiddenAsBinary(scan.binarySkips, cwd);
  if (hidden.length === 0) return;
  scan.unskip(hidden);
  const parser = new DiffStreamParser(scan.sink);
  await streamGit(stagedTextDiffArgs(hidden.map((skip) => skip.path)), { onData: (chunk) => parser.write(chunk) }, cwd);
  parser.end();
}
