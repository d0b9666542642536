// The root tree id git keeps in the index file itself (its cache-tree, the "TREE" extension): the
// id `git write-tree` would print, read without starting git. `git commit` brings the cache-tree up
// to date before its hooks run, so the pre-commit scan finds it there; after a `git add` it is
// out of date, and the caller runs write-tree. Format: git's Documentation/gitformat-index.txt.

const SIGNATURE = 0x44495243; // "DIRC"
const STAT_BYTES = 40; // ctime, mtime, dev, ino, mode, uid, gid, size: ten 32-bit fields
const EXTENDED_FLAG = 0x4000;
const NAME_LENGTH_MASK = 0x0fff;
/** SHA-1 and SHA-256 repositories: the file does not say which, and only one length parses. */
const HASH_BYTES = [20, 32] as const;

/**
 * The root tree id in `index` when its cache-tree has a valid one; undefined when it has none, is
 * out of date, or the file is not an index this reader knows (versions 2 to 4).
 */
export function cachedRootTree(index: Buffer): string | undefined {
  if (index.length < 12 || index.readUInt32BE(0) !== SIGNATURE) return undefined;
  const version = index.readUInt32BE(4);
  if (version < 2 || version > 4) return undefined;
  for (const hashBytes of HASH_BYTES) {
    const end = index.length - hashBytes; // the file ends with its checksum
    const extensions = entriesEnd(index, version, hashBytes, end);
    const tree = extensions === undefined ? undefined : treeExtension(index, extensions, end);
    if (tree !== undefined) return tree === -1 ? undefined : rootTree(index, tree, hashBytes);
  }
  return undefined;
}

/** Where the entries end (and the extensions start) when they parse with this hash length; undefined when not. */
function entriesEnd(index: Buffer, version: number, hashBytes: number, end: number): number | undefined {
  const count = index.readUInt32BE(8);
  let at = 12;
  for (let entry = 0; entry < count; entry++) {
    const flagsAt = at + STAT_BYTES + hashBytes;
    if (flagsAt + 2 > end) return undefined;
    const flags = index.readUInt16BE(flagsAt);
    let nameAt = flagsAt + 2;
    if (flags & EXTENDED_FLAG) {
      if (version < 3) return undefined;
      nameAt += 2;
    }
    if (version === 4) {
      // A varint (how much of the previous name to drop), then the rest of the name and a NUL.
      let varintEnd = nameAt;
      while (varintEnd < end && index[varintEnd]! & 0x80) varintEnd++;
      const nul = index.indexOf(0, varintEnd + 1);
      if (nul === -1 || nul >= end) return undefined;
      at = nul + 1;
    } else {
      // The name, then 1 to 8 NULs that pad the entry to a multiple of 8 bytes.
      let nameLength = flags & NAME_LENGTH_MASK;
      if (nameLength === NAME_LENGTH_MASK) nameLength = index.indexOf(0, nameAt) - nameAt;
      if (nameLength < 0) return undefined;
      at += (nameAt - at + nameLength + 8) & ~7;
      if (at > end || index[nameAt + nameLength] !== 0) return undefined;
    }
  }
  return at <= end ? at : undefined;
}

/**
 * Where the TREE extension starts (-1 when there is none), read from the extensions between `at`
 * and `end`; undefined when they do not fill it exactly, as they do not with a wrong hash length.
 */
function treeExtension(index: Buffer, at: number, end: number): number | undefined {
  let tree = -1;
  for (let ext = at; ext < end; ) {
    if (ext + 8 > end) return undefined;
    if (tree === -1 && index.toString('latin1', ext, ext + 4) === 'TREE') tree = ext;
    ext += 8 + index.readUInt32BE(ext + 4);
    if (ext > end) return undefined;
  }
  return tree;
}

/** The TREE extension's first record, the root: `\0<entries> <subtrees>\n<id>`; entries -1 is out of date. */
function rootTree(index: Buffer, ext: number, hashBytes: number): string | undefined {
  const data = ext + 8;
  const dataEnd = data + index.readUInt32BE(ext + 4);
  const newline = index.indexOf(10, data);
  if (index[data] !== 0 || newline === -1 || newline + 1 + hashBytes > dataEnd) return undefined;
  const counts = /^(-?\d+) \d+$/.exec(index.toString('latin1', data + 1, newline));
  if (!counts || Number(counts[1]) < 0) return undefined;
  return index.toString('hex', newline + 1, newline + 1 + hashBytes);
}
