// Where JWT libraries take their key, and whether what stands there is a literal. A call may run
// over several lines, so this works on the line joined with its neighbours (see joinWindow).
import { LANGUAGE_SETS, type Language } from './language.js';
import { literalAt, type StringLiteral } from './literals.js';
import { KeywordIndex } from './keywordIndex.js';
import { nameBefore } from './names.js';
import type { ScanLine, WindowNeighbour } from './types.js';

export interface JwtCall {
  /** How the message names the API. */
  api: string;
  languages: readonly Language[];
  /**
   * Global regex whose match ends just after the call's opening bracket (`(`, or `{` for a struct
   * or options literal), or, for a call written without parentheses (Ruby), just before its first
   * argument: then the arguments run to the end of the line.
   */
  pattern: RegExp;
  /**
   * What must stand just before the match (tried on at most RECEIVER_SPAN characters): the object a
   * method is called on. Patterns that start with a plain method name are fast to search for; a
   * bounded name part in front of every candidate position is not.
   */
  receiver?: RegExp;
  /** 0-based position of the key among the call's arguments (a value or an options object); -1: none. */
  keyArgument: number;
  /** Position of an argument that is an options object holding the key under `keyNames` (never the key itself). */
  optionsArgument?: number;
  /**
   * Names the key goes by: keyword arguments (`key='x'`), struct fields (`Key: []byte("x")`), and
   * option objects (`{ secret: 'x' }`). Anchored; DEFAULT_KEY_NAMES when absent.
   */
  keyNames?: RegExp;
  /** The window must show this too: the call's name alone does not say it belongs to a JWT library. */
  context?: RegExp;
  /** The call's result must be bound to a name like this (`var key = Encoding.UTF8.GetBytes("x")`). */
  boundTo?: RegExp;
  /** Another library's call of the same name, told by its first argument (google-auth's `jwt.encode(signer, payload)`). */
  notWhenFirst?: RegExp;
}

const { javascript: JS, python: PY, go: GO, jvm: JVM, csharp: CS, ruby: RB, php: PHP, rust: RS } = LANGUAGE_SETS;

/** Option and keyword names that hold the key when no call says otherwise. */
export const DEFAULT_KEY_NAMES = /^(?:secret|privateKey|secretOrPrivateKey|secretOrKey|key)$/;
/** Names a JS middleware takes its key under (express-jwt, koa-jwt, hono, next-auth, fast-jwt, @fastify/jwt). */
const MIDDLEWARE_KEY_NAMES = /^(?:secret|secretOrKey|secretOrPrivateKey|privateKey|key|private)$/;

/**
 * JWT sign and verify calls, with the position of the key in each, from each library's docs. The
 * name parts are bounded and start at a word boundary, so every pattern stays linear on long runs.
 */
