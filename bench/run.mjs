// npm run bench: times jwtguard against the floor (bench/floor.cjs: spawn the same git command and
// read every line) and against secretlint's recommended preset, on deterministic workloads, in
// one run. Median wall time of --runs runs (default 5) after one warm-up, the floor's and
// jwtguard's runs taking turns; peak RSS from /usr/bin/time. Exits 1 when a target (issue 6)
// does not hold.
//   node bench/run.mjs [--runs N] [--only W1,W3] [--no-secretlint]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stagedFiles, workload } from './workloads.mjs';
import { timeCommits } from './commit.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PACKAGE = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const BIN = join(ROOT, PACKAGE.bin.jwtguard);
const FLOOR = join(ROOT, 'bench/floor.cjs');
const MAXRSS = join(ROOT, 'bench/maxrss.cjs');
const CACHE = process.env.JWTGUARD_BENCH_CACHE ?? join(homedir(), '.cache', 'jwtguard-bench');
const TIME = '/usr/bin/time';
const SECRETLINT_VERSION = '13';
const SECRETLINT_TIMEOUT_MS = 10 * 60 * 1000;

const TARGETS = {
  W1: { floorRatio: 1.5 },
  W2: { floorRatio: 2, secretlintRatio: 10 },
  W3: { floorRatio: 2, maxRssMB: 150 },
  W4: { floorRatio: 3 },
};

function option(name, fallback) {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : process.argv[at + 1];
}
const RUNS = Number(option('--runs', '5'));
const ONLY = option('--only', 'W1,W2,W3,W4').split(',');
const WITH_SECRETLINT = !process.argv.includes('--no-secretlint');

if (!existsSync(TIME)) {
  console.error('bench: /usr/bin/time is missing (it measures peak memory): install it (apt-get install time) and run again');
  process.exit(2);
}
if (!existsSync(BIN)) {
  console.error(`bench: ${BIN} is missing: run npm run build first (npm run bench does)`);
  process.exit(2);
}

const scratch = mkdtempSync(join(tmpdir(), 'jwtguard-bench-'));
const CA_BUNDLE = process.env.NODE_EXTRA_CA_CERTS ?? (existsSync('/etc/ssl/certs/ca-certificates.crt') ? '/etc/ssl/certs/ca-certificates.crt' : undefined);
const BASE_ENV = Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== 'NODE_EXTRA_CA_CERTS' && !key.startsWith('GIT_')));
const ENVIRONMENTS = {
  plain: { ...BASE_ENV, NO_COLOR: '1' },
  ...(CA_BUNDLE ? { 'extra-ca': { ...BASE_ENV, NO_COLOR: '1', NODE_EXTRA_CA_CERTS: CA_BUNDLE } } : {}),
};

/**
 * Runs a command once under /usr/bin/time: wall milliseconds, peak RSS of the whole process tree
 * (git included) and of the Node process alone (bench/maxrss.cjs), in MB, and the exit code.
 */
