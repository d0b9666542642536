// The stages after the line rules, in real repositories: identifier flow within a staged file (from
// the diff, or from the staged file when the use stands outside the diff), entropy findings that wait
// on a file's imports, and one key staged for two environments. Plus committed tokens and JWKs, end
// to end through the built CLI.
import { describe, expect, it } from 'vitest';
import { scanStaged } from '../src/scan/scanStaged.js';
import { readBlobs } from '../src/git/git.js';
import type { RedactedFinding } from '../src/report/redact.js';
import { expectNoSecret, Repo } from './helpers/repo.js';

function lines(count: number, text = '// …'): string {
  return Array.from({ length: count }, () => text).join('\n');
}

async function findingsOf(repo: Repo): Promise<RedactedFinding[]> {
  const result = await scanStaged({ cwd: repo.dir });
  return result.findings;
}

function ruled(findings: RedactedFinding[], rule: string): RedactedFinding[] {
  return findings.filter((f) => f.rule === rule);
}

describe('identifier flow within the staged file', () => {
  it('reports a name bound to a literal and used as the key in the added lines, at the binding', async () => {
    const repo = Repo.create();
    repo.stage({
      'src/auth.js': [
        "import jwt from 'jsonwebtoken';",
        "const KEY = 'k3y-for-tokens';",
        lines(20),
        'export const issue = (user) => jwt.sign({ sub: user.id }, KEY);',
      ].join('\n'),
    });
    const found = ruled(await findingsOf(repo), 'jwt-key-identifier');
    expect(found.map((f) => `${f.file}:${f.line}:${f.column}`)).toEqual(['src/auth.js:2:14']);
    expect(found[0]!.why).toContain('KEY');
    expect(found[0]!.why).toContain('line 23');
  });

  it('reads the staged file when the call that uses the name is outside the diff', async () => {
    const repo = Repo.create();
    const before = [
      "import jwt from 'jsonwebtoken';",
      'const signingMaterial = process.env.TOKEN_MATERIAL;',
      lines(30),
      'export const issue = (user) => jwt.sign({ sub: user.id }, signingMaterial);',
    ];
    repo.stage({ 'src/auth.js': before.join('\n') });
    repo.commitQuietly();
    const after = [...before];
    after[1] = "const signingMaterial = 'not-from-env-4821';";
    repo.stage({ 'src/auth.js': after.join('\n') });
    const found = ruled(await findingsOf(repo), 'jwt-key-identifier');
    expect(found.map((f) => `${f.line}:${f.column}`)).toEqual(['2:26']);
    expect(found[0]!.why).toContain('line 33');
    expectNoSecret([JSON.stringify(found)], ['not-from-env-4821']);
  });

  it('blocks `git commit -a` through the hook when the staged file shows the use (temporary index)', () => {
    const repo = Repo.create();
    repo.useProjectHooks();
    const before = ["import jwt from 'jsonwebtoken';", 'let material = process.env.MATERIAL;', lines(30), 'export const t = jwt.sign({}, material);'];
    repo.stage({ 'src/auth.js': before.join('\n') });
    repo.commitQuietly();
    const after = [...before];
    after[1] = "let material = 'hook-path-key-19';";
    repo.write('src/auth.js', after.join('\n'));
    const run = repo.commit(['-a', '-m', 'inline the key']);
    expect(run.code).not.toBe(0);
    expect(run.stdout + run.stderr).toContain('src/auth.js:2:17');
    expect(run.stdout + run.stderr).toContain('jwt-key-identifier');
    expectNoSecret([run], ['hook-path-key-19']);
  });

  it('follows Python and Go bindings through byte wrappers', async () => {
    const repo = Repo.create();
    repo.stage({
      'app/tokens.py': ['import jwt', 'secret = b"py-bytes-key-77"', lines(12, '# …'), 'token = jwt.encode(payload, secret, algorithm="HS256")'].join('\n'),
      'auth/token.go': [
        'package auth',
        'var hmacMaterial = []byte("go-bytes-key-88")',
        lines(12),
        'func Sign(t *jwt.Token) (string, error) { return t.SignedString(hmacMaterial) }',
      ].join('\n'),
    });
    const found = ruled(await findingsOf(repo), 'jwt-key-identifier');
    expect(found.map((f) => `${f.file}:${f.line}`).sort()).toEqual(['app/tokens.py:2', 'auth/token.go:2']);
  });

  it('leaves alone names that no JWT call uses, and does not repeat what another rule reported', async () => {
    const repo = Repo.create();
    repo.stage({
      'src/a.js': ["const KEY = 'cache-key-prefix';", lines(10), 'cache.get(KEY);'].join('\n'),
      'src/b.js': ["const jwt = require('jsonwebtoken');", "const JWT_SECRET = 'named-jwt-secret';", 'jwt.sign(p, JWT_SECRET);'].join('\n'),
    });
    const findings = await findingsOf(repo);
    expect(ruled(findings, 'jwt-key-identifier')).toEqual([]);
    expect(ruled(findings, 'jwt-secret-assignment').map((f) => `${f.file}:${f.line}`)).toEqual(['src/b.js:2']);
  });

  it('honours an allow comment on the binding line', async () => {
    const repo = Repo.create();
    repo.stage({
      'src/auth.js': ["const KEY = 'fixture-key'; // jwtguard:allow test fixture", 'jwt.sign(p, KEY);'].join('\n'),
    });
    const result = await scanStaged({ cwd: repo.dir });
    expect(ruled(result.findings, 'jwt-key-identifier')).toEqual([]);
    expect(ruled(result.allowed, 'jwt-key-identifier').map((f) => f.allowReason)).toEqual(['test fixture']);
  });
});

