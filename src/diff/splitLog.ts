// Splits the output of HISTORY_LOG_ARGS (`git log -z --raw -p`) into commits as it streams, so that
// each commit's diff goes to its own DiffStreamParser. Per commit git prints: the header (it starts
// with COMMIT_MARKER and ends with NUL), one newline, the raw records (NUL-separated, ending with an
// empty field), then the patch. The splitter only finds where each commit ends; it parses nothing.
import { COMMIT_MARKER } from '../git/git.js';
import { DiffFormatError } from './parseDiff.js';

export interface LogSink {
  /** The header's text, without the marker and the NUL. */
  commitStart(header: string): void;
  /** Bytes of the current commit's diff (raw records, then patch), in order. */
  diff(chunk: Buffer): void;
  commitEnd(): void;
}

const NUL = 0;
const NEWLINE = 0x0a;

type State = 'header' | 'afterHeader' | 'raw' | 'patch';

export class LogStreamSplitter {
  private readonly sink: LogSink;
  private state: State = 'header';
  private header: Buffer[] = [];
  private inCommit = false;
  /** raw: the previous byte was a NUL (two in a row end the records: no field is empty). */
  private afterNul = false;
  /** patch: the next byte starts a line. */
  private atLineStart = true;

  constructor(sink: LogSink) {
    this.sink = sink;
  }

  write(chunk: Buffer): void {
    let pos = 0;
    while (pos < chunk.length) {
      switch (this.state) {
        case 'header':
          pos = this.readHeader(chunk, pos);
          break;
        case 'afterHeader':
          if (chunk[pos] === NEWLINE) pos++;
          this.state = 'raw';
          this.afterNul = false;
          break;
        case 'raw':
          pos = this.readRaw(chunk, pos);
          break;
        case 'patch':
          pos = this.readPatch(chunk, pos);
          break;
      }
    }
  }

  end(): void {
    if (this.state === 'header' && this.header.length > 0) throw new DiffFormatError('the history ended inside a commit header');
    if (this.inCommit) this.sink.commitEnd();
    this.inCommit = false;
  }

  private readHeader(chunk: Buffer, pos: number): number {
    if (this.header.length === 0 && chunk[pos] !== COMMIT_MARKER) {
      throw new DiffFormatError('the history did not start a commit where one was expected');
    }
    const nul = chunk.indexOf(NUL, pos);
    if (nul === -1) {
      this.header.push(chunk.subarray(pos));
      return chunk.length;
    }
    this.header.push(chunk.subarray(pos, nul));
    const text = Buffer.concat(this.header).toString('utf8').slice(1);
    this.header = [];
    this.inCommit = true;
    this.sink.commitStart(text);
    this.state = 'afterHeader';
    return nul + 1;
  }

  private readRaw(chunk: Buffer, pos: number): number {
    let at = pos;
    for (;;) {
      const nul = chunk.indexOf(NUL, at);
      if (nul === -1) {
        this.afterNul = false;
        this.sink.diff(chunk.subarray(pos));
        return chunk.length;
      }
      const ends = nul === pos ? this.afterNul : chunk[nul - 1] === NUL;
      if (ends) {
        this.sink.diff(chunk.subarray(pos, nul + 1));
        this.state = 'patch';
        this.atLineStart = true;
        return nul + 1;
      }
      if (nul === chunk.length - 1) {
        this.afterNul = true;
        this.sink.diff(chunk.subarray(pos));
        return chunk.length;
      }
      at = nul + 1;
    }
  }

  private readPatch(chunk: Buffer, pos: number): number {
    let at = pos;
    for (;;) {
      const marker = chunk.indexOf(COMMIT_MARKER, at);
      if (marker === -1) break;
      const lineStart = marker === pos ? this.atLineStart : chunk[marker - 1] === NEWLINE;
      if (lineStart) {
        if (marker > pos) this.sink.diff(chunk.subarray(pos, marker));
        this.sink.commitEnd();
        this.inCommit = false;
        this.state = 'header';
        return marker;
      }
      at = marker + 1;
    }
    this.sink.diff(chunk.subarray(pos));
    this.atLineStart = chunk[chunk.length - 1] === NEWLINE;
    return chunk.length;
  }
}
