// Parses the output of `git diff --raw -z -p` (see STAGED_DIFF_ARGS) as it streams in. The raw
// records come first and name every file; the patch sections follow in the same order and give the
// line numbers and text of what was added. Memory stays bounded by the longest line.
import { StringDecoder } from 'node:string_decoder';
import { quoteGitPath } from './gitQuote.js';

export type SkipReason = 'binary' | 'submodule' | 'symlink' | 'unmerged';

export interface DiffFile {
  /** Path in the new tree, relative to the repository's top level. */
  path: string;
  /** Path before a rename or copy, when there was one. */
  fromPath?: string;
  /** Git's one-letter status: A added, M modified, R renamed, C copied, T type changed. */
  status: string;
  /** Blob id of the new content (full length), for reading the whole staged file. */
  blob: string;
}

export interface DiffLine {
  /** `add` lines are new in this change; `context` lines were there before and only give context. */
  kind: 'add' | 'context';
  text: string;
  /** 1-based line number in the new version of the file. */
  lineNumber: number;
}

export interface DiffSink {
  fileStart(file: DiffFile): void;
  line(line: DiffLine): void;
  hunkEnd(): void;
  fileEnd(): void;
  /** `blob` is the new content's id, given for binary files (see scan/hiddenText.ts). */
  skipped(path: string, reason: SkipReason, blob?: string): void;
}

interface RawRecord {
  srcMode: string;
  dstMode: string;
  blob: string;
  status: string;
  srcPath: Buffer;
  dstPath: Buffer;
  /** Patch sections git prints for this record: a type change prints a deletion and an addition. */
  sections: number;
}

const MODE_SUBMODULE = '160000';
const MODE_SYMLINK = '120000';
const NUL = 0;
const HUNK_HEADER = /^@@+ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

export class DiffFormatError extends Error {}

/** Where a hunk header's ranges end (`@@ -1,2 +3,4 @@`): what follows is file content. */
function hunkRangesEnd(line: string): number {
  const close = line.indexOf('@@', 2);
  return close === -1 ? Math.min(line.length, 40) : close + 2;
}

function sectionCount(status: string): number {
  if (status === 'U') return 0;
  if (status === 'T') return 2;
  return 1;
}

export class DiffStreamParser {
  private readonly sink: DiffSink;
  // Raw phase: NUL-separated fields until an empty field.
  private inRaw = true;
  private fieldParts: Buffer[] = [];
  private pendingMeta: string[] | undefined;
  private pendingSrc: Buffer | undefined;
  private readonly records: RawRecord[] = [];
  // Patch phase: text lines.
  private readonly decoder = new StringDecoder('utf8');
  private partialLine = '';
  private recordIndex = -1;
  private sectionsLeft = 0;
  private record: RawRecord | undefined;
  private scanning = false; // the current section's lines go to the sink
  private fileOpen = false;
  private oldLeft = 0;
  private newLeft = 0;
  private newLine = 0;

  constructor(sink: DiffSink) {
    this.sink = sink;
  }

  write(chunk: Buffer): void {
    let start = 0;
    if (this.inRaw) {
      start = this.readRaw(chunk);
      if (this.inRaw) return;
    }
    this.readPatch(this.decoder.write(start === 0 ? chunk : chunk.subarray(start)));
  }

  end(): void {
    if (this.inRaw && (this.fieldParts.length > 0 || this.pendingMeta)) {
      throw new DiffFormatError('the diff ended inside its list of files');
    }
    this.readPatch(this.decoder.end());
    if (this.partialLine !== '') {
      this.patchLine(this.partialLine);
      this.partialLine = '';
    }
    if (this.oldLeft > 0 || this.newLeft > 0) throw new DiffFormatError('the diff ended inside a hunk');
    this.closeSection();
    const unprinted = this.records.slice(this.recordIndex + 1).filter((r) => r.sections > 0);
    if (unprinted.length > 0 || this.sectionsLeft > 0) {
      throw new DiffFormatError('the diff ended before every listed file was printed');
    }
  }

  /** Consumes raw records; returns the offset where the patch begins, once it does. */
  private readRaw(chunk: Buffer): number {
    let pos = 0;
    while (pos < chunk.length) {
      const nul = chunk.indexOf(NUL, pos);
      if (nul === -1) {
        this.fieldParts.push(chunk.subarray(pos));
        return chunk.length;
      }
      this.fieldParts.push(chunk.subarray(pos, nul));
      const field = this.fieldParts.length === 1 ? this.fieldParts[0]! : Buffer.concat(this.fieldParts);
      this.fieldParts = [];
      pos = nul + 1;
      if (this.acceptRawField(Buffer.from(field))) {
        this.inRaw = false;
        return pos;
      }
    }
    return pos;
  }

  /** Returns true when the field ends the raw part. */
  private acceptRawField(field: Buffer): boolean {
    if (!this.pendingMeta) {
      if (field.length === 0) return true;
      const meta = field.toString('latin1');
      if (!meta.startsWith(':')) throw new DiffFormatError(`unexpected raw diff record "${meta.slice(0, 40)}"`);
      this.pendingMeta = meta.slice(1).split(' ');
      return false;
    }
    const status = (this.pendingMeta[4] ?? '').charAt(0);
    const hasTwoPaths = status === 'R' || status === 'C';
    if (hasTwoPaths && !this.pendingSrc) {
      this.pendingSrc = field;
      return false;
    }
    const [srcMode = '', dstMode = '', , blob = ''] = this.pendingMeta;
    this.records.push({
      srcMode,
      dstMode,
      blob,
      status,
      srcPath: this.pendingSrc ?? field,
      dstPath: field,
      sections: sectionCount(status),
    });
    this.pendingMeta = undefined;
    this.pendingSrc = undefined;
    return false;
  }

