// `jwtguard scan` and `jwtguard baseline`: whole files of the work tree, each fed to the same
// detector as one hunk of added lines. Files are read in chunks, so memory stays bounded by the
// longest line; binary files, symlinks and submodules are skipped and counted.
import { lstat, open } from 'node:fs/promises';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { listFiles } from '../git/git.js';
import type { ScanPlan } from '../config/plan.js';
import { DiffScan } from './scanStaged.js';
import type { ScanResult } from './result.js';

const CHUNK_BYTES = 64 * 1024;
/** Git's own test: a NUL byte in the first 8000 bytes makes a file binary. */
const BINARY_PROBE_BYTES = 8000;

export interface FileScanOptions {
  cwd: string;
  plan: ScanPlan | Promise<ScanPlan>;
  /** Files and folders as the user wrote them (relative to cwd); the whole work tree when empty. */
  paths?: readonly string[];
  /** Only files git tracks (the baseline); otherwise untracked files that are not ignored too. */
  trackedOnly?: boolean;
}

/** Feeds one file's bytes to the scan as numbered added lines. */
class LineFeeder {
  private readonly decoder = new StringDecoder('utf8');
  private partial = '';
  private lineNumber = 0;

  constructor(private readonly scan: DiffScan) {}

  write(text: string): void {
    let start = 0;
    for (let newline = text.indexOf('\n'); newline !== -1; newline = text.indexOf('\n', start)) {
      const piece = text.slice(start, newline);
      this.emit(this.partial === '' ? piece : this.partial + piece);
      this.partial = '';
      start = newline + 1;
    }
    this.partial += text.slice(start);
  }

  bytes(chunk: Buffer): void {
    this.write(this.decoder.write(chunk));
  }

  end(): void {
    this.write(this.decoder.end());
    if (this.partial !== '') this.emit(this.partial);
    this.partial = '';
  }

  private emit(line: string): void {
    // A CRLF file's CR is not part of what a rule should see (as in the diff reader).
    const text = line.charCodeAt(line.length - 1) === 0x0d ? line.slice(0, -1) : line;
    this.scan.sink.line({ kind: 'add', text, lineNumber: ++this.lineNumber });
  }
}

/** Reads one file into the scan; returns false when it turned out to be binary. */
async function feedFile(full: string, path: string, scan: DiffScan): Promise<boolean> {
  const handle = await open(full, 'r');
  try {
    const buffer = Buffer.alloc(CHUNK_BYTES);
    let feeder: LineFeeder | undefined;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, CHUNK_BYTES, null);
      if (bytesRead === 0) break;
      const chunk = buffer.subarray(0, bytesRead);
      if (!feeder) {
        if (chunk.subarray(0, BINARY_PROBE_BYTES).includes(0)) return false;
        scan.sink.fileStart({ path, status: 'A', blob: '' });
        feeder = new LineFeeder(scan);
      }
      feeder.bytes(chunk);
    }
    if (!feeder) scan.sink.fileStart({ path, status: 'A', blob: '' }); // an empty file
    else feeder.end();
    scan.sink.fileEnd();
    return true;
  } finally {
    await handle.close();
  }
}

export async function scanFiles(options: FileScanOptions): Promise<ScanResult> {
  const planned = Promise.resolve(options.plan);
  const given = options.paths ?? [];
  const trackedOnly = options.trackedOnly ?? false;
  // No paths means the whole work tree, wherever in it the command runs: list from the top level.
  const listed = given.length > 0
    ? listFiles(given, { cwd: options.cwd, trackedOnly })
    : planned.then((plan) => listFiles([], { cwd: plan.topLevel, trackedOnly }));
  const [plan, unsorted] = await Promise.all([planned, listed]);
  const paths = unsorted.sort();
  const scan = new DiffScan(plan.detector, plan);
  for (const path of paths) {
    const full = join(plan.topLevel, path);
    let stat;
    try {
      stat = await lstat(full);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue; // deleted from the work tree: nothing to read
      throw error;
    }
    if (stat.isSymbolicLink()) scan.sink.skipped(path, 'symlink');
    else if (stat.isDirectory()) scan.sink.skipped(path, 'submodule'); // a gitlink: the submodule's own files are its own
    else if (!stat.isFile()) continue;
    else if (!plan.includesPath(path)) {
      // Excluded by the config: counted without reading it.
      scan.sink.fileStart({ path, status: 'A', blob: '' });
      scan.sink.fileEnd();
    } else if (!(await feedFile(full, path, scan))) scan.sink.skipped(path, 'binary');
  }
  return scan.result();
}