describe('reading staged files', () => {
  it('reads many blobs in one go, leaving out those too large, unknown or not full ids', async () => {
    const repo = Repo.create();
    repo.stage({ 'a.txt': 'alpha\n', 'b.txt': 'beta ünïcode\n', 'big.txt': 'x'.repeat(5000) });
    const id = (path: string): string => repo.git('rev-parse', `:${path}`).trim();
    const [a, b, big] = [id('a.txt'), id('b.txt'), id('big.txt')];
    const texts = await readBlobs([a, b, big, 'f'.repeat(40), '0'.repeat(40), 'abc', a], 1000, repo.dir);
    expect([...texts.entries()]).toEqual([
      [a, 'alpha\n'],
      [b, 'beta ünïcode\n'],
    ]);
  });
});

describe('entropy findings that wait on the file', () => {
  const HEX = 'b62f84df3adb243115fbee585a5ecf8ad7e52da380484b88ef25005d8901ea8d';

  it('reports a random string far from the call when the staged file imports a JWT library', async () => {
    const repo = Repo.create();
    const before = ["import jwt from 'jsonwebtoken';", lines(40), 'export {};'];
    repo.stage({ 'src/auth.ts': before.join('\n') });
    repo.commitQuietly();
    repo.stage({ 'src/auth.ts': [...before, `const material = '${HEX}';`].join('\n') });
    const found = ruled(await findingsOf(repo), 'jwt-high-entropy-near-call');
    expect(found.map((f) => f.line)).toEqual([43]);
    expect(found[0]!.why).toContain('imports a JWT library');
  });

  it('leaves it alone in a file that does not', async () => {
    const repo = Repo.create();
    const before = ["import express from 'express';", lines(40), 'export {};'];
    repo.stage({ 'src/app.ts': before.join('\n') });
    repo.commitQuietly();
    repo.stage({ 'src/app.ts': [...before, `const material = '${HEX}';`].join('\n') });
    expect(ruled(await findingsOf(repo), 'jwt-high-entropy-near-call')).toEqual([]);
  });
});