function runOnce(command, args, cwd, env, timeout) {
  const treeFile = join(scratch, 'rss-tree');
  const nodeFile = join(scratch, 'rss-node');
  writeFileSync(nodeFile, '');
  const runEnv = { ...env, NODE_OPTIONS: `--require ${MAXRSS}`, JWTGUARD_BENCH_RSS_FILE: nodeFile };
  const start = process.hrtime.bigint();
  const result = spawnSync(TIME, ['-f', '%M', '-o', treeFile, command, ...args], { cwd, env: runEnv, stdio: ['ignore', 'ignore', 'pipe'], timeout, maxBuffer: 1 << 26 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.error) return { ms, rssMB: NaN, nodeRssMB: NaN, code: -1, timedOut: true };
  const treeKB = Number(readFileSync(treeFile, 'utf8').trim().split('\n').pop());
  const nodeKB = Math.max(...readFileSync(nodeFile, 'utf8').trim().split('\n').map(Number));
  return { ms, rssMB: treeKB / 1024, nodeRssMB: nodeKB / 1024, code: result.status };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function summarise(results) {
  return {
    ms: median(results.map((r) => r.ms)),
    rssMB: Math.max(...results.map((r) => r.rssMB)),
    nodeRssMB: Math.max(...results.map((r) => r.nodeRssMB)),
    codes: [...new Set(results.map((r) => r.code))],
  };
}

/** One warm-up, then RUNS timed runs: median wall time and the highest peak RSS. */
function measure(command, args, cwd, env, { timeout = 0, runs = RUNS } = {}) {
  const warm = runOnce(command, args, cwd, env, timeout || undefined);
  if (warm.timedOut) return { ms: NaN, rssMB: NaN, nodeRssMB: NaN, note: `over ${timeout / 1000} s` };
  const results = [];
  for (let i = 0; i < runs; i++) results.push(runOnce(command, args, cwd, env, timeout || undefined));
  return summarise(results);
}

/**
 * Like measure, for commands compared with each other: their runs take turns, so that a change in
 * the machine's load while the bench runs moves them all alike and leaves their ratio alone.
 */
function measureInTurn(commands, cwd, env) {
  for (const [command, args] of commands) runOnce(command, args, cwd, env);
  const results = commands.map(() => []);
  for (let i = 0; i < RUNS; i++) commands.forEach(([command, args], c) => results[c].push(runOnce(command, args, cwd, env)));
  return results.map(summarise);
}

function ensureSecretlint() {
  const dir = join(CACHE, `secretlint-${SECRETLINT_VERSION}`);
  const bin = join(dir, 'node_modules', 'secretlint', 'bin', 'secretlint.js');
  if (!existsSync(bin)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), '{ "private": true }\n');
    console.log(`installing secretlint ${SECRETLINT_VERSION} into ${dir} (once) ...`);
    const install = spawnSync('npm', ['install', '--no-audit', '--no-fund', `secretlint@${SECRETLINT_VERSION}`, `@secretlint/secretlint-rule-preset-recommend@${SECRETLINT_VERSION}`], { cwd: dir, stdio: 'inherit' });
    if (install.status !== 0) throw new Error('could not install secretlint');
  }
  const rc = join(dir, '.secretlintrc.json');
  writeFileSync(rc, JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }));
  return { bin, rc };
}

async function gitArgs() {
  const git = await import(join(ROOT, 'dist/git/git.js'));
  return { global: git.GIT_GLOBAL_ARGS, staged: git.STAGED_DIFF_ARGS, range: git.HISTORY_LOG_ARGS };
}

const fmtMs = (ms) => (Number.isNaN(ms) ? 'n/a' : ms < 1000 ? `${ms.toFixed(0)} ms` : `${(ms / 1000).toFixed(2)} s`);
const fmtMB = (mb) => (Number.isNaN(mb) ? 'n/a' : `${mb.toFixed(0)} MB`);
const fmtRatio = (r) => (Number.isFinite(r) ? `${r.toFixed(2)}x` : 'n/a');

const args = await gitArgs();
const secretlint = WITH_SECRETLINT ? ensureSecretlint() : undefined;
const rows = [];
const failures = [];

console.log(`jwtguard ${PACKAGE.version}, node ${process.version}, ${RUNS} runs after a warm-up, medians; cache ${CACHE}\n`);
for (const [envName, env] of Object.entries(ENVIRONMENTS)) {
  const start = measure(process.execPath, ['-e', '0'], tmpdir(), env);
  console.log(`node -e 0 (${envName}${envName === 'extra-ca' ? `: NODE_EXTRA_CA_CERTS=${CA_BUNDLE}` : ''}): ${fmtMs(start.ms)}, ${fmtMB(start.rssMB)}`);
}
console.log('');

