// What the lines of one file seen so far say about it: whether it imports a JWT library and where
// JWT code stands, so that a rule can judge a line by its file as well as by its window. The engine
// feeds every line of the file's diff (added and context) in order, a few lines ahead of the line
// being scanned.
import { HoconReader } from './hoconEntries.js';
import { TerraformReader } from './terraformEntries.js';
import { YamlParentTracker } from './configEntries.js';
import type { Finding } from './types.js';

/** A word that only JWT code uses. Cheap first test for every line; most lines stop here. */
/**
 * Lowercase words of which every JWT_WORD match holds one: the engine's keyword automaton looks for
 * them on every line anyway, so JWT_WORD itself runs only where one stands.
 */
export const JWT_WORDS = [
  'jwt', 'jsonwebtoken', 'jose', 'jws', 'jwx', 'identitymodel', 'hs256', 'hs384', 'hs512', 'hmac256', 'hmac384', 'hmac512',
  'signwith', 'setsigningkey', 'signedstring', 'encodingkey', 'decodingkey', 'macsigner', 'macverifier',
  'symmetricsecuritykey', 'signingcredentials',
] as const;
const JWT_WORD = /jwt|jsonwebtoken|\bjose\b|\bjws\b|\bjwx\b|identitymodel|\bhs(?:256|384|512)\b|hmac(?:256|384|512)|signwith|setsigningkey|signedstring|encodingkey|decodingkey|macsigner|macverifier|symmetricsecuritykey|signingcredentials/i;

/**
 * An import of a JWT library, in each language's own syntax (tried only on lines with a JWT word).
 * Anchored at the line start or at the import keyword, and without nested quantifiers: linear.
 */
const JWT_IMPORT = new RegExp(
  [
    // JS/TS: import … from 'x', require('x'), import('x'), import 'x'
    String.raw`(?:\bfrom|\brequire\s*\(|\bimport\s*\(?)\s*['"\x60](?:jsonwebtoken|jose|express-jwt|express-jwt-[\w-]+|passport-jwt|@nestjs\/jwt|@fastify\/jwt|fastify-jwt|koa-jwt|hono\/jwt|jwt-simple|jsrsasign|next-auth\/jwt|@auth\/core\/jwt)(?:['"\x60/])`,
    // Python
    String.raw`^\s*(?:import\s+(?:jwt|jose|flask_jwt_extended|rest_framework_simplejwt)\b|from\s+(?:jwt|jose|authlib\.jose|flask_jwt_extended|rest_framework_simplejwt)\b)`,
    // Go: a path in an import line or block
    String.raw`"github\.com\/(?:golang-jwt\/jwt|dgrijalva\/jwt-go|form3tech-oss\/jwt-go|lestrrat-go\/jwx|appleboy\/gin-jwt|go-chi\/jwtauth|kataras\/jwt|gofiber\/(?:contrib\/)?jwt)`,
    // Java, Kotlin, Scala
    String.raw`^\s*import\s+(?:static\s+)?(?:io\.jsonwebtoken|com\.auth0\.jwt|com\.nimbusds\.(?:jose|jwt)|org\.springframework\.security\.oauth2\.jwt)\b`,
    // C#
    String.raw`^\s*using\s+(?:System\.IdentityModel\.Tokens\.Jwt|Microsoft\.IdentityModel\.(?:Tokens|JsonWebTokens)|Microsoft\.AspNetCore\.Authentication\.JwtBearer)\b`,
    // Ruby
    String.raw`^\s*require\s*\(?\s*['"](?:jwt|devise\/jwt|devise-jwt)['"]`,
    // PHP
    String.raw`^\s*use\s+\\?(?:Firebase\\JWT|Lcobucci\\JWT|Tymon\\JWTAuth|PHPOpenSourceSaver\\JWTAuth)\\`,
    // Rust
    String.raw`^\s*(?:use|extern\s+crate)\s+(?:jsonwebtoken|jwt_simple|jwt_compact)\b`,
  ].join('|'),
);

/**
 * A word every JWT_IMPORT form holds: tried first, since JWT_IMPORT is long to compile and most
 * lines that mention JWT (`jwt.sign(…)`) import nothing.
 */
const IMPORT_WORD = /\b(?:from|require|import|using|use|extern)\b|"github\.com\//;