export const JWT_CALLS: readonly JwtCall[] = [
  // ── JavaScript / TypeScript ──
  {
    // jsonwebtoken sign(payload, secretOrPrivateKey) / verify(token, secretOrPublicKey), jwt-simple
    // encode(payload, secret) / decode(token, secret), @nestjs/jwt jwtService.sign(payload, { secret }),
    // hono Jwt.sign(payload, secret). jsrsasign's KJUR.jws.JWS.sign has its own entry below.
    api: 'jwt.sign()/verify()',
    languages: JS,
    pattern: /\.\s*(?:sign|verify|signAsync|verifyAsync|encode|decode)\s*\(/g,
    receiver: /(?<![\w$])(?<!jws\s{0,4}\.\s{0,4})[\w$]{0,40}(?:jwt|Jwt|JWT|jsonwebtoken|jws|JWS)[\w$]{0,40}\s*$/y,
    keyArgument: 1,
  },
  // Named imports: jsonwebtoken `sign(payload, key)`, hono/jwt `sign(payload, secret)` / `verify(token, secret)`.
  { api: 'sign()/verify()', languages: JS, pattern: /(?<![\w$.])(?:sign|verify)\s*\(/g, keyArgument: 1 },
  { api: 'jose jwtVerify()', languages: JS, pattern: /(?<![\w$])(?:jwtVerify|jwtDecrypt|compactVerify|flattenedVerify|compactDecrypt)\s*\(/g, keyArgument: 1 },
  // jose new SignJWT(…)….sign(key), new EncryptJWT(…)….encrypt(key).
  { api: 'jose SignJWT.sign()', languages: JS, pattern: /\.\s*(?:sign|encrypt)\s*\(/g, receiver: /\)\s*$/, keyArgument: 0 },
  { api: 'crypto.createSecretKey()', languages: JS, pattern: /(?<![\w$])(?:crypto\s*\.\s*)?createSecretKey\s*\(/g, keyArgument: 0 },
  // A hand-rolled HS256: createHmac('sha256', key) beside JWT code.
  { api: 'crypto.createHmac()', languages: JS, pattern: /(?<![\w$])(?:crypto\s*\.\s*)?createHmac\s*\(/g, keyArgument: 1, context: /jwt|base64url/i },
  // jsrsasign KJUR.jws.JWS.sign(alg, header, payload, key) and verifyJWT(jwt, key, accepted) / verify(jws, key).
  {
    api: 'jsrsasign JWS.sign()',
    languages: JS,
    pattern: /(?<![\w$])jws\s*\.\s*JWS\s*\.\s*sign\s*\(/g,
    keyArgument: 3,
    keyNames: /^(?:utf8|hex|b64|b64u|rstr)$/,
  },
  {
    api: 'jsrsasign JWS.verifyJWT()',
    languages: JS,
    pattern: /(?<![\w$])jws\s*\.\s*JWS\s*\.\s*(?:verifyJWT|verify)\s*\(/g,
    keyArgument: 1,
    keyNames: /^(?:utf8|hex|b64|b64u|rstr)$/,
  },
  // Middleware options: express-jwt expressjwt({ secret }), koa-jwt jwt({ secret }), hono jwt({ secret }),
  // passport-jwt new JwtStrategy({ secretOrKey }), fast-jwt createSigner({ key }), next-auth / Auth.js
  // NextAuth({ secret }) and getToken({ req, secret }).
  {
    api: 'JWT middleware options',
    languages: JS,
    pattern: /(?<![\w$.])(?:expressjwt|expressJwt|expressJWT|koaJwt|koajwt|jwt|jwtMiddleware|createSigner|createVerifier|NextAuth|SvelteKitAuth|ExpressAuth|SolidAuth|QwikAuth|getToken|withAuth|new\s+(?:JwtStrategy|JWTStrategy|Strategy))\s*\(/g,
    keyArgument: -1,
    optionsArgument: 0,
    keyNames: MIDDLEWARE_KEY_NAMES,
  },
  // @nestjs/jwt JwtModule.register({ secret }) / registerAsync({ useFactory: () => ({ secret }) }).
  { api: 'JwtModule.register()', languages: JS, pattern: /(?<![\w$])JwtModule\s*\.\s*register(?:Async)?\s*\(/g, keyArgument: -1, optionsArgument: 0 },
  // @fastify/jwt fastify.register(require('@fastify/jwt'), { secret }) and register(fastifyJwt, { secret }).
  {
    api: '@fastify/jwt register()',
    languages: JS,
    pattern: /(?<![\w$])register\s*\((?=\s*(?:require\s*\(\s*['"](?:@fastify\/jwt|fastify-jwt)['"]\s*\)|fastifyJwt|fastifyJWT|jwt)\s*,)/g,
    keyArgument: -1,
    optionsArgument: 1,
    keyNames: MIDDLEWARE_KEY_NAMES,
  },

  // ── Python ──
  // PyJWT jwt.encode(payload, key, algorithm) / jwt.decode(token, key, algorithms); python-jose jwt.*,
  // jws.sign(payload, key) / jws.verify(token, key), jwe.encrypt(text, key) / jwe.decrypt(token, key);
  // authlib jwt.decode(s, key). `key=` as a keyword argument too.
  {
    api: 'jwt.encode()/decode()',
    languages: PY,
    pattern: /\.\s*(?:encode|decode|sign|verify|encrypt|decrypt)\s*\(/g,
    receiver: /(?<![\w.])(?:jwt|jws|jwe|JWT|PyJWT\s*\(\s*\)|PyJWS\s*\(\s*\)|api_jwt|api_jws)\s*$|(?<![\w.])authlib\.jwt(?=\s*\.\s*decode)/,
    keyArgument: 1,
    keyNames: /^key$/,
    notWhenFirst: /^\s*[\w.]{0,40}signer\b/i,
  },
  // authlib / joserfc jwt.encode(header, payload, key): the key comes third.
  { api: 'authlib jwt.encode()', languages: PY, pattern: /\.\s*encode\s*\(/g, receiver: /(?<![\w.])(?:authlib\.)?jwt\s*$/, keyArgument: 2 },

  // ── Go ──
  // golang-jwt / jwt-go token.SignedString(key).
  { api: 'SignedString()', languages: GO, pattern: /\.\s*SignedString\s*\(/g, keyArgument: 0 },
  { api: 'SigningMethodHS256.Sign()', languages: GO, pattern: /SigningMethodHS(?:256|384|512)\s*\.\s*Sign\s*\(/g, keyArgument: 1 },
  { api: 'SigningMethodHS256.Verify()', languages: GO, pattern: /SigningMethodHS(?:256|384|512)\s*\.\s*Verify\s*\(/g, keyArgument: 2 },
  // go-jose/v4/jwt: `tok.Claims(key, &out)` verifies with the key (its docs' example); the builder's
  // `.Claims(cl)` takes claims, which never fold to a literal.
  { api: 'go-jose Claims()', languages: GO, pattern: /\.\s*Claims\s*\(/g, keyArgument: 0, context: /ParseSigned|go-jose/ },
  // A jwt.Keyfunc returning the key: `return []byte("x"), nil`.
  { api: 'a jwt.Keyfunc', languages: GO, pattern: /(?<![\w$])return\s+(?=\[\]byte\s*\()/g, keyArgument: 0, context: /jwt\s*\.\s*(?:Token|Keyfunc|Parse)|Keyfunc|ValidationKeyGetter/ },
  // go-chi/jwtauth New("HS256", signKey, verifyKey).
  { api: 'jwtauth.New()', languages: GO, pattern: /(?<![\w$])jwtauth\s*\.\s*New\s*\(/g, keyArgument: 1 },
  // lestrrat-go/jwx jwt.WithKey(alg, key) (v2/v3), jwt.WithVerify(alg, key) (v1), jwk.FromRaw(key) / jwk.New / jwk.Import.
  { api: 'jwx WithKey()', languages: GO, pattern: /(?<![\w$])(?:jwt|jws|jwe)\s*\.\s*(?:WithKey|WithVerify)\s*\(/g, keyArgument: 1 },
  { api: 'jwx jws.Sign()', languages: GO, pattern: /(?<![\w$])(?:jwt|jws)\s*\.\s*(?:Sign|Verify)\s*\(/g, keyArgument: 2 },
  { api: 'jwk.FromRaw()', languages: GO, pattern: /(?<![\w$])jwk\s*\.\s*(?:FromRaw|New|Import)\s*\(/g, keyArgument: 0 },
  // gin-jwt &jwt.GinJWTMiddleware{ Key: []byte("x") }, go-jose jose.SigningKey{ Key: … }, fiber jwtware.SigningKey{ Key: … }.
  { api: 'GinJWTMiddleware{Key}', languages: GO, pattern: /(?<![\w$])(?:GinJWTMiddleware|SigningKey)\s*\{/g, keyArgument: -1, keyNames: /^Key$/ },
  // echo-jwt echojwt.Config{ SigningKey: … }, echo middleware.JWTConfig{…}, fiber jwtware.Config{…}, echojwt.JWT(key).
  { api: 'echojwt.Config{SigningKey}', languages: GO, pattern: /(?<![\w$])(?:(?:echojwt|jwtware)\s*\.\s*Config|middleware\s*\.\s*JWTConfig)\s*\{/g, keyArgument: -1, keyNames: /^SigningKey$/ },
  { api: 'echojwt.JWT()', languages: GO, pattern: /(?<![\w$])(?:echojwt|middleware)\s*\.\s*JWT\s*\(/g, keyArgument: 0 },

  // ── Java / Kotlin ──
  // jjwt signWith(key) / signWith(key, alg) and the older signWith(SignatureAlgorithm.HS256, key).
  { api: 'jjwt signWith()', languages: JVM, pattern: /\.\s*signWith\s*\(/g, keyArgument: 0 },
  { api: 'jjwt signWith()', languages: JVM, pattern: /\.\s*signWith\s*\((?=\s*(?:io\s*\.\s*jsonwebtoken\s*\.\s*)?SignatureAlgorithm\s*\.)/g, keyArgument: 1 },
  // jjwt parser setSigningKey(key) / verifyWith(key) / decryptWith(key); SmallRye signWithSecret(key); JWT.NET WithSecret(key).
  { api: 'jjwt setSigningKey()', languages: JVM, pattern: /\.\s*(?:setSigningKey|verifyWith|decryptWith|encryptWith|signWithSecret)\s*\(/g, keyArgument: 0 },
  { api: 'Keys.hmacShaKeyFor()', languages: JVM, pattern: /(?<![\w$])Keys\s*\.\s*hmacShaKeyFor\s*\(/g, keyArgument: 0 },
  // auth0 java-jwt Algorithm.HMAC256/384/512(secret).
  { api: 'Algorithm.HMAC256()', languages: JVM, pattern: /(?<![\w$])Algorithm\s*\.\s*HMAC(?:256|384|512)\s*\(/g, keyArgument: 0 },
  // Nimbus JOSE+JWT new MACSigner(secret) / new MACVerifier(secret).
  // Vert.x auth-jwt: new PubSecKeyOptions().setAlgorithm("HS256").setBuffer(key).
  { api: 'Vert.x PubSecKeyOptions.setBuffer()', languages: JVM, pattern: /\.\s*setBuffer\s*\(/g, keyArgument: 0, context: /PubSecKeyOptions/ },
  { api: 'Nimbus MACSigner()', languages: JVM, pattern: /(?<![\w$])MAC(?:Signer|Verifier)\s*\(/g, keyArgument: 0 },
  // Spring Security NimbusJwtDecoder.withSecretKey(key).
  { api: 'NimbusJwtDecoder.withSecretKey()', languages: JVM, pattern: /(?<![\w$])NimbusJwtDecoder\s*\.\s*withSecretKey\s*\(/g, keyArgument: 0 },
  // new SecretKeySpec("x".getBytes(), "HmacSHA256") written beside JWT code.
  { api: 'SecretKeySpec()', languages: JVM, pattern: /(?<![\w$])SecretKeySpec\s*\(/g, keyArgument: 0, context: /jwt|jws|SignatureAlgorithm|MACSigner|MACVerifier/i },

  // Scala jwt-scala (pdi.jwt): Jwt.encode(claim, key, JwtAlgorithm.HS256), Jwt.decode(token, key,
  // Seq(JwtAlgorithm.HS256)), decodeRaw / decodeAll / isValid / validate, and the same on the JSON
  // flavours (JwtJson, JwtCirce, JwtJson4s, JwtUpickle, JwtSprayJson, JwtArgonaut, JwtZIOJson).
  // With a header first, `JwtJson.encode(header, claim, key)`, the key comes third.
  {
    api: 'pdi.jwt Jwt.encode()/decode()',
    languages: JVM,
    pattern: /\.\s*(?:encode|decode|decodeRaw|decodeAll|decodeRawAll|decodeJson|decodeJsonAll|isValid|validate)\s*\((?!\s*(?:JwtHeader\s*\(|header\s*,))/g,
    receiver: /(?<![\w$.])Jwt(?:Json|Circe|Json4s|Upickle|SprayJson|Argonaut|ZIOJson|Borer|PlayJson)?\s*$/,
    keyArgument: 1,
  },
  // With the header as JSON text, `Jwt.encode("""{"alg":…}""", claim, key, algo)`, too: the key comes third
  // (when the JSON is the claim, `Jwt.encode("""{"user":1}""", key, algo)`, the third is the algorithm).
  {
    api: 'pdi.jwt Jwt.encode(header, claim, key)',
    languages: JVM,
    pattern: /\.\s*encode\s*\((?=\s*(?:JwtHeader\s*\(|header\s*,|s?"(?:"")?\{))/g,
    receiver: /(?<![\w$.])Jwt(?:Json|Circe|Json4s|Upickle|SprayJson|Argonaut|ZIOJson|Borer|PlayJson)?\s*$/,
    keyArgument: 2,
  },

  // ── C# ──
  // Microsoft.IdentityModel new SymmetricSecurityKey(key bytes), in TokenValidationParameters and SigningCredentials.
  { api: 'SymmetricSecurityKey()', languages: CS, pattern: /(?<![\w$])SymmetricSecurityKey\s*\(/g, keyArgument: 0 },
  // A hand-rolled HS256 (`new HMACSHA256(key)` beside JWT or base64url code), as createHmac in JS.
  { api: 'new HMACSHA256()', languages: CS, pattern: /(?<![\w$])new\s+HMACSHA(?:256|384|512)\s*\(/g, keyArgument: 0, context: /jwt|Base64Url/i },
  // `new SigningCredentials(key, SecurityAlgorithms.HmacSha256)`: the key is a SecurityKey built elsewhere.
  { api: 'SigningCredentials()', languages: CS, pattern: /(?<![\w$])new\s+SigningCredentials\s*\(/g, keyArgument: 0 },
  // `var key = Encoding.ASCII.GetBytes("x")` in a JwtSecurityTokenHandler setup.
  {
    api: 'a JwtSecurityTokenHandler key',
    languages: CS,
    pattern: /(?<![\w$])Encoding\s*\.\s*\w{1,16}\s*\.\s*GetBytes\s*\(/g,
    keyArgument: 0,
    context: /JwtSecurityTokenHandler|JsonWebTokenHandler|SymmetricSecurityKey|SecurityTokenDescriptor|TokenValidationParameters|SigningCredentials/,
    boundTo: /key|secret/i,
  },
  // jose-jwt JWT.Encode(payload, key, alg) / JWT.Decode(token, key); JWT.NET builder.WithSecret(key).
  { api: 'JWT.Encode()', languages: CS, pattern: /(?<![\w$])JWT\s*\.\s*(?:Encode|Decode)\s*\(/g, keyArgument: 1 },
  { api: 'JwtBuilder.WithSecret()', languages: CS, pattern: /\.\s*WithSecret\s*\(/g, keyArgument: 0 },

  // ── Ruby ──
  // ruby-jwt JWT.encode(payload, key, alg) / JWT.decode(token, key, verify, options), with or without parentheses.
  { api: 'JWT.encode()/decode()', languages: RB, pattern: /(?<![\w$])JWT\s*\.\s*(?:encode|decode)(?:\s*\(|[ \t]+(?=[^\s=(]))/g, keyArgument: 1 },

  // ── PHP ──
  // firebase/php-jwt JWT::encode($payload, $key, 'HS256') / JWT::decode($jwt, new Key($key, 'HS256')).
  { api: 'JWT::encode()', languages: PHP, pattern: /(?<![\w$])JWT\s*::\s*(?:encode|decode|sign)\s*\(/g, keyArgument: 1 },
  // tuupola/slim-jwt-auth: new JwtAuthentication(['secret' => …, 'algorithm' => …]).
  { api: 'new JwtAuthentication()', languages: PHP, pattern: /(?<![\w$])new\s+(?:\\?[\w\\]{0,60}\\)?JwtAuthentication\s*\(/g, keyArgument: -1, optionsArgument: 0, keyNames: /^secret$/ },
  { api: 'new Key()', languages: PHP, pattern: /(?<![\w$])new\s+(?:\\?[\w\\]{0,60}\\)?Key\s*\(/g, keyArgument: 0 },
  // lcobucci/jwt InMemory::plainText('x') / InMemory::base64Encoded('x'); the 3.x builder ->sign($signer, 'x').
  { api: 'InMemory::plainText()', languages: PHP, pattern: /(?<![\w$])InMemory\s*::\s*(?:plainText|base64Encoded)\s*\(/g, keyArgument: 0 },
  { api: 'Builder->sign()', languages: PHP, pattern: /->\s*(?:sign|getToken)\s*\(/g, keyArgument: 1, context: /Lcobucci|Signer\\|new\s+Sha(?:256|384|512)\b/ },

  // ── Rust ──
  // jsonwebtoken EncodingKey::from_secret(b"x") / DecodingKey::from_secret / from_base64_secret.
  { api: 'EncodingKey::from_secret()', languages: RS, pattern: /(?<![\w$])(?:EncodingKey|DecodingKey)\s*::\s*from_(?:base64_)?secret\s*\(/g, keyArgument: 0 },
  // jwt crate Hmac::<Sha256>::new_from_slice(b"x"); jwt-simple HS256Key::from_bytes(b"x").
  { api: 'Hmac::new_from_slice()', languages: RS, pattern: /(?<![\w$])Hmac\s*(?:::\s*<[\w:, ]{1,40}>\s*)?::\s*new_(?:from_slice|varkey)\s*\(/g, keyArgument: 0, context: /jwt|SignWithKey|VerifyWithKey/i },
  { api: 'HS256Key::from_bytes()', languages: RS, pattern: /(?<![\w$])HS(?:256|384|512)Key\s*::\s*from_bytes\s*\(/g, keyArgument: 0 },
];

/**
 * A JSON object written as a string: the claims or header of a token (jwt-scala's
 * `Jwt.encode("""{"user":1}""", key, algo)`), never an HMAC key. A JWK (`"kty"`) is key material.
 */
export function isJsonClaims(value: string): boolean {
  const trimmed = value.trim();
  return trimmed.startsWith('{') && trimmed.endsWith('}') && /"\s*:/.test(trimmed) && !/"kty"/.test(trimmed);
}

/**
 * Calls whose first argument is the key itself, in each language: `Buffer.from('x')`,
 * `[]byte("x")`, `Encoding.UTF8.GetBytes("x")`, `Keys.hmacShaKeyFor(…)`. Anchored at the argument's
 * start and tried on at most 200 characters.
 */
export const KEY_WRAPPER = new RegExp(
  `^(?:${[
    // JavaScript
    String.raw`new\s+TextEncoder\s*\(\s*\)\s*\.\s*encode`,
    String.raw`[\w$]{0,30}[eE]nc(?:oder)?\s*\.\s*encode`,
    String.raw`Buffer\s*\.\s*from`,
    String.raw`(?:crypto\s*\.\s*)?createSecretKey`,
    String.raw`Uint8Array\s*\.\s*from`,
    String.raw`new\s+Uint8Array`,
    'String',
    String.raw`(?:jose\s*\.\s*)?base64url\s*\.\s*decode`,
    // Python
    String.raw`bytes(?:\s*\.\s*fromhex)?`,
    String.raw`str\s*\.\s*encode`,
    String.raw`base64\s*\.\s*(?:b64decode|urlsafe_b64decode|b32decode)`,
    String.raw`binascii\s*\.\s*unhexlify`,
    // Go
    String.raw`\[\]byte`,
    String.raw`hex\s*\.\s*DecodeString`,
    String.raw`base64\s*\.\s*(?:Raw)?(?:Std|URL)Encoding\s*\.\s*DecodeString`,
    // Java, Kotlin
    String.raw`Keys\s*\.\s*hmacShaKeyFor`,
    String.raw`Decoders\s*\.\s*BASE64(?:URL)?\s*\.\s*decode`,
    String.raw`Base64\s*\.\s*get(?:Url|Mime)?Decoder\s*\(\s*\)\s*\.\s*decode`,
    String.raw`(?:new\s+)?SecretKeySpec`,
    String.raw`DatatypeConverter\s*\.\s*parseBase64Binary`,
    String.raw`TextCodec\s*\.\s*BASE64\s*\.\s*decode`,
    String.raw`Base64\s*\.\s*decodeBase64`,
    // C#
    String.raw`Encoding\s*\.\s*\w{1,16}\s*\.\s*GetBytes`,
    String.raw`Convert\s*\.\s*From(?:Base64|Hex)String`,
    String.raw`(?:new\s+)?(?:[\w.]{1,60}\.)?SymmetricSecurityKey`,
    String.raw`Base64UrlEncoder\s*\.\s*DecodeBytes`,
    // Ruby
    String.raw`Base64\s*\.\s*(?:decode64|strict_decode64|urlsafe_decode64)`,
    // PHP
    'base64_decode',
    'hex2bin',
    String.raw`InMemory\s*::\s*(?:plainText|base64Encoded)`,
    String.raw`new\s+(?:\\?[\w\\]{0,60}\\)?Key`,
    // Rust
    String.raw`(?:EncodingKey|DecodingKey)\s*::\s*from_(?:base64_)?secret`,
    String.raw`HS(?:256|384|512)Key\s*::\s*from_bytes`,
    String.raw`(?:general_purpose\s*::\s*)?(?:STANDARD|URL_SAFE)(?:_NO_PAD)?\s*\.\s*decode`,
    String.raw`String\s*::\s*from`,
  ].join('|')})\\s*\\(`,
);

/**
 * What may follow a key literal and leave it the key: `.getBytes(UTF_8)`, `.toByteArray()`,
 * `.as_ref()`, `.encode('utf-8')`, `.unwrap()`, `?`, TypeScript's `as string` and `!`.
 * Tried on at most MAX_SUFFIX characters, so its repetition stays cheap.
 */
const KEY_SUFFIX = /^(?:\s*(?:\.\s*(?:getBytes|toByteArray|encodeToByteArray|as_ref|as_bytes|to_vec|into|to_string|to_owned|into_bytes|encode|bytes|b|freeze|unwrap|expect|toCharArray|ToCharArray)\s*(?:\([^()]{0,60}\))?|\?|!|as\s+[\w.]{1,40}))*\s*$/;
const MAX_SUFFIX = 200;

/** Quote prefixes: Python b'' r'' f'', Rust b"", C# @"" $"". */
const LITERAL_PREFIX = /^(?:[bBrRuUfF]{1,2}|@|\$@?|@\$)(?=['"])/;

/** A keyword argument or field at the start of an argument: `key='x'`, `Key: …`, `secret = "x"`. */
const NAMED_ARGUMENT = /^\s*([A-Za-z_]\w{0,40})\s*(?::(?!:)|=(?![=>]))\s*/;
/** An option inside an object or struct literal: `secret: 'x'`, `"key": "x"`, `Key = …`. */
const OPTION_NAME = /(?:^|[{,(\s])(['"]?)([A-Za-z_$][\w$]{0,40})\1\s*(?::(?!:)|=(?![=>]))\s*/g;
/** An object or struct literal: `{`, `&jwt.Config{`, `new Options {`, `new Options() {`. */
const OBJECT_START = /^(?:&?\s*[\w.]{1,60}\s*\{|new\s+[\w.]{1,60}\s*(?:\(\s*\)\s*)?\{|\{)/;
/** How deep options may nest (`{ secret: { private: 'x' } }`). */
const MAX_OPTION_DEPTH = 3;

/** How far before a method call its receiver is read. */
const RECEIVER_SPAN = 60;
/** How far before the receiver's last identifier a receiver pattern may look (`KJUR.jws.`, `PyJWT()`). */
const RECEIVER_TAIL = 24;

/**
 * Whether `head`, the text just before a call, ends with the receiver. Every receiver pattern is
 * anchored at the end and reads the last identifier and a few characters before it; trying it on
 * just that part spares the regex engine a try at each of up to 60 positions. A sticky receiver
 * (flag y) is tried once, where the last identifier starts: it begins with (?<![\w$]) and reads
 * nothing but that identifier to the end, so it can match nowhere else.
 */
export function receiverHolds(receiver: RegExp, head: string): boolean {
  let start = head.length;
  while (start > 0 && isBlank(head.charCodeAt(start - 1))) start--;
  while (start > 0 && isWordCode(head.charCodeAt(start - 1))) start--;
  const from = start > RECEIVER_TAIL ? start - RECEIVER_TAIL : 0;
  const tail = from > 0 ? head.slice(from) : head;
  if (receiver.sticky) receiver.lastIndex = start - from;
  return receiver.test(tail);
}

function isBlank(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
}

/** [\w$] by code. */
function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 36;
}

/** Longest stretch of a call's arguments read: keeps each call linear on minified code. */
const MAX_CALL_SPAN = 2000;
/** Calls read per window: a line holding more JWT calls than this is minified or hostile, and
 * reading each one's arguments would make the line cost MAX_CALL_SPAN times its length. */
const MAX_CALLS_PER_WINDOW = 64;

export interface Window {
  text: string;
  /** Offset of the scanned line in `text`, and of its end. */
  lineStart: number;
  lineEnd: number;
}

/** The line with its neighbours, joined by newlines. */
export function joinWindow(line: ScanLine): Window {
  const before = line.before.length > 0 ? `${line.before.join('\n')}\n` : '';
  const after = line.after.length > 0 ? `\n${line.after.join('\n')}` : '';
  return { text: before + line.text + after, lineStart: before.length, lineEnd: before.length + line.text.length };
}

export interface Span {
  start: number;
  end: number;
}

interface ArgumentSpans {
  spans: Span[];
  /** The closing bracket was seen. */
  closed: boolean;
  /** The last span runs to the end of what is in view: only part of an argument may be seen. */
  openLast: boolean;
}

function argumentSpans(text: string, from: number, limit: number, lineComment: string): ArgumentSpans {
  const spans: Span[] = [];
  let depth = 0;
  let argStart = from;
  let pos = from;
  const commentStart = lineComment[0];
  while (pos < limit) {
    const ch = text[pos]!;
    if (ch === '"' || ch === "'" || ch === '`') {
      const literal = literalAt(text, pos, limit);
      pos = literal ? literal.end : pos + 1;
      continue;
    }
    if (ch === commentStart && text.startsWith(lineComment, pos)) {
      const newline = text.indexOf('\n', pos);
      pos = newline === -1 ? limit : newline;
      continue;
    }
    if (ch === '/' && text[pos + 1] === '*') {
      const close = text.indexOf('*/', pos + 2);
      pos = close === -1 ? limit : close + 2;
      continue;
    }
    if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') {
      if (depth === 0) {
        spans.push({ start: argStart, end: pos });
        return { spans, closed: true, openLast: false };
      }
      depth--;
    } else if (ch === ',' && depth === 0) {
      spans.push({ start: argStart, end: pos });
      argStart = pos + 1;
    }
    pos++;
  }
  const openLast = pos > argStart && text.slice(argStart, pos).trim() !== '';
  if (openLast) spans.push({ start: argStart, end: Math.min(pos, text.length) });
  return { spans, closed: false, openLast };
}

/** The top-level arguments of a call whose `(` ends at `from`, up to its `)` or the end of text. */
export function callArguments(text: string, from: number, lineComment: string): Span[] {
  const { spans, openLast } = argumentSpans(text, from, Math.min(text.length, from + MAX_CALL_SPAN), lineComment);
  // The call runs past what we can see: its last argument is incomplete and not judged.
  return openLast ? spans.slice(0, -1) : spans;
}

function trimSpan(text: string, span: Span): Span {
  let start = span.start;
  let end = span.end;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Whether a literal's text is fixed, given string interpolation in its language and prefix. */
function isFixed(literal: StringLiteral, prefix: string, language: Language | undefined): boolean {
  if (literal.interpolated) return false;
  if (/[fF$]/.test(prefix) && literal.value.includes('{')) return false; // f'…{x}', $"…{x}"
  // Kotlin and PHP interpolate "$name" and "${…}" in double quotes.
  if (literal.quote === '"' && (language === 'kotlin' || language === 'php') && /\$[A-Za-z_{]/.test(literal.value)) return false;
  return true;
}

interface KeySearch {
  lineComment: string;
  keyNames: RegExp;
  language: Language | undefined;
  /** The argument may be the key itself; otherwise only options inside an object count. */
  asValue: boolean;
}

/** The key literals an argument holds: itself, through a wrapper call, or as a named option. */
function keyLiterals(text: string, span: Span, search: KeySearch, depth = 0): StringLiteral[] {
  const { start: trimmedStart, end } = trimSpan(text, span);
  if (trimmedStart >= end) return [];
  let start = trimmedStart;
  if (search.asValue) {
    if (text[start] === '&' || text[start] === '*') start = trimSpan(text, { start: start + 1, end }).start; // Rust &"x", &b"x"
    const prefix = LITERAL_PREFIX.exec(text.slice(start, start + 3))?.[0] ?? '';
    const literal = literalAt(text, start + prefix.length);
    if (literal) {
      const rest = text.slice(literal.end, end);
      if (rest.length > MAX_SUFFIX || !KEY_SUFFIX.test(rest)) return [];
      return isFixed(literal, prefix, search.language) ? [literal] : [];
    }
  }
  // A wrapper ends with `(` and an object holds `{`: most keys (`process.env.JWT_SECRET`, `key`)
  // have neither, and these two large patterns need not run, or be compiled, for them.
  const head = text.slice(start, Math.min(end, start + 200));
  if (search.asValue && head.includes('(')) {
    const wrapper = KEY_WRAPPER.exec(head);
    if (wrapper) {
      const inner = callArguments(text, start + wrapper[0].length, search.lineComment)[0];
      return inner && depth < MAX_OPTION_DEPTH ? keyLiterals(text, inner, search, depth + 1) : [];
    }
  }
  const object = head.includes('{') ? OBJECT_START.exec(head) : null;
  if (!object || depth >= MAX_OPTION_DEPTH) return [];
  const found: StringLiteral[] = [];
  const bodyStart = start + object[0].length;
  const body = text.slice(bodyStart, end);
  // Nested options are read with a fresh regex: this one's lastIndex must survive the recursion.
  const options = new RegExp(OPTION_NAME.source, 'g');
  for (let m = options.exec(body); m; m = options.exec(body)) {
    if (!search.keyNames.test(m[2]!)) continue;
    const valueStart = bodyStart + m.index + m[0].length;
    const value = { start: valueStart, end: optionValueEnd(text, valueStart, end) };
    found.push(...keyLiterals(text, value, { ...search, asValue: true }, depth + 1));
  }
  return found;
}

/**
 * The literal an argument reduces to when it is a fixed key: `'x'`, `Buffer.from('x')`,
 * `new TextEncoder().encode('x')`, `{ secret: 'x' }`. Undefined for anything computed.
 */
export function keyLiteral(text: string, span: Span, lineComment: string, keyNames: RegExp = DEFAULT_KEY_NAMES, language?: Language): StringLiteral | undefined {
  return keyLiterals(text, span, { lineComment, keyNames, language, asValue: true })[0];
}

function optionValueEnd(text: string, from: number, limit: number): number {
  const literal = literalAt(text, from);
  if (literal) return literal.end;
  const comma = text.indexOf(',', from);
  return comma === -1 || comma > limit ? limit : comma;
}

export function lineCommentOf(language: Language): string {
  if (language === 'sql') return '--';
  return language === 'python' || language === 'ruby' || language === 'shell' || language === 'yaml' || language === 'toml' || language === 'properties' || language === 'dotenv' || language === 'hocon' || language === 'terraform' ? '#' : '//';
}

export interface KeyArgument {
  call: JwtCall;
  span: Span;
  literal: StringLiteral | undefined;
}

function lineEndAfter(text: string, from: number): number {
  const newline = text.indexOf('\n', from);
  return newline === -1 ? text.length : newline;
}

/** A call found on one line: offsets within that line. */
interface LineCall {
  call: JwtCall;
  /** Position of the call in JWT_CALLS: calls are judged in the table's order. */
  order: number;
  index: number;
  end: number;
  /** Its arguments close on its own line: no later line can hold one of them. */
  closesOnLine: boolean;
}

/** The calls of each language, with their place in JWT_CALLS. */
const CALLS_BY_LANGUAGE = new Map<Language, Array<{ call: JwtCall; order: number }>>();

function callsFor(language: Language): Array<{ call: JwtCall; order: number }> {
  let calls = CALLS_BY_LANGUAGE.get(language);
  if (!calls) {
    calls = JWT_CALLS.flatMap((call, order) => (call.languages.includes(language) ? [{ call, order }] : []));
    CALLS_BY_LANGUAGE.set(language, calls);
  }
  return calls;
}

/**
 * Each line takes part in up to WINDOW_BEFORE + 1 windows, one per line it precedes: the call
 * patterns run once per line and the result is kept for the windows after it. A call pattern
 * never spans lines (a receiver above the line is checked on the window by `receiver`).
 */
const LINE_CALLS_LIMIT = 512;
const lineCalls = new Map<Language, Map<string, LineCall[]>>();

/**
 * Words of which every call in JWT_CALLS contains one on its own line (`secret` covers `{ secret: … }`
 * options, createSecretKey, SecretKeySpec, from_secret, WithSecret). A line with none holds no call,
 * so the call patterns never run on it; jwt-call-literal wakes on the same words.
 */
export const JWT_CALL_KEYWORDS = [
  'sign', 'verif', 'jwt', 'jws', 'jwk', 'encode', 'decode', 'crypt', 'secret', 'hmac', 'securitykey', 'codingkey',
  'withkey', 'new key', 'inmemory', 'hs256key', 'hs384key', 'hs512key',
  // Auth.js and friends (NextAuth(…), withAuth(…), getToken(…)), passport's `new Strategy(…)`,
  // Go key funcs `return []byte(…)`, and .NET's `Encoding.UTF8.GetBytes(…)`.
  'auth', 'gettoken', 'strategy', '[]byte', 'getbytes',
] as const;

const CALL_WORDS = new KeywordIndex(new Map(JWT_CALL_KEYWORDS.map((word) => [word, [1]])), 1);
const NO_CALLS: LineCall[] = [];

const CALLS = Symbol('calls on the line');

/** The calls on a line of the window, kept in its memo. */
function callsOf(neighbour: WindowNeighbour, language: Language): LineCall[] {
  let calls = neighbour.memo[CALLS] as LineCall[] | undefined;
  if (!calls) {
    // The engine has looked for the call words already.
    calls = neighbour.holds(JWT_CALL_KEYWORDS) ? findCalls(neighbour.text, language, true) : NO_CALLS;
    neighbour.memo[CALLS] = calls;
  }
  return calls;
}

/** The calls on the line at `offset` in the window, whose text is `text`. */
function callsAt(line: ScanLine, offset: number, text: string): LineCall[] {
  const neighbour = line.neighbour?.(offset);
  return neighbour ? callsOf(neighbour, line.language) : callsOnLine(text, line.language);
}

const isOpen = (lineCall: LineCall): boolean => !lineCall.closesOnLine;

function callsOnLine(text: string, language: Language): LineCall[] {
  let byText = lineCalls.get(language);
  if (!byText) {
    byText = new Map();
    lineCalls.set(language, byText);
  }
  const cached = byText.get(text);
  if (cached) return cached;
  const found = findCalls(text, language);
  remember(byText, text, found);
  return found;
}

/** The JWT calls on a line; `hasWords` when it is known whether the line holds a call word. */
function findCalls(text: string, language: Language, hasWords?: boolean): LineCall[] {
  if (!(hasWords ?? CALL_WORDS.rulesIn(text) !== undefined)) return NO_CALLS;
  const found: LineCall[] = [];
  for (const { call, order } of callsFor(language)) {
    call.pattern.lastIndex = 0;
    let calls = 0;
    for (let m = call.pattern.exec(text); m && calls++ < MAX_CALLS_PER_WINDOW; m = call.pattern.exec(text)) {
      // A receiver on this line is judged here, once; one on the line above, in the window.
      const head = text.slice(Math.max(0, m.index - RECEIVER_SPAN), m.index);
      if (call.receiver && head.trim() !== '' && !receiverHolds(call.receiver, head)) continue;
      const end = m.index + m[0].length;
      const bracketed = text[end - 1] === '(' || text[end - 1] === '{';
      const closesOnLine = !bracketed || argumentSpans(text, end, Math.min(text.length, end + MAX_CALL_SPAN), lineCommentOf(language)).closed;
      found.push({ call, order, index: m.index, end, closesOnLine });
    }
  }
  return found;
}

function remember(byText: Map<string, LineCall[]>, text: string, calls: LineCall[]): void {
  if (byText.size >= LINE_CALLS_LIMIT) byText.clear();
  byText.set(text, calls);
}

/**
 * Whether a JWT call starts on the line, or above it with arguments that run onto it: the cheap
 * test before joinWindow. A call above that closed on its own line, the common case, does not count.
 */
export function mayHaveJwtCall(line: ScanLine): boolean {
  if (callsAt(line, 0, line.text).length > 0) return true;
  if (!line.neighbour) return line.before.some((text) => callsOnLine(text, line.language).some(isOpen));
  // In the engine the lines above are read from the window, without copying them out.
  for (let offset = -1; ; offset--) {
    const above = line.neighbour(offset);
    if (!above) return false;
    if (callsOf(above, line.language).some(isOpen)) return true;
  }
}

/**
 * The line's window and the key arguments in it, or undefined when no call can reach the line.
 * Several rules ask about the same line in a row: the last answer is kept for them.
 */
let lastLine: ScanLine | undefined;
let lastKeys: { window: Window; keyArguments: KeyArgument[] } | undefined;
export function keyArgumentsOf(line: ScanLine): { window: Window; keyArguments: KeyArgument[] } | undefined {
  if (line === lastLine) return lastKeys;
  lastLine = line;
  lastKeys = undefined;
  if (mayHaveJwtCall(line)) {
    const window = joinWindow(line);
    lastKeys = { window, keyArguments: jwtKeyArguments(line, window) };
  }
  return lastKeys;
}

/** Key arguments of the JWT calls that start in the window at or before the end of the line. */
export function jwtKeyArguments(line: ScanLine, window: Window): KeyArgument[] {
  const found: KeyArgument[] = [];
  const comment = lineCommentOf(line.language);
  const searchFrom = Math.max(0, window.lineStart - MAX_CALL_SPAN);
  // JavaScript has no keyword arguments: `name = value` in a call is an assignment, not a name.
  const namedArguments = line.language !== 'javascript';
  // The calls of the lines above and of this one, at their offsets in the window.
  const candidates: Array<{ lineCall: LineCall; at: number }> = [];
  const before = line.before;
  let offset = 0;
  for (let i = 0; i <= before.length; i++) {
    const text = i < before.length ? before[i]! : line.text;
    if (offset + text.length >= searchFrom) {
      for (const lineCall of callsAt(line, i - before.length, text)) {
        // A call above whose arguments closed on its own line has none on this one.
        if (i < before.length && lineCall.closesOnLine) continue;
        if (offset + lineCall.index >= searchFrom) candidates.push({ lineCall, at: offset });
      }
    }
    offset += text.length + 1;
  }
  if (candidates.length === 0) return found;
  if (candidates.length > 1) candidates.sort((a, b) => a.lineCall.order - b.lineCall.order || a.at + a.lineCall.index - (b.at + b.lineCall.index));
  const contextSeen = new Map<JwtCall, boolean>();
  const perCall = new Map<JwtCall, number>();
  for (const { lineCall: { call, index, end }, at } of candidates) {
    const start = at + index;
    if ((perCall.get(call) ?? 0) >= MAX_CALLS_PER_WINDOW) continue;
    perCall.set(call, (perCall.get(call) ?? 0) + 1);
    if (call.context) {
      if (!contextSeen.has(call)) contextSeen.set(call, call.context.test(window.text));
      if (!contextSeen.get(call)) continue;
    }
    if (call.receiver && !receiverHolds(call.receiver, window.text.slice(Math.max(0, start - RECEIVER_SPAN), start))) continue;
    if (call.boundTo && !call.boundTo.test(nameBefore(window.text, start) ?? '')) continue;
    const from = at + end;
    const opener = window.text[from - 1];
    // Without a bracket (Ruby's `JWT.encode payload, key`) the arguments end with the line.
    const bracketed = opener === '(' || opener === '{';
    const limit = bracketed ? Math.min(window.text.length, from + MAX_CALL_SPAN) : lineEndAfter(window.text, from);
    const { spans, openLast } = argumentSpans(window.text, from, limit, comment);
    if (call.notWhenFirst && spans[0] && call.notWhenFirst.test(window.text.slice(spans[0].start, spans[0].end))) continue;
    spans.forEach((span, argument) => {
      if (span.end < window.lineStart || span.start > window.lineEnd) return;
      const complete = !openLast || !bracketed || argument < spans.length - 1;
      const keyNames = call.keyNames ?? DEFAULT_KEY_NAMES;
      const named = namedArguments ? NAMED_ARGUMENT.exec(window.text.slice(span.start, Math.min(span.end, span.start + 80))) : null;
      let literals: StringLiteral[];
      if (named) {
        if (!keyNames.test(named[1]!)) return;
        const value = { start: span.start + named[0].length, end: span.end };
        literals = keyLiterals(window.text, value, { lineComment: comment, keyNames, language: line.language, asValue: complete });
      } else if (argument === call.keyArgument || argument === call.optionsArgument) {
        // An incomplete argument may still show the options it starts with, never a whole value.
        const asValue = argument === call.keyArgument && complete;
        literals = keyLiterals(window.text, span, { lineComment: comment, keyNames, language: line.language, asValue });
      } else {
        return;
      }
      if (literals.length === 0) found.push({ call, span, literal: undefined });
      for (const literal of literals) found.push({ call, span, literal });
    });
  }
  return found;
}