for (const name of ONLY) {
  process.stdout.write(`preparing ${name} ... `);
  const w = workload(name, CACHE);
  console.log(w.description);
  const isRange = name === 'W4';
  if (isRange && !args.range) {
    console.log('  W4 skipped: this build has no range scan (HISTORY_LOG_ARGS)');
    continue;
  }
  const floorArgs = isRange ? [...args.global, ...args.range, w.range, '--'] : [...args.global, ...args.staged];
  const jwtguardArgs = isRange ? ['scan', '--range', w.range, '--format', 'json'] : ['staged', '--format', 'json'];
  // Start-up matters on small commits only: W1 is measured in both environments.
  const envs = name === 'W1' ? Object.entries(ENVIRONMENTS) : [['plain', ENVIRONMENTS.plain]];
  for (const [envName, env] of envs) {
    const [floor, ours] = measureInTurn([[process.execPath, [FLOOR, ...floorArgs]], [process.execPath, [BIN, ...jwtguardArgs]]], w.dir, env);
    let theirs = { ms: NaN, rssMB: NaN, nodeRssMB: NaN, note: isRange ? 'scans files, not history' : 'not run' };
    if (secretlint && !isRange) {
      const files = stagedFiles(w.dir);
      theirs = measure(process.execPath, [secretlint.bin, '--secretlintrc', secretlint.rc, '--no-color', ...files], w.dir, env, { timeout: SECRETLINT_TIMEOUT_MS, runs: name === 'W1' ? RUNS : Math.min(RUNS, 5) });
    }
    const row = { name, envName, floor, ours, theirs, floorRatio: ours.ms / floor.ms, secretlintRatio: theirs.ms / ours.ms };
    rows.push(row);
    const target = TARGETS[name];
    if (target.floorRatio && !(row.floorRatio <= target.floorRatio)) failures.push(`${name} (${envName}): ${fmtRatio(row.floorRatio)} the floor, target ≤ ${target.floorRatio}x`);
    if (target.maxRssMB && !(ours.nodeRssMB <= target.maxRssMB)) failures.push(`${name}: jwtguard's peak RSS ${fmtMB(ours.nodeRssMB)}, target ≤ ${target.maxRssMB} MB`);
    if (target.secretlintRatio && secretlint && !(row.secretlintRatio >= target.secretlintRatio)) failures.push(`${name}: secretlint/jwtguard ${fmtRatio(row.secretlintRatio)}, target ≥ ${target.secretlintRatio}x`);
  }
}

const header = ['workload', 'env', 'floor', 'jwtguard', 'jg/floor', 'secretlint', 'sl/jg', 'node RSS floor/jg/sl', 'tree RSS (git incl.) floor/jg/sl'];
const trio = (r, key) => [r.floor, r.ours, r.theirs].map((m) => fmtMB(m[key])).join(' / ');
const table = rows.map((r) => [r.name, r.envName, fmtMs(r.floor.ms), fmtMs(r.ours.ms), fmtRatio(r.floorRatio), r.theirs.note && Number.isNaN(r.theirs.ms) ? r.theirs.note : fmtMs(r.theirs.ms), fmtRatio(r.secretlintRatio), trio(r, 'nodeRssMB'), trio(r, 'rssMB')]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
for (const row of table) console.log(line(row));
const commit = timeCommits(BIN, join(ROOT, 'hooks'), ENVIRONMENTS.plain, RUNS * 2 + 1);
console.log(`\nA one-line git commit through the pre-commit, commit-msg and post-commit hooks: ${fmtMs(commit.hooks)} (${fmtMs(commit.none)} without hooks).`);
console.log('\nTargets: W1 ≤ 1.5x floor; W2, W3 ≤ 2x; W4 ≤ 3x git log -p; W3 peak RSS of jwtguard ≤ 150 MB; secretlint/jwtguard ≥ 10x on W2.');
if (failures.length > 0) {
  console.log(`\nMissed:\n${failures.map((f) => `  ✗ ${f}`).join('\n')}`);
  process.exitCode = 1;
} else {
  console.log('All targets hold.');
}
