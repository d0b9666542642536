// The token analysis of staged files (issue 13), in real repositories: calls of any length, receivers
// by import, keys through names and through other files (staged, or already in the index), the
// staged text of a modified file, and the hook blocking a commit through the real hook scripts.
import { describe, expect, it } from 'vitest';
import { scanStaged } from '../src/scan/scanStaged.js';
import type { RedactedFinding } from '../src/report/redact.js';
import { expectNoSecret, Repo } from './helpers/repo.js';

async function findingsOf(repo: Repo, cwd = repo.dir): Promise<RedactedFinding[]> {
  return (await scanStaged({ cwd })).findings;
}

function places(findings: RedactedFinding[]): string[] {
  return findings.map((f) => `${f.rule} ${f.file}:${f.line}`).sort();
}

/** A Prettier-printed payload of `claims` claims, one a line. */
function payload(claims: number): string[] {
  return ['  {', ...Array.from({ length: claims }, (_, i) => `    claim${i}: user.field${i},`), '  },'];
}

describe('calls of any length', () => {
  it('finds the key of a call Prettier spreads over 40 lines, on the key line', async () => {
    const repo = Repo.create();
    repo.stage({
      'src/token.js': ["const jwt = require('jsonwebtoken');", 'function issue(user) {', '  return jwt.sign(', ...payload(36), "  'prettier-spread-key-1',", "  { expiresIn: '1h' },", '  );', '}'].join('\n'),
    });
    expect(places(await findingsOf(repo))).toEqual(['jwt-call-literal src/token.js:42']);
  });

  it('finds the key after a payload of over 2,000 characters on one line', async () => {
    const repo = Repo.create();
    const claims = Array.from({ length: 200 }, (_, i) => `c${i}: u.v${i}`).join(', ');
    expect(claims.length).toBeGreaterThan(2000);
    repo.stage({ 'src/token.ts': `import jwt from 'jsonwebtoken';\nexport const t = (u) => jwt.sign({ ${claims} }, 'long-payload-key-9');\n` });
    expect(places(await findingsOf(repo))).toEqual(['jwt-call-literal src/token.ts:2']);
  });

  it('finds every key of a line holding 70 calls', async () => {
    const repo = Repo.create();
    const calls = Array.from({ length: 70 }, (_, i) => `jwt.sign({ n: ${i} }, process.env.K${i})`);
    calls[69] = "jwt.sign({ n: 69 }, 'the-seventieth-key')";
    repo.stage({ 'src/many.js': `const jwt = require('jsonwebtoken');\nconst all = [${calls.join(', ')}];\n` });
    const found = await findingsOf(repo);
    expect(places(found)).toEqual(['jwt-call-literal src/many.js:2']);
    expectNoSecret([JSON.stringify(found)], ['the-seventieth-key']);
  });

  it('stays quiet when the long call reads its key from the environment', async () => {
    const repo = Repo.create();
    repo.stage({ 'src/token.js': ["const jwt = require('jsonwebtoken');", 'jwt.sign(', ...payload(30), '  process.env.JWT_SECRET,', "  { algorithm: 'HS256' },", ');'].join('\n') });
    expect(await findingsOf(repo)).toEqual([]);
  });
});

describe('receivers by import and keys through names', () => {
  it('follows a renamed require, a bracket call and a neutral name bound to a literal', async () => {
    const repo = Repo.create();
    repo.stage({
      'src/auth.js': [
        "const tokens = require('jsonwebtoken');",
        "const material = 'neutral-name-key-7';",
        'module.exports.issue = (u) => tokens.sign({ sub: u.id }, material);',
        "module.exports.check = (t) => tokens['verify'](t, 'bracket-call-key-3');",
      ].join('\n'),
    });
    expect(places(await findingsOf(repo))).toEqual(['jwt-call-literal src/auth.js:4', 'jwt-key-identifier src/auth.js:2']);
  });

  it('follows Go: a fallback assigned after an env read reaches the Keyfunc', async () => {
    const repo = Repo.create();
    repo.stage({
      'auth/keys.go': [
        'package auth',
        '',
        'import (',
        '\t"os"',
        '\tgjwt "github.com/golang-jwt/jwt/v5"',
        ')',
        '',
        'func signingKey() []byte {',
        '\ts := os.Getenv("JWT_SECRET")',
        '\tif s == "" {',
        '\t\ts = "go-dev-fallback"',
        '\t}',
        '\treturn []byte(s)',
        '}',
        '',
        'func Parse(raw string) (*gjwt.Token, error) {',
        '\treturn gjwt.Parse(raw, func(t *gjwt.Token) (interface{}, error) { return signingKey(), nil })',
        '}',
      ].join('\n'),
    });
    // The literal stands in for JWT_SECRET when it is unset: reported as that fallback.
    expect(places(await findingsOf(repo))).toEqual(['jwt-secret-fallback auth/keys.go:11']);
  });
});