describe('one key staged for two environments', () => {
  it('reports a JWT key shared between .env.development and .env.production', async () => {
    const repo = Repo.create();
    repo.stage({
      '.env.development': 'PORT=3000\nJWT_SECRET=same-key-in-both-92\n',
      '.env.production': 'JWT_SECRET=same-key-in-both-92\n',
      '.env.test': 'JWT_SECRET=a-test-only-key-31\n',
    });
    const shared = ruled(await findingsOf(repo), 'jwt-shared-key');
    expect(shared.map((f) => `${f.file}:${f.line}`)).toEqual(['.env.production:1']);
    expect(shared[0]!.why).toContain('shared between development and production');
    expect(shared[0]!.why).toContain('.env.development:2');
  });

  it('reports two Spring profiles with the same jwt.secret', async () => {
    const repo = Repo.create();
    repo.stage({
      'src/main/resources/application-dev.properties': 'jwt.secret=spring-shared-key-55\n',
      'src/main/resources/application-prod.properties': 'server.port=80\njwt.secret=spring-shared-key-55\n',
    });
    const shared = ruled(await findingsOf(repo), 'jwt-shared-key');
    expect(shared.map((f) => `${f.file}:${f.line}`)).toEqual(['src/main/resources/application-prod.properties:2']);
    expect(shared[0]!.why).toContain('shared between development and production');
  });

  it('says nothing when each environment has its own key, or the other file is an example', async () => {
    const repo = Repo.create();
    repo.stage({
      '.env.development': 'JWT_SECRET=dev-only-key-11\n',
      '.env.production': 'JWT_SECRET=prod-only-key-22\n',
      '.env.example': 'JWT_SECRET=prod-only-key-22\n',
    });
    expect(ruled(await findingsOf(repo), 'jwt-shared-key')).toEqual([]);
  });
});

describe('committed tokens and JWKs, through the CLI', () => {
  const JWT_IO = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';
  const D = 'X4cTteJY_gn4FYPsXB8rdXix5vwsg1FLN5E3EaG6RJoVH-HLLKD9M7dx5oo7GURknchnrRweUkC7hT5fJLM0WbFAKNLW';

  it('says a committed token was signed with a known weak key, and shows neither token nor key', () => {
    const repo = Repo.create();
    repo.stage({
      'test/fixtures.js': `export const token = '${JWT_IO}';\n`,
      'keys/signing.jwk.json': `{\n  "kty": "RSA",\n  "n": "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc",\n  "e": "AQAB",\n  "d": "${D}"\n}\n`,
      'docs/api.md': 'Send `Authorization: Bearer eyJhbGciOi...` with each request.\n',
    });
    const run = repo.jwtguard();
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('test/fixtures.js:1:23');
    expect(run.stdout).toContain('jwt-token');
    expect(run.stdout).toContain('signed with a publicly known weak key (your…(19))');
    expect(run.stdout).toContain('keys/signing.jwk.json:5');
    expect(run.stdout).toContain('jwk-private-key');
    expect(run.stdout).not.toContain('docs/api.md');
    expectNoSecret([run], [JWT_IO, D, 'your-256-bit-secret']);
  });
});

/** Labeled cases for the stage rules: each file of `cases` is one case, all staged and scanned at once. */
interface StageCase {
  note: string;
  files: Record<string, string>;
  /** `path:line` of the finding a true case must produce. */
  at?: string;
}

async function scanCases(cases: readonly StageCase[]): Promise<RedactedFinding[]> {
  const repo = Repo.create();
  repo.stage(Object.assign({}, ...cases.map((c) => c.files)));
  return findingsOf(repo);
}

