// Lines built to make a backtracking regex take quadratic or worse time. Shared by the
// adversarial test (it must finish) and the bench (how long it takes).
const MB = 1024 * 1024;

function repeat(unit: string, length = MB): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** A fixed-seed generator, so that the random line is the same in every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function randomLine(length: number): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/=_-.:;,(){}[]<>"\'`\\ $#@!?*&|~^%';
  const random = seededRandom(42);
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(random() * alphabet.length)];
  return out;
}

export const ADVERSARIAL_LINES: Record<string, string> = {
  singleQuotes: repeat("'"),
  doubleQuotes: repeat('"'),
  backticks: repeat('`'),
  backslashes: repeat('\\'),
  escapedQuotes: repeat("\\'"),
  eyJ: repeat('eyJ'),
  eyJDots: repeat('eyJhbGciOiJIUzI1NiJ9.'),
  equals: repeat('='),
  base64: repeat('QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0123456789+/'),
  hex: repeat('0123456789abcdef'),
  wordRun: repeat('jwtSecretKeyToken'),
  callOpeners: repeat('jwt.sign('),
  assignments: repeat("jwtSecret = '"),
  colons: repeat('secret: '),
  pemHeaders: repeat('-----BEGIN PRIVATE KEY-----'),
  urls: repeat('postgres://user:'),
  envReads: repeat('process.env.JWT_SECRET || '),
  commentOpeners: repeat('// # -- ; /* <!-- '),
  allowTokens: repeat('// jwtguard:allow'),
  spaces: repeat(' '),
  random: randomLine(MB),
};
