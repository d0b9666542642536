// What a developer waits for: a one-line `git commit` through jwtguard's hooks (pre-commit,
// commit-msg, post-commit, as installed with core.hooksPath), against the same commit with no
// hooks. Each hook that starts Node costs a Node start; the W1 row of run.mjs times only the scan.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Median wall milliseconds of a commit with and without the hooks in `hooksDir`, `bin` as the project's jwtguard. */
export function timeCommits(bin, hooksDir, env, runs = 11) {
  const dir = mkdtempSync(join(tmpdir(), 'jwtguard-commit-'));
  const gitEnv = { ...env, GIT_AUTHOR_NAME: 'Bench', GIT_AUTHOR_EMAIL: 'bench@example.com', GIT_COMMITTER_NAME: 'Bench', GIT_COMMITTER_EMAIL: 'bench@example.com' };
  const git = (...args) => execFileSync('git', args, { cwd: dir, env: gitEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    git('init', '-q');
    git('config', 'commit.gpgsign', 'false');
    mkdirSync(join(dir, 'node_modules/.bin'), { recursive: true });
    symlinkSync(bin, join(dir, 'node_modules/.bin/jwtguard'));
    writeFileSync(join(dir, '.gitignore'), 'node_modules\n');
    const times = { hooks: [], none: [] };
    for (let i = 0; i <= runs; i++) {
      for (const mode of ['hooks', 'none']) {
        writeFileSync(join(dir, 'auth.js'), `const key${i} = process.env.JWT_SECRET; // ${mode}\n`);
        git('add', '-A');
        const hooksPath = mode === 'hooks' ? hooksDir : join(dir, 'no-hooks');
        const start = process.hrtime.bigint();
        const run = spawnSync('git', ['-c', `core.hooksPath=${hooksPath}`, 'commit', '-q', '-m', `change ${i}`], { cwd: dir, env: gitEnv });
        const ms = Number(process.hrtime.bigint() - start) / 1e6;
        if (run.status !== 0) throw new Error(`git commit failed: ${run.stderr}`);
        if (i > 0) times[mode].push(ms); // the first is a warm-up
      }
    }
    return { hooks: median(times.hooks), none: median(times.none) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
