// The one place that starts git. Every flag that protects us from a user's configuration sits in
// a named constant below with the reason beside it.
import { spawn } from 'node:child_process';
import { simpleGit, type SimpleGit } from 'simple-git';

/**
 * The GIT_* variables passed through to git. Git sets these for hooks to say which repository,
 * index and object store to use: GIT_INDEX_FILE during `git commit -a` and `git commit <path>`,
 * the quarantine object directories during pre-receive. Every other GIT_* variable is dropped so
 * that GIT_EXTERNAL_DIFF, GIT_DIFF_OPTS, GIT_TRACE and the like cannot change what we read.
 */
export const GIT_LOCATION_ENV = [
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_INDEX_FILE',
  'GIT_COMMON_DIR',
  'GIT_OBJECT_DIRECTORY',
  'GIT_ALTERNATE_OBJECT_DIRECTORIES',
  'GIT_QUARANTINE_PATH',
  'GIT_NAMESPACE',
  'GIT_CEILING_DIRECTORIES',
  'GIT_DISCOVERY_ACROSS_FILESYSTEM',
  'GIT_CONFIG_NOSYSTEM',
  'GIT_CONFIG_GLOBAL',
  'GIT_CONFIG_SYSTEM',
] as const;

/** Programs git could be told to start; a read never needs them (and simple-git refuses them). */
const DROPPED_ENV = new Set(['EDITOR', 'VISUAL', 'PAGER', 'PREFIX', 'SSH_ASKPASS']);

/** Options placed before every git subcommand. */
export const GIT_GLOBAL_ARGS = [
  // Never take the index lock to refresh stat data: jwtguard must not write the index.
  '--no-optional-locks',
  // Quoting is git's default C style whatever core.quotePath says, so patch headers can be checked.
  '-c', 'core.quotePath=true',
  // diff.relative would narrow the diff to the current subdirectory and shorten its paths.
  '-c', 'diff.relative=false',
] as const;

/**
 * The staged diff, in a shape that no user setting changes. `--raw -z` comes first and gives every
 * path NUL-terminated (names with newlines, quotes, unicode); the patch that follows is only read
 * for line numbers and added text, never for paths.
 */
export const STAGED_DIFF_ARGS = [
  'diff', '--cached',
  '--raw', '-z', '--no-abbrev', // paths and full blob ids from NUL-separated records
  '-p', '-U3', // context lines let a rule see the call around an added line; only added lines are reported
  '--inter-hunk-context=0', // diff.interHunkContext would merge hunks; keep them as git found them
  '--no-color', // color.ui=always would put escape codes in every line
  '--no-ext-diff', // diff.external and GIT_EXTERNAL_DIFF replace the patch with a program's output
  '--no-textconv', // a textconv driver would scan its output instead of the staged bytes
  '--src-prefix=a/', '--dst-prefix=b/', // diff.noprefix and diff.mnemonicPrefix change header prefixes
  '--submodule=short', // diff.submodule=log|diff would recurse into submodules; a pointer is all we need
  '--ignore-submodules=none', // diff.ignoreSubmodules would hide pointer changes we want to count
  '-M', // a pure rename adds nothing new; diff.renames=false would make it look like a whole new file
] as const;

const GIT_MISSING = 'ENOENT';

export class GitSetupError extends Error {}

/** The environment for git: ours, less any GIT_* variable that is not a location. */
export function gitEnvironment(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const kept: Record<string, string> = {};
  const allowed = new Set<string>(GIT_LOCATION_ENV);
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) continue;
    if (key.toUpperCase().startsWith('GIT_') && !allowed.has(key)) continue;
    if (DROPPED_ENV.has(key.toUpperCase())) continue;
    kept[key] = value;
  }
  // Messages we recognise ("not a git repository") are the untranslated ones.
  kept.LC_ALL = 'C';
  kept.LANGUAGE = 'C';
  return kept;
}