/** A line starting with a comment marker: an import written in a comment imports nothing. */
const COMMENT_LINE = /^\s*(?:\/\/|#(?!\s*include)|\/?\*|--)/;

/** Lines within this distance of JWT code count as near it (the engine's window: 8 above, 4 below). */
const NEAR_ABOVE = 8;
const NEAR_BELOW = 4;

/** Most deferred findings kept per file: a file full of random strings needs only a few to decide. */
const MAX_DEFERRED = 20;

export function mentionsJwt(text: string): boolean {
  return JWT_WORD.test(text);
}

export function importsJwtLibrary(text: string): boolean {
  return JWT_WORD.test(text) && IMPORT_WORD.test(text) && !COMMENT_LINE.test(text) && JWT_IMPORT.test(text);
}

/** True when any line of `text` imports a JWT library (a staged file read whole). */
export function textImportsJwtLibrary(text: string): boolean {
  if (!JWT_WORD.test(text)) return false;
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    if (importsJwtLibrary(text.slice(start, end))) return true;
    start = end + 1;
  }
  return false;
}

const JWT_COMMENT_LINE = /^\s*(?:\/\/|#|\/?\*|--)/;
/** A read of the environment or of a secret store, in each supported language. */
const ENV_READ = /process\.env|import\.meta\.env|\bDeno\.env|\bBun\.env|os\.environ|os\.getenv|os\.Getenv|os\.LookupEnv|System\.getenv|GetEnvironmentVariable|\bENV(?:\[|\.fetch)|\bgetenv\s*\(|\$_ENV|\$_SERVER|\benv\s*\(|env::var|std::env/;
/** String literals, removed before brackets are counted and before an import's names are read. */
const STRING = /'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`(?:[^`\\]|\\.)*`/g;
/** Most calls a settled line holds: a line of many calls is one the line rules' caps may cut. */
const MAX_SETTLED_CALLS = 4;

/** Brackets balance, and the line holds few calls. */
function closedAndShort(code: string): boolean {
  let depth = 0;
  let calls = 0;
  for (let i = 0; i < code.length; i++) {
    const c = code.charCodeAt(i);
    if (c === 40) calls++;
    if (c === 40 || c === 91 || c === 123) depth++; // ( [ {
    else if (c === 41 || c === 93 || c === 125) depth--; // ) ] }
  }
  return depth === 0 && calls <= MAX_SETTLED_CALLS;
}

/**
 * A JWT line the line rules cannot settle alone, so its file is worth reading by tokens: not a
 * comment, not an import whose receiver is JWT-named (its calls say JWT on their own lines), and not
 * a short call closed on the line that reads its key from the environment.
 */
export function jwtLineNeedsTokens(text: string): boolean {
  if (!JWT_WORD.test(text) || JWT_COMMENT_LINE.test(text)) return false;
  const code = text.replace(STRING, '""');
  if (importsJwtLibrary(text)) return !JWT_WORD.test(code);
  // The word only inside a string, and not as a word of its own ('1jwto6', a minified bundle's
  // random name): the line says nothing of JWT.
  if (!JWT_WORD.test(code) && !(text.match(STRING) ?? []).some((literal) => JWT_WORD_IN_STRING.test(literal))) return false;
  return !(closedAndShort(code) && ENV_READ.test(text));
}

/** A JWT word standing as a word inside a string: 'HS256', 'jwt', 'jwt_secret', 'jsonwebtoken' (not '1jwto6'). */
const JWT_WORD_IN_STRING = new RegExp(`(?<![A-Za-z0-9])(?:${JWT_WORD.source.replace(/\\b/g, '')})`, 'i');

/** A line that gives a YAML value an anchor. */
export interface AnchorLine {
  text: string;
  lineNumber: number;
  added: boolean;
  previousText?: string;
}

/** `key: &name value`, `- &name value`: the anchor of a value (a mapping's `&name` alone on its key line is no value). */
const YAML_ANCHOR_NAME = /:[ \t]+&([^\s,[\]{}]{1,100})[ \t]+\S/;
const MAX_ANCHORS = 256;
/** Readers kept per file: the window's lines (the engine scans a line a few lines after it enters). */
const KEPT_READERS = 32;

export class FileFacts {
  /** An import of a JWT library stood in a line of the diff seen so far. */
  importsJwtLibrary = false;
  /** A line of the diff seen so far mentions JWT (JWT_WORD). */
  jwtMentioned = false;
  /** An added line mentions JWT in a way the line rules cannot settle (jwtLineNeedsTokens). */
  jwtNeedsTokens = false;
  /** Findings that hold only if the file imports a JWT library, when its diff did not show one. */
  readonly deferred: Finding[] = [];
  /** New-file line numbers of lines that mention JWT, ascending; old ones are dropped as lines move on. */
  private readonly jwtLines: number[] = [];

  observe(text: string, lineNumber: number, added: boolean): void {
    if (!JWT_WORD.test(text)) return;
    this.jwtMentioned = true;
    if (added && !this.jwtNeedsTokens && jwtLineNeedsTokens(text)) this.jwtNeedsTokens = true;
    this.jwtLines.push(lineNumber);
    if (!this.importsJwtLibrary && IMPORT_WORD.test(text) && !COMMENT_LINE.test(text) && JWT_IMPORT.test(text)) this.importsJwtLibrary = true;
  }

  /** True when a line mentioning JWT stands within the window around `lineNumber`. */
  nearJwt(lineNumber: number): boolean {
    while (this.jwtLines.length > 0 && this.jwtLines[0]! < lineNumber - NEAR_ABOVE) this.jwtLines.shift();
    const first = this.jwtLines[0];
    return first !== undefined && first <= lineNumber + NEAR_BELOW;
  }

  /**
   * YAML lines seen so far that give a value an anchor (`x-jwt: &jwt "…"`), by anchor name: an alias
   * under a JWT name further down (`JWT_SECRET: *jwt`) reports the anchor's line, where the key is.
   */
  readonly yamlAnchors = new Map<string, AnchorLine>();
  /** Anchors already reported through an alias: a second alias adds nothing. */
  readonly reportedAnchors = new Set<string>();

  observeYamlAnchor(text: string, lineNumber: number, added: boolean, previousText: string | undefined): void {
    const m = YAML_ANCHOR_NAME.exec(text);
    if (!m || this.yamlAnchors.size >= MAX_ANCHORS) return;
    const anchor: AnchorLine = { text, lineNumber, added };
    if (previousText !== undefined) anchor.previousText = previousText;
    this.yamlAnchors.set(m[1]!, anchor);
  }

  /**
   * HOCON and Terraform: a reader fed every line of the hunk in order, and a copy of it as it stood
   * before each of the last lines, so a value's blocks are known however far above they opened.
   */
  private blockReader: HoconReader | TerraformReader | undefined;
  private readonly readersBefore = new Map<number, HoconReader | TerraformReader>();

  observeBlockLine(language: 'hocon' | 'terraform', text: string, lineNumber: number): void {
    const reader = (this.blockReader ??= language === 'hocon' ? new HoconReader() : new TerraformReader());
    this.readersBefore.set(lineNumber, reader.clone());
    this.readersBefore.delete(lineNumber - KEPT_READERS);
    reader.read(text);
  }

  /** The reader as it stood before `lineNumber`, when that line was observed. */
  readerBefore(lineNumber: number): HoconReader | TerraformReader | undefined {
    return this.readersBefore.get(lineNumber);
  }

  /** YAML: the mapping keys open above each of the last lines, read the same way (a copy is a pointer). */
  private yamlTracker: YamlParentTracker | undefined;
  private readonly trackerLines = new Array<number>(KEPT_READERS).fill(-1);
  private readonly trackersBefore = new Array<YamlParentTracker | undefined>(KEPT_READERS);

  observeYamlLine(text: string, lineNumber: number): void {
    const tracker = (this.yamlTracker ??= new YamlParentTracker());
    const slot = lineNumber % KEPT_READERS;
    this.trackerLines[slot] = lineNumber;
    this.trackersBefore[slot] = tracker.clone();
    tracker.read(text);
  }

  /** The YAML parents as they stood before `lineNumber`, when that line was observed. */
  yamlParentsBefore(lineNumber: number): YamlParentTracker | undefined {
    const slot = lineNumber % KEPT_READERS;
    return this.trackerLines[slot] === lineNumber ? this.trackersBefore[slot] : undefined;
  }

  /** A hunk ended: the next one starts with blocks unknown. */
  endHunk(): void {
    this.blockReader = undefined;
    this.readersBefore.clear();
    this.yamlTracker = undefined;
    this.trackerLines.fill(-1);
  }

  defer(finding: Finding): void {
    if (this.deferred.length < MAX_DEFERRED) this.deferred.push(finding);
  }
}