const IDENTIFIER_TRUE: StageCase[] = [
  { note: 'JS const, jwt.sign', at: 'id/t01.js:1', files: { 'id/t01.js': "const K = 'id-true-01';\njwt.sign(payload, K);" } },
  { note: 'TS typed const, jwt.verify', at: 'id/t02.ts:1', files: { 'id/t02.ts': "const K: string = 'id-true-02';\njwt.verify(token, K);" } },
  { note: 'Python constant, jwt.encode', at: 'id/t03.py:1', files: { 'id/t03.py': 'SECRET = "id-true-03"\ntoken = jwt.encode(payload, SECRET, algorithm="HS256")' } },
  { note: 'Python bytes, jwt.decode', at: 'id/t04.py:1', files: { 'id/t04.py': 'secret = b"id-true-04"\nclaims = jwt.decode(token, secret, algorithms=["HS256"])' } },
  { note: 'Go []byte var, SignedString', at: 'id/t05.go:2', files: { 'id/t05.go': 'package id\nvar signingBytes = []byte("id-true-05")\nfunc s(t *jwt.Token) (string, error) { return t.SignedString(signingBytes) }' } },
  { note: 'Go :=, SignedString([]byte(key))', at: 'id/t06.go:3', files: { 'id/t06.go': 'package id\nfunc s(t *jwt.Token) (string, error) {\n\tkey := "id-true-06"\n\treturn t.SignedString([]byte(key))\n}' } },
  { note: 'Java constant, Algorithm.HMAC256', at: 'id/T07.java:2', files: { 'id/T07.java': 'class T07 {\n  private static final String K = "id-true-07";\n  String s() { return JWT.create().sign(Algorithm.HMAC256(K)); }\n}' } },
  { note: 'Kotlin val, Keys.hmacShaKeyFor(k.toByteArray())', at: 'id/t08.kt:1', files: { 'id/t08.kt': 'val k = "id-true-08-padded-to-32-bytes!!"\nval key = Keys.hmacShaKeyFor(k.toByteArray())' } },
  { note: 'C# const, SymmetricSecurityKey', at: 'id/T09.cs:2', files: { 'id/T09.cs': 'class T09 {\n  const string K = "id-true-09";\n  SecurityKey Key() => new SymmetricSecurityKey(Encoding.UTF8.GetBytes(K));\n}' } },
  { note: 'Ruby constant, JWT.encode', at: 'id/t10.rb:1', files: { 'id/t10.rb': "HMAC = 'id-true-10'\ntoken = JWT.encode(payload, HMAC, 'HS256')" } },
  { note: 'PHP variable, JWT::encode', at: 'id/t11.php:2', files: { 'id/t11.php': "<?php\n$k = 'id-true-11';\n$jwt = JWT::encode($payload, $k, 'HS256');" } },
  { note: 'Rust typed const, EncodingKey::from_secret', at: 'id/t12.rs:1', files: { 'id/t12.rs': 'const K: &[u8] = b"id-true-12";\nlet key = EncodingKey::from_secret(K);' } },
  { note: '@nestjs/jwt options { secret: K }', at: 'id/t13.ts:1', files: { 'id/t13.ts': "const K = 'id-true-13';\n@Module({ imports: [JwtModule.register({ secret: K, signOptions: { expiresIn: '60s' } })] })" } },
  { note: "jose: new TextEncoder().encode('…'), SignJWT.sign(key)", at: 'id/t14.js:1', files: { 'id/t14.js': "const key = new TextEncoder().encode('id-true-14');\nconst t = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).sign(key);" } },
];

const IDENTIFIER_FALSE: StageCase[] = [
  { note: 'not used by a JWT call', files: { 'idf/f01.js': "const K = 'id-false-01';\ncache.get(K);" } },
  { note: 'used in the payload, not as the key', files: { 'idf/f02.js': "const K = 'id-false-02';\njwt.sign({ k: K }, process.env.JWT_SECRET);" } },
  { note: 'bound to an environment read', files: { 'idf/f03.js': 'const K = process.env.K;\njwt.sign(payload, K);' } },
  { note: 'a keyword argument, not a binding', files: { 'idf/f04.py': 'configure(key="id-false-04")\ntoken = jwt.encode(payload, key, algorithm="HS256")' } },
  { note: 'a comparison', files: { 'idf/f05.js': "if (K === 'id-false-05') throw new Error('default key');\njwt.sign(payload, K);" } },
  { note: 'an object member', files: { 'idf/f06.js': "const cfg = { K: 'id-false-06' };\njwt.sign(payload, K);" } },
  { note: 'a placeholder', files: { 'idf/f07.js': "const K = '<your-signing-key>';\njwt.sign(payload, K);" } },
  { note: 'a path to the key', files: { 'idf/f08.js': "const K = './keys/signing.pem';\njwt.sign(payload, readFileSync(K));" } },
  { note: 'another name is the key', files: { 'idf/f09.js': "const K = 'id-false-09';\njwt.sign(payload, K2);" } },
  { note: 'a template', files: { 'idf/f10.js': 'const K = `${prefix}-id-false-10`;\njwt.sign(payload, K);' } },
  { note: 'a member of another object', files: { 'idf/f11.js': "const K = 'id-false-11';\njwt.sign(payload, config.K);" } },
  { note: 'the token argument, not the key', files: { 'idf/f12.js': "const T = 'id-false-12';\njwt.verify(T, publicKey);" } },
  { note: 'a sentence', files: { 'idf/f13.js': "const K = 'set JWT_KEY in the environment first';\njwt.sign(payload, K);" } },
  { note: 'encoded text that signs nothing', files: { 'idf/f14.js': "const body = new TextEncoder().encode('id-false-14');\nconst t = await new SignJWT(claims).sign(secret);" } },
];

