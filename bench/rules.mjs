// Where a workload's scan time goes, rule by rule: runs the staged diff of a bench workload through
// the engine in this process, timing each rule's match calls. The clock adds ~0.1 µs a call, so
// compare rules with each other, not the total with run.mjs. The lines rule by rule are what to
// read before making a rule cheaper: how often it runs (its keywords) and what each run costs.
// Run: npm run build && node bench/rules.mjs [W1|W2|W3]   (the workload is made by run.mjs)
import { spawn } from 'node:child_process';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { RULES } from '../dist/detect/rules/index.js';
import { Detector } from '../dist/detect/engine.js';
import { DiffScan } from '../dist/scan/scanStaged.js';
import { DiffStreamParser } from '../dist/diff/parseDiff.js';
import { GIT_GLOBAL_ARGS, STAGED_DIFF_ARGS } from '../dist/git/git.js';
import { workload } from './workloads.mjs';

const CACHE = process.env.JWTGUARD_BENCH_CACHE ?? join(homedir(), '.cache', 'jwtguard-bench');
const name = process.argv[2] ?? 'W3';
const { dir } = workload(name, CACHE);

const stats = new Map();
const timed = RULES.map((rule) => (rule.stage ? rule : {
  ...rule,
  match(line) {
    const start = performance.now();
    const matches = rule.match(line);
    const s = stats.get(rule.id) ?? { runs: 0, ms: 0, matches: 0 };
    s.runs++;
    s.ms += performance.now() - start;
    s.matches += matches.length;
    stats.set(rule.id, s);
    return matches;
  },
}));

async function scan(rules) {
  const diffScan = new DiffScan(new Detector(rules));
  const parser = new DiffStreamParser(diffScan.sink);
  const start = performance.now();
  const child = spawn('git', [...GIT_GLOBAL_ARGS, ...STAGED_DIFF_ARGS], { cwd: dir, stdio: ['ignore', 'pipe', 'inherit'] });
  child.stdout.on('data', (chunk) => parser.write(chunk));
  await new Promise((resolve) => child.on('close', resolve));
  parser.end();
  return { ms: performance.now() - start, lines: diffScan.addedLines };
}

const none = await scan([]);
const plain = await scan(RULES);
await scan(timed);
console.log(`${name}: ${none.lines} added lines; in-process scan with no rules ${none.ms.toFixed(0)} ms, with every rule ${plain.ms.toFixed(0)} ms\n`);
console.log('rule'.padEnd(34), 'runs'.padStart(9), 'ms'.padStart(7), 'µs/run'.padStart(8), 'matches'.padStart(8));
for (const [id, s] of [...stats].sort((a, b) => b[1].ms - a[1].ms)) {
  console.log(id.padEnd(34), String(s.runs).padStart(9), s.ms.toFixed(0).padStart(7), ((s.ms * 1000) / s.runs).toFixed(2).padStart(8), String(s.matches).padStart(8));
}
