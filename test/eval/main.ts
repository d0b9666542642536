// `npm run eval`: builds the CLI when src/ is newer than dist/, evaluates the corpus, prints the
// tables and exits 1 when a rule or a language is below its target (2 when it could not run).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate, formatEvaluation, PROJECT_ROOT } from './evaluate.js';

function newestSource(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    const stat = statSync(full);
    if (stat.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (name.endsWith('.ts') && !name.endsWith('.cases.ts')) newest = Math.max(newest, stat.mtimeMs);
  }
  return newest;
}

function buildIfNeeded(): void {
  const cli = join(PROJECT_ROOT, 'dist/cli.js');
  if (existsSync(cli) && statSync(cli).mtimeMs >= newestSource(join(PROJECT_ROOT, 'src'))) return;
  process.stderr.write('eval: building dist/ (src/ changed)\n');
  const tsc = join(PROJECT_ROOT, 'node_modules/typescript/bin/tsc');
  const build = spawnSync(process.execPath, [tsc, '-p', join(PROJECT_ROOT, 'tsconfig.json')], { stdio: 'inherit' });
  if (build.status !== 0) {
    process.stderr.write('eval: the build failed; fix it and run `npm run eval` again\n');
    process.exit(2);
  }
}

try {
  buildIfNeeded();
  const evaluation = evaluate();
  process.stdout.write(formatEvaluation(evaluation));
  process.exitCode = evaluation.failures.length === 0 ? 0 : 1;
} catch (error) {
  process.stderr.write(`eval: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