describe('keys through other files', () => {
  it('reports a key a staged config module exports and a staged file signs with', async () => {
    const repo = Repo.create();
    repo.stage({
      'src/config.js': "module.exports = { port: 3000, secret: 'kH3s9vLq2m' };\n",
      'src/token.js': "const jwt = require('jsonwebtoken');\nconst config = require('./config');\nexports.issue = (u) => jwt.sign({ id: u.id }, config.secret);\n",
    });
    const found = await findingsOf(repo);
    expect(places(found)).toEqual(['jwt-key-identifier src/config.js:1']);
    expect(found[0]!.why).toContain('src/token.js:3');
  });

  it('finds the user already in the index when only the config module is staged', async () => {
    const repo = Repo.create();
    repo.stage({
      'src/config.js': 'module.exports = { port: 3000, secret: process.env.JWT_SECRET };\n',
      'src/routes/token.js': "import jwt from 'jsonwebtoken';\nimport config from '../config';\nexport const issue = (u) => jwt.sign({ id: u.id }, config.secret);\n",
      'src/other.js': "import config from './config';\nconsole.log(config.port);\n",
    });
    repo.commitQuietly();
    repo.stage({ 'src/config.js': "module.exports = { port: 3000, secret: 'index-user-key-5' };\n" });
    const found = await findingsOf(repo, `${repo.dir}/src`);
    expect(places(found)).toEqual(['jwt-key-identifier src/config.js:1']);
    expect(found[0]!.why).toContain('src/routes/token.js:3');
    expectNoSecret([JSON.stringify(found)], ['index-user-key-5']);
  });

  it('finds a Python settings constant used by a module in the index', async () => {
    const repo = Repo.create();
    repo.stage({
      'app/settings.py': 'import os\n\nSIGNING_MATERIAL = os.environ["SIGNING_MATERIAL"]\n',
      'app/auth.py': 'import jwt\nfrom app import settings\n\n\ndef issue(uid):\n    return jwt.encode({"sub": uid}, settings.SIGNING_MATERIAL, algorithm="HS256")\n',
    });
    repo.commitQuietly();
    repo.stage({ 'app/settings.py': 'import os\n\nSIGNING_MATERIAL = "py-settings-key-2"\n' });
    expect(places(await findingsOf(repo))).toEqual(['jwt-key-identifier app/settings.py:3']);
  });

  it('stays quiet when no file in the index uses the exported literal as a key', async () => {
    const repo = Repo.create();
    repo.stage({
      'src/app.js': "import config from './config';\nconsole.log(config.secret.length);\n",
      'src/config.js': 'module.exports = { secret: process.env.S };\n',
    });
    repo.commitQuietly();
    repo.stage({ 'src/config.js': "module.exports = { secret: 'not-a-jwt-key-1' };\n" });
    expect(await findingsOf(repo)).toEqual([]);
  });

  it('stays quiet when the staged user signs with a member the module reads from the environment', async () => {
    const repo = Repo.create();
    repo.stage({
      'src/config.js': "module.exports = { issuer: 'acme-issuer-name', secret: process.env.JWT_SECRET };\n",
      'src/token.js': "const jwt = require('jsonwebtoken');\nconst config = require('./config');\nexports.issue = (u) => jwt.sign({ id: u.id }, config.secret, { issuer: config.issuer });\n",
    });
    expect(await findingsOf(repo)).toEqual([]);
  });

  it('stays quiet when a Go package constant names the variable, not the key', async () => {
    const repo = Repo.create();
    repo.stage({
      'auth/names.go': 'package auth\n\nconst secretVar = "ORDERS_JWT_SECRET"\n',
      'auth/tokens.go': 'package auth\n\nimport (\n\t"os"\n\n\t"github.com/golang-jwt/jwt/v5"\n)\n\nfunc Sign(t *jwt.Token) (string, error) {\n\treturn t.SignedString([]byte(os.Getenv(secretVar)))\n}\n',
    });
    expect(await findingsOf(repo)).toEqual([]);
  });
});

describe('a modified file is read from the index', () => {
  it('reports an added key line whose call stands outside the diff', async () => {
    const repo = Repo.create();
    const before = ["const jwt = require('jsonwebtoken');", 'jwt.sign(', ...payload(40), '  process.env.JWT_SECRET,', ');'];
    repo.stage({ 'src/token.js': before.join('\n') });
    repo.commitQuietly();
    const after = [...before];
    after[after.length - 2] = "  'edited-in-later-key',";
    repo.stage({ 'src/token.js': after.join('\n') });
    expect(places(await findingsOf(repo))).toEqual([`jwt-call-literal src/token.js:${after.length - 1}`]);
  });

  it('does not report a key line that was already committed', async () => {
    const repo = Repo.create();
    const text = ["const jwt = require('jsonwebtoken');", "jwt.sign({ a: 1 }, 'committed-before-1');", ''];
    repo.stage({ 'src/token.js': text.join('\n') });
    repo.commitQuietly();
    repo.stage({ 'src/token.js': [...text, '// a comment'].join('\n') });
    expect(await findingsOf(repo)).toEqual([]);
  });

  it('blocks a real commit through the project hooks, with the key cut', () => {
    const repo = Repo.create();
    repo.useProjectHooks();
    repo.stage({ 'src/token.js': ["import * as tokens from 'jsonwebtoken';", 'export default (u) =>', '  tokens.sign(', ...payload(12), "    'hooked-key-value-8',", '  );'].join('\n') });
    const run = repo.commit();
    expect(run.code).toBe(1);
    expect(run.stderr + run.stdout).toContain('src/token.js:18');
    expectNoSecret([run], ['hooked-key-value-8']);
  });
});