describe('jwt-key-identifier: labeled cases', () => {
  it(`flags ${IDENTIFIER_TRUE.length} true cases and leaves ${IDENTIFIER_FALSE.length} false ones alone`, async () => {
    expect(IDENTIFIER_TRUE.length).toBeGreaterThanOrEqual(10);
    expect(IDENTIFIER_FALSE.length).toBeGreaterThanOrEqual(10);
    const found = ruled(await scanCases([...IDENTIFIER_TRUE, ...IDENTIFIER_FALSE]), 'jwt-key-identifier').map((f) => `${f.file}:${f.line}`);
    const missed = IDENTIFIER_TRUE.filter((c) => !found.includes(c.at!)).map((c) => c.note);
    const flagged = IDENTIFIER_FALSE.filter((c) => found.some((at) => Object.keys(c.files).some((path) => at.startsWith(`${path}:`)))).map((c) => c.note);
    expect({ missed, flagged }).toEqual({ missed: [], flagged: [] });
  });
});

const SHARED_TRUE: StageCase[] = [
  { note: '.env.development and .env.production', at: 's01/.env.production:1', files: { 's01/.env.development': 'JWT_SECRET=shared-true-01\n', 's01/.env.production': 'JWT_SECRET=shared-true-01\n' } },
  { note: '.env.dev and .env.prod', at: 's02/.env.prod:1', files: { 's02/.env.dev': 'JWT_SECRET=shared-true-02\n', 's02/.env.prod': 'JWT_SECRET=shared-true-02\n' } },
  { note: '.env.local and .env.production', at: 's03/.env.production:2', files: { 's03/.env.local': 'NEXTAUTH_SECRET=shared-true-03\n', 's03/.env.production': 'PORT=80\nNEXTAUTH_SECRET=shared-true-03\n' } },
  { note: '.env.staging and .env.production', at: 's04/.env.production:1', files: { 's04/.env.staging': 'JWT_SECRET=shared-true-04\n', 's04/.env.production': 'JWT_SECRET=shared-true-04\n' } },
  { note: '.env.test and .env.development', at: 's05/.env.test:1', files: { 's05/.env.test': 'JWT_SECRET=shared-true-05\n', 's05/.env.development': 'JWT_SECRET=shared-true-05\n' } },
  { note: 'Spring properties profiles', at: 's06/application-prod.properties:1', files: { 's06/application-dev.properties': 'jwt.secret=shared-true-06\n', 's06/application-prod.properties': 'jwt.secret=shared-true-06\n' } },
  { note: 'Spring YAML profiles', at: 's07/application-prod.yml:3', files: { 's07/application-dev.yml': 'app:\n  jwt:\n    secret: shared-true-07\n', 's07/application-prod.yml': 'app:\n  jwt:\n    secret: shared-true-07\n' } },
  { note: 'YAML and properties profiles', at: 's08/application-production.yml:2', files: { 's08/application-development.properties': 'jwt.secret=shared-true-08\n', 's08/application-production.yml': 'jwt:\n  secret: shared-true-08\n' } },
  { note: 'appsettings per environment', at: 's09/appsettings.Production.json:1', files: { 's09/appsettings.Development.json': '{ "Jwt": { "Key": "shared-true-09-key-material" } }\n', 's09/appsettings.Production.json': '{ "Jwt": { "Key": "shared-true-09-key-material" } }\n' } },
  { note: 'node-config files', at: 's10/config/production.json:1', files: { 's10/config/development.json': '{ "jwtSecret": "shared-true-10" }\n', 's10/config/production.json': '{ "jwtSecret": "shared-true-10" }\n' } },
  { note: 'three environments', at: 's11/.env.production:1', files: { 's11/.env.development': 'JWT_SECRET=shared-true-11\n', 's11/.env.staging': 'JWT_SECRET=shared-true-11\n', 's11/.env.production': 'JWT_SECRET=shared-true-11\n' } },
];