/** A one-line explanation of why git could not run or failed, for an exit-2 message. */
export function describeGitFailure(stderr: string, code: number | null): string {
  const text = stderr.trim();
  if (/not a git repository/i.test(text)) {
    return 'not a git repository: run jwtguard inside a git work tree (or `git init` first)';
  }
  if (/must be run in a work tree/i.test(text)) {
    return 'this is a bare repository: scanning the staged change needs a work tree';
  }
  if (/dubious ownership/i.test(text)) {
    return 'git refuses this repository (dubious ownership): add it with `git config --global --add safe.directory <path>`';
  }
  const first = text.split('\n').find((line) => line.trim() !== '') ?? `git exited with code ${code}`;
  return `git failed: ${first}`;
}

export function gitMissingMessage(): string {
  return 'git was not found on PATH: install git, or put it on PATH, and try again';
}

/** A simple-git client for the small, bounded commands (rev-parse, cat-file, write-tree, …). */
export function gitClient(cwd: string = process.cwd()): SimpleGit {
  return simpleGit({
    baseDir: cwd,
    allowEnvironment: [...GIT_LOCATION_ENV],
    // GIT_CONFIG_GLOBAL/SYSTEM only say which config files the user's git reads: read the same.
    unsafe: { allowUnsafeConfigPaths: true },
  }).env(gitEnvironment());
}

/**
 * Why git cannot work here, when that is why a command failed: not a repository, or a bare one.
 * Outside a repository `git diff` quietly turns into `git diff --no-index` and fails on --cached
 * with a misleading message, so a failed scan asks rev-parse what is really wrong.
 */
export async function repositoryProblem(cwd: string = process.cwd()): Promise<string | undefined> {
  try {
    const bare = await gitClient(cwd).raw(['rev-parse', '--is-bare-repository']);
    return bare.trim() === 'true' ? describeGitFailure('must be run in a work tree', 128) : undefined;
  } catch (error) {
    return describeGitFailure(error instanceof Error ? error.message : String(error), 128);
  }
}

export interface StreamHandlers {
  onData(chunk: Buffer): void;
}

/**
 * Runs git and hands its stdout to `onData` chunk by chunk. simple-git keeps a command's whole
 * output in memory until the process exits (its documented behaviour), which a 100 MB staged file
 * must not need, so the one streaming command is spawned here directly, with the same environment.
 * Resolves when git exits 0; rejects with a GitSetupError naming the cause otherwise. No shell is
 * involved: arguments go to git as they are.
 */
export function streamGit(args: readonly string[], handlers: StreamHandlers, cwd: string = process.cwd()): Promise<void> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const finish = (error?: Error): void => {
      if (settled) return;
      settled = true;
      if (error) reject(error);
      else resolve();
    };
    const child = spawn('git', [...GIT_GLOBAL_ARGS, ...args], {
      cwd,
      env: gitEnvironment(),
      stdio: ['ignore', 'pipe', 'pipe'],
      windowsHide: true,
    });
    const stderr: Buffer[] = [];
    let stderrBytes = 0;
    child.stderr.on('data', (chunk: Buffer) => {
      // Keep only the start of stderr: it is for one error line, not a log.
      if (stderrBytes < 64 * 1024) stderr.push(chunk);
      stderrBytes += chunk.length;
    });
    child.stdout.on('data', (chunk: Buffer) => {
      if (settled) return;
      try {
        handlers.onData(chunk);
      } catch (error) {
        child.kill();
        finish(error as Error);
      }
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      finish(new GitSetupError(error.code === GIT_MISSING ? gitMissingMessage() : `could not start git: ${error.message}`));
    });
    child.on('close', (code, signal) => {
      if (code === 0) finish();
      else if (signal) finish(new Error(`git was stopped by ${signal} before the diff was read to the end`));
      else finish(new GitSetupError(describeGitFailure(Buffer.concat(stderr).toString('utf8'), code)));
    });
  });
}
