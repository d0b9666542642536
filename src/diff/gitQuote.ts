// Git's C-style quoting of a path (quote_c_style with core.quotePath=true), used only to check that
// a patch section belongs to the file the NUL-separated raw record named. Paths are never parsed
// out of patch headers.

const NAMED_ESCAPES: Record<number, string> = {
  0x07: 'a',
  0x08: 'b',
  0x09: 't',
  0x0a: 'n',
  0x0b: 'v',
  0x0c: 'f',
  0x0d: 'r',
  0x22: '"',
  0x5c: '\\',
};

function needsQuoting(byte: number): boolean {
  return byte < 0x20 || byte === 0x22 || byte === 0x5c || byte >= 0x7f;
}

/** The path as git prints it in a patch header: as it is, or in double quotes with escapes. */
export function quoteGitPath(bytes: Uint8Array): string {
  if (!bytes.some(needsQuoting)) return Buffer.from(bytes).toString('latin1');
  let out = '"';
  for (const byte of bytes) {
    if (!needsQuoting(byte)) out += String.fromCharCode(byte);
    else if (NAMED_ESCAPES[byte] !== undefined) out += `\\${NAMED_ESCAPES[byte]}`;
    else out += `\\${byte.toString(8).padStart(3, '0')}`;
  }
  return `${out}"`;
}