const SHARED_FALSE: StageCase[] = [
  { note: 'a key per environment', files: { 'sf01/.env.development': 'JWT_SECRET=shared-false-01a\n', 'sf01/.env.production': 'JWT_SECRET=shared-false-01b\n' } },
  { note: 'the example file is no environment', files: { 'sf02/.env.example': 'JWT_SECRET=shared-false-02\n', 'sf02/.env.production': 'JWT_SECRET=shared-false-02\n' } },
  { note: 'a sample file is no environment', files: { 'sf03/.env.sample': 'JWT_SECRET=shared-false-03\n', 'sf03/.env.development': 'JWT_SECRET=shared-false-03\n' } },
  { note: 'plain .env is no one environment', files: { 'sf04/.env': 'JWT_SECRET=shared-false-04\n', 'sf04/.env.production': 'JWT_SECRET=shared-false-04\n' } },
  { note: 'two files of the same environment', files: { 'sf05/.env.production': 'JWT_SECRET=shared-false-05\n', 'sf05/.env.production.local': 'JWT_SECRET=shared-false-05\n' } },
  { note: 'a profile that names no environment', files: { 'sf06/application-mysql.yml': 'jwt:\n  secret: shared-false-06\n', 'sf06/application-prod.yml': 'jwt:\n  secret: shared-false-06\n' } },
  { note: 'placeholders in both', files: { 'sf07/.env.development': 'JWT_SECRET=${JWT_SECRET}\n', 'sf07/.env.production': 'JWT_SECRET=${JWT_SECRET}\n' } },
  { note: 'the same value under a name that is no key', files: { 'sf08/.env.development': 'APP_NAME=shared-false-08\n', 'sf08/.env.production': 'APP_NAME=shared-false-08\n' } },
  { note: 'a code file and an environment file', files: { 'sf09/src/auth.js': "jwt.sign(payload, 'shared-false-09');\n", 'sf09/.env.production': 'JWT_SECRET=shared-false-09\n' } },
  { note: 'the same token is not a key', files: { 'sf10/.env.development': 'API_TOKEN=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI0MiIsInJvbGUiOiJhZG1pbiIsImlhdCI6MTcwMDAwMDAwMH0.0zdJvHoTCDPh-Fa2dKbrTT2olfr3Mxe66dc_CnbYgXM\n', 'sf10/.env.production': 'API_TOKEN=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI0MiIsInJvbGUiOiJhZG1pbiIsImlhdCI6MTcwMDAwMDAwMH0.0zdJvHoTCDPh-Fa2dKbrTT2olfr3Mxe66dc_CnbYgXM\n' } },
  { note: 'one environment only', files: { 'sf11/.env.production': 'JWT_SECRET=shared-false-11\nJWT_REFRESH_SECRET=shared-false-11\n' } },
];

describe('jwt-shared-key: labeled cases', () => {
  it(`flags ${SHARED_TRUE.length} true cases and leaves ${SHARED_FALSE.length} false ones alone`, async () => {
    expect(SHARED_TRUE.length).toBeGreaterThanOrEqual(10);
    expect(SHARED_FALSE.length).toBeGreaterThanOrEqual(10);
    const found = ruled(await scanCases([...SHARED_TRUE, ...SHARED_FALSE]), 'jwt-shared-key').map((f) => `${f.file}:${f.line}`);
    const missed = SHARED_TRUE.filter((c) => !found.includes(c.at!)).map((c) => c.note);
    const flagged = SHARED_FALSE.filter((c) => found.some((at) => Object.keys(c.files).some((path) => at.startsWith(`${path}:`)))).map((c) => c.note);
    expect({ missed, flagged }).toEqual({ missed: [], flagged: [] });
    expect(found.length).toBe(SHARED_TRUE.length);
  });
});