  private readPatch(text: string): void {
    if (text === '') return;
    let pos = 0;
    for (;;) {
      const newline = text.indexOf('\n', pos);
      if (newline === -1) {
        this.partialLine += pos === 0 ? text : text.slice(pos);
        return;
      }
      let line = text.slice(pos, newline);
      if (this.partialLine !== '') {
        line = this.partialLine + line;
        this.partialLine = '';
      }
      this.patchLine(line);
      pos = newline + 1;
    }
  }

  private patchLine(line: string): void {
    if (this.oldLeft > 0 || this.newLeft > 0) {
      this.hunkLine(line);
      return;
    }
    if (line.startsWith('diff --git ')) this.openSection(line);
    else if (line.startsWith('@@')) this.openHunk(line);
    else if (line.startsWith('Binary files ') && this.record) {
      if (this.scanning) this.sink.skipped(this.pathOf(this.record), 'binary', this.record.blob);
      this.scanning = false;
    } else if (line.startsWith('* Unmerged path ')) {
      this.closeSection();
      const record = this.nextRecord();
      if (record.status !== 'U') throw new DiffFormatError('an unmerged path did not match the file list');
      this.sink.skipped(this.pathOf(record), 'unmerged');
    }
    // Everything else is an extended header line (index, mode, rename, ---/+++): nothing to take.
  }

  private hunkLine(line: string): void {
    const marker = line.charCodeAt(0);
    if (marker === 0x2b /* + */) {
      this.newLeft--;
      if (this.scanning) this.emit('add', line.slice(1));
      this.newLine++;
    } else if (marker === 0x2d /* - */) {
      this.oldLeft--;
    } else if (marker === 0x5c /* \ No newline at end of file */) {
      return;
    } else {
      // A context line, or an empty one where diff.suppressBlankEmpty dropped the leading space.
      this.oldLeft--;
      this.newLeft--;
      if (this.scanning) this.emit('context', line.slice(1));
      this.newLine++;
    }
    if (this.oldLeft <= 0 && this.newLeft <= 0) {
      this.oldLeft = 0;
      this.newLeft = 0;
      if (this.scanning) this.sink.hunkEnd();
    }
  }

  private emit(kind: DiffLine['kind'], text: string): void {
    // A CRLF file's lines keep their CR in the diff; the CR is not part of what a rule should see.
    const clean = text.charCodeAt(text.length - 1) === 0x0d ? text.slice(0, -1) : text;
    this.sink.line({ kind, text: clean, lineNumber: this.newLine });
  }

  private openHunk(line: string): void {
    const match = HUNK_HEADER.exec(line);
    // Only the line ranges are quoted: after the second @@ git prints a line of the file itself.
    if (!match || !this.record) throw new DiffFormatError(`unexpected hunk header "${line.slice(0, Math.min(60, hunkRangesEnd(line)))}"`);
    this.oldLeft = match[1] === undefined ? 1 : Number(match[1]);
    this.newLine = Number(match[2]);
    this.newLeft = match[3] === undefined ? 1 : Number(match[3]);
    if (this.newLeft === 0 && this.oldLeft === 0) throw new DiffFormatError('empty hunk');
  }

  private nextRecord(): RawRecord {
    this.recordIndex++;
    const record = this.records[this.recordIndex];
    if (!record) throw new DiffFormatError('the patch has more files than the file list');
    this.record = record;
    this.sectionsLeft = record.sections;
    return record;
  }

  private openSection(header: string): void {
    this.closeSection();
    let record = this.record;
    if (!record || this.sectionsLeft === 0) record = this.nextRecord();
    if (record.sections === 0) throw new DiffFormatError('a patch section came where an unmerged path was expected');
    const expected = `diff --git ${quoteGitPath(Buffer.concat([Buffer.from('a/'), record.srcPath]))} ${quoteGitPath(Buffer.concat([Buffer.from('b/'), record.dstPath]))}`;
    if (header !== expected) {
      throw new DiffFormatError(`the patch for "${this.pathOf(record)}" did not match the file list`);
    }
    this.sectionsLeft--;
    // The second section of a type change is the new content; the first only deletes.
    const isDeletionHalf = record.status === 'T' && this.sectionsLeft === 1;
    const path = this.pathOf(record);
    if (record.dstMode === MODE_SUBMODULE) {
      this.scanning = false;
      this.sink.skipped(path, 'submodule');
    } else if (record.dstMode === MODE_SYMLINK && !isDeletionHalf) {
      this.scanning = false;
      this.sink.skipped(path, 'symlink');
    } else if (record.status === 'D' || isDeletionHalf) {
      this.scanning = false;
    } else {
      this.scanning = true;
      this.fileOpen = true;
      const file: DiffFile = { path, status: record.status, blob: record.blob };
      if (record.status === 'R' || record.status === 'C') file.fromPath = record.srcPath.toString('utf8');
      this.sink.fileStart(file);
    }
  }

  private closeSection(): void {
    if (this.fileOpen) this.sink.fileEnd();
    this.fileOpen = false;
    this.scanning = false;
  }

  private pathOf(record: RawRecord): string {
    return record.dstPath.toString('utf8');
  }
}
