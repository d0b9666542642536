// npm run build, after tsc: bundles the CLI for the bin and leaves V8's code cache beside it.
//   dist/jwtguard.cjs         the bin (src/bundle/bin.cjs)
//   dist/cli.cjs              `staged` and `post-commit`: everything a commit runs, one file
//   dist/commands.cjs         every other command (see src/commands/others.ts)
//   dist/cli.cjs.v8cache      the code cache, made by a real `jwtguard staged` on a sample change
// Each bundle starts with `// jwtguard build <hash of its text>`: the bin offers V8 the cache only
// when its first line is the same. A build that cannot make the cache (no git here, say) says so
// and goes on: the bin then compiles as it would without one.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = join(ROOT, 'dist');
const BIN = join(DIST, 'jwtguard.cjs');

async function bundle() {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: { cli: 'src/cli.ts', commands: 'src/commands/others.ts' },
    bundle: true,
    platform: 'node',
    target: 'node18',
    format: 'cjs',
    packages: 'external',
    // `import.meta.url` does not exist in CommonJS: see importMetaUrl.js.
    inject: ['src/bundle/importMetaUrl.js'],
    define: { 'import.meta.url': 'importMeta.url' },
    outdir: 'dist',
    outExtension: { '.js': '.cjs' },
    logLevel: 'warning',
    write: false,
  });
  mkdirSync(DIST, { recursive: true });
  for (const file of result.outputFiles) {
    const hash = createHash('sha256').update(file.contents).digest('hex').slice(0, 16);
    writeFileSync(file.path, `// jwtguard build ${hash}\n${file.text}`);
  }
  copyFileSync(join(ROOT, 'src/bundle/bin.cjs'), BIN);
  chmodSync(BIN, 0o755);
}

/** A change like most commits: JWT code that reads its keys from the environment, and config. */
const SAMPLE_CHANGE = {
  'src/auth/tokens.js': [
    "const jwt = require('jsonwebtoken');",
    '',
    'const secret = process.env.JWT_SECRET;',
    "if (!secret) throw new Error('JWT_SECRET is not set');",
    '',
    'function issue(user) {',
    "  return jwt.sign({ sub: user.id, role: user.role }, secret, { expiresIn: '1h', algorithm: 'HS256' });",
    '}',
    '',
    'function verify(token) {',
    "  return jwt.verify(token, secret, { algorithms: ['HS256'] });",
    '}',
    '',
    'module.exports = { issue, verify };',
  ],
  'src/api/users.ts': [
    "import { Router } from 'express';",
    "import { issue } from '../auth/tokens';",
    '',
    'export const users = Router();',
    "users.post('/login', async (req, res) => {",
    '  const user = await findUser(req.body.email, req.body.password);',
    "  if (!user) return res.status(401).json({ error: 'invalid credentials' });",
    '  res.json({ token: issue(user) });',
    '});',
  ],
  'app/security.py': [
    'import os',
    'import jwt',
    '',
    'SECRET_KEY = os.environ["JWT_SECRET"]',
    '',
    'def decode(token: str) -> dict:',
    '    return jwt.decode(token, SECRET_KEY, algorithms=["HS256"])',
  ],
  'config/app.yaml': ['server:', '  port: 8080', 'auth:', '  jwt_secret: ${JWT_SECRET}', '  expires_in: 3600'],
  '.env.example': ['JWT_SECRET=', 'DATABASE_URL=postgres://localhost:5432/app'],
  'README.md': ['## Running', '', 'Set `JWT_SECRET` (`openssl rand -hex 32`) before `npm start`.'],
};

// A build run from inside a git hook must not reach that repository.
const ENV = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('GIT_')));

function git(cwd, args) {
  const result = spawnSync('git', args, { cwd, env: ENV, encoding: 'utf8' });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`git ${args[0]}: ${result.stderr.trim()}`);
}

/** Stages SAMPLE_CHANGE in a new repository; the child (below) scans it. */
function makeCodeCache() {
  const { CACHE } = createRequire(import.meta.url)(BIN);
  rmSync(CACHE, { force: true });
  const repo = mkdtempSync(join(tmpdir(), 'jwtguard-build-'));
  try {
    git(repo, ['init', '-q']);
    for (const [path, lines] of Object.entries(SAMPLE_CHANGE)) {
      mkdirSync(dirname(join(repo, path)), { recursive: true });
      writeFileSync(join(repo, path), `${lines.join('\n')}\n`);
    }
    git(repo, ['add', '.']);
    const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--scan-for-cache'], { cwd: repo, env: ENV, encoding: 'utf8' });
    if (child.status !== 0) throw new Error((child.stderr || child.stdout).trim().split('\n')[0] || `exit ${child.status}`);
  } catch (error) {
    console.warn(`build: no code cache (${error.message}); the bin works without it, starting a little slower`);
  } finally {
    rmSync(repo, { recursive: true, force: true });
  }
}

/** In the child: `jwtguard staged` through the bin's own compile, then the cache of what ran. */
function scanForCache() {
  const { CACHE, compileCli, runCli } = createRequire(import.meta.url)(BIN);
  const { source, script } = compileCli({ withCache: false });
  process.argv = [process.argv[0], BIN, 'staged'];
  process.on('exit', (code) => {
    if (code !== 0) return;
    const header = source.slice(0, source.indexOf('\n') + 1);
    writeFileSync(CACHE, Buffer.concat([Buffer.from(header, 'latin1'), script.createCachedData()]));
  });
  runCli(script);
}

if (process.argv.includes('--scan-for-cache')) {
  scanForCache();
} else {
  await bundle();
  makeCodeCache();
}
