// A text file that .gitattributes marks `-diff` or `binary` (or gives a diff driver) is one git
// prints as "Binary files differ", and so a way to hide a key from every scan that reads diffs.
// Git's own test of content is a NUL byte in the first 8,000 bytes: a file git called binary whose
// blob has none was hidden by an attribute, and is read again as text. The staged scan and the
// history scans both use this.
import { readBlobs } from '../git/git.js';
import { MAX_BLOB_BYTES } from '../detect/fileStage.js';

/** A file a diff skipped as binary: its path, the blob of its new content, and its commit if any. */
export interface BinarySkip {
  path: string;
  blob: string;
  commit?: string;
}

const BINARY_PROBE = 8000;

/** The skips whose content is text. A blob over MAX_BLOB_BYTES is not read, and stays binary. */
export async function textHiddenAsBinary(skips: readonly BinarySkip[], cwd?: string): Promise<BinarySkip[]> {
  if (skips.length === 0) return [];
  const texts = await readBlobs(skips.map((skip) => skip.blob), MAX_BLOB_BYTES, cwd);
  return skips.filter((skip) => {
    const text = texts.get(skip.blob);
    return text !== undefined && !text.slice(0, BINARY_PROBE).includes('\0');
  });
}
