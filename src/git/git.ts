// The one place that starts git. Every flag that protects us from a user's configuration sits in
// a named constant below with the reason beside it.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve as resolvePath } from 'node:path';
import { createRequire } from 'node:module';
import type { SimpleGit, SimpleGitOptions, simpleGit as SimpleGitFactory } from 'simple-git';
import { cachedRootTree } from './indexFile.js';

/**
 * simple-git, loaded on first use: the pre-commit scan never calls it, and loading it (with its
 * dependencies) costs a few milliseconds on every commit.
 */
function loadSimpleGit(): typeof SimpleGitFactory {
  const require = createRequire(import.meta.url);
  return (require('simple-git') as { simpleGit: typeof SimpleGitFactory }).simpleGit;
}

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

/** The work tree's top level: where config, baseline and repository-relative paths start. */
export const TOPLEVEL_ARGS = ['rev-parse', '--show-toplevel'] as const;

/**
 * The files `jwtguard scan` reads: tracked and untracked-but-not-ignored (.gitignore,
 * .git/info/exclude and core.excludesFile honoured), NUL-separated, as paths from the top level.
 * `--literal-pathspecs` (a global option, so it comes first) takes the user's paths as written:
 * a `*` or `:` in a name is not pathspec magic.
 */
export const WORKTREE_FILES_ARGS = ['--literal-pathspecs', 'ls-files', '-z', '--full-name', '--cached', '--others', '--exclude-standard'] as const;

/** The files `jwtguard baseline` records: tracked ones only, NUL-separated, from the top level. */
export const TRACKED_FILES_ARGS = ['ls-files', '-z', '--full-name', '--cached'] as const;

const GIT_MISSING = 'ENOENT';

/** git is missing or cannot work here: one line, exit 2 (told by name, like UsageError). */
export class GitSetupError extends Error {
  override name = 'GitSetupError';
}

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
  return newSimpleGit(cwd, gitEnvironment());
}

/**
 * Every simple-git client, built one way. `extra` widens what a command needs: the identity
 * variables a notes commit is made with, or permission to set core.hooksPath.
 */
function newSimpleGit(cwd: string, env: Record<string, string>, extra: { allowEnvironment?: readonly string[]; unsafe?: SimpleGitOptions['unsafe'] } = {}): SimpleGit {
  return loadSimpleGit()({
    baseDir: cwd,
    allowEnvironment: [...GIT_LOCATION_ENV, ...(extra.allowEnvironment ?? [])],
    // GIT_CONFIG_GLOBAL/SYSTEM only say which config files the user's git reads: read the same.
    unsafe: { allowUnsafeConfigPaths: true, ...extra.unsafe },
    // A command is done when its output is closed. By default simple-git also starts a 50 ms timer
    // at `exit`, which kept every run alive 50 ms after its last git command.
    completion: { onClose: true, onExit: false },
  }).env(env);
}

/**
 * Why git cannot work here, when that is why a command failed: not a repository, or a bare one.
 * Outside a repository `git diff` quietly turns into `git diff --no-index` and fails on --cached
 * with a misleading message, so a failed scan asks rev-parse what is really wrong.
 */
export async function repositoryProblem(cwd: string = process.cwd()): Promise<string | undefined> {
  const tooOld = await gitTooOld(cwd);
  if (tooOld) return tooOld;
  try {
    const bare = await gitClient(cwd).raw(['rev-parse', '--is-bare-repository']);
    return bare.trim() === 'true' ? describeGitFailure('must be run in a work tree', 128) : undefined;
  } catch (error) {
    return describeGitFailure(error instanceof Error ? error.message : String(error), 128);
  }
}

/**
 * The work tree's top level, or a GitSetupError saying why there is none (same words as a failed
 * scan). Spawned like the diff rather than through simple-git: it runs on every commit, beside the
 * staged diff, and needs nothing more.
 */
export async function topLevel(cwd: string = process.cwd()): Promise<string> {
  return (await spawnedOutput(TOPLEVEL_ARGS, cwd)).replace(/\n$/, '');
}

/**
 * The whole output of a small git command, spawned like the diff. For the commands every commit
 * runs (top level, stamp path, index tree): loading simple-git would cost more than they do.
 */
async function spawnedOutput(args: readonly string[], cwd: string | undefined, env?: Record<string, string>): Promise<string> {
  const chunks: Buffer[] = [];
  await streamGit(args, { onData: (chunk) => chunks.push(chunk), ...(env ? { env } : {}) }, cwd);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Paths (from the top level) of the work tree's files under `pathspecs` (all when empty): tracked
 * and untracked-not-ignored, or with `trackedOnly` the tracked ones. Each path once, in git's order.
 */
export async function listFiles(pathspecs: readonly string[], options: { cwd?: string; trackedOnly?: boolean } = {}): Promise<string[]> {
  const args = options.trackedOnly ? TRACKED_FILES_ARGS : WORKTREE_FILES_ARGS;
  const chunks: Buffer[] = [];
  await streamGit([...args, '--', ...pathspecs], { onData: (chunk) => chunks.push(chunk) }, options.cwd);
  // An unmerged path is listed once per stage: keep one.
  const paths = new Set(Buffer.concat(chunks).toString('utf8').split('\0'));
  paths.delete('');
  return [...paths];
}

/**
 * Index files that match an extended regex: `git grep --cached`, so it reads what is about to be
 * committed (GIT_INDEX_FILE too). Pinned flags: paths from the top level whatever the cwd, NUL
 * separated, binary files skipped, and `-E` over the user's grep.patternType.
 */
export const GREP_INDEX_ARGS = ['grep', '--cached', '-l', '-z', '-I', '--full-name', '--no-color', '--no-recurse-submodules', '-E'] as const;

/** Paths (from the top level) of index files under the `globs` whose text matches `pattern`. */
export async function grepIndex(pattern: string, globs: readonly string[], cwd?: string): Promise<string[]> {
  const chunks: Buffer[] = [];
  const pathspecs = globs.map((glob) => `:(top,glob)${glob}`);
  // git grep exits 1 when nothing matches.
  await streamGit([...GREP_INDEX_ARGS, '-e', pattern, '--', ...pathspecs], { onData: (chunk) => chunks.push(chunk), alsoSucceedsWith: [1] }, cwd);
  return Buffer.concat(chunks).toString('utf8').split('\0').filter((path) => path !== '');
}

/** The index's blob id of each of `paths` (stage 0), by path; paths git cannot name on a line are left out. */
export async function indexBlobIds(paths: readonly string[], cwd?: string): Promise<Map<string, string>> {
  const named = paths.filter((path) => !/[\n\r]/.test(path));
  const ids = new Map<string, string>();
  if (named.length === 0) return ids;
  const out = (await gitWithInput(BLOB_SIZES_ARGS, named.map((path) => `:${path}\n`).join(''), cwd)).toString('utf8').split('\n');
  named.forEach((path, index) => {
    const [id, type] = (out[index] ?? '').split(' ');
    if (type === 'blob' && id !== undefined && OBJECT_ID.test(id)) ids.set(path, id);
  });
  return ids;
}

// ---- History, records and hooks (range scans, bypass detection, init, doctor) ----

/** The diff-format flags of STAGED_DIFF_ARGS without `diff --cached`: history is read in the same pinned shape. */
const DIFF_FORMAT_ARGS = STAGED_DIFF_ARGS.filter((arg) => arg !== 'diff' && arg !== '--cached');

/** Starts each commit's header in history output. A line of the patch can never begin with it: hunk lines start with + - space or \, and git quotes control characters in every path it prints. */
export const COMMIT_MARKER = 0x01;

/** Separates the fields of a commit header (a byte no id, date or trailer value holds). */
export const HEADER_FIELD_SEPARATOR = '\x1f';

/** The trailer a sanctioned override adds to the commit message, read back by range scans. */
export const OVERRIDE_TRAILER = 'Jwtguard-Override';

/** Commit id, tree id, author, author date, then the override trailers' values (one per line). */
const COMMIT_HEADER_FORMAT = `%x01%H%x1f%T%x1f%an <%ae>%x1f%aI%x1f%(trailers:key=${OVERRIDE_TRAILER},valueonly,unfold)`;

/**
 * `git log` over a range as one stream: per commit, a header (COMMIT_HEADER_FORMAT, NUL-ended
 * under -z), a newline, the raw records and the patch, exactly as STAGED_DIFF_ARGS prints them.
 * Policy: every non-merge commit in the range is read on its own (side branches too, not only
 * first parents), so a finding names the commit that added it; a merge adds no lines of its own
 * except a conflict resolution, which the staged scan of that `git commit` reads.
 */
export const HISTORY_LOG_ARGS = [
  '-c', 'log.showRoot=true', // log.showRoot=false would hide what the root commit added
  'log',
  `--format=tformat:${COMMIT_HEADER_FORMAT}`,
  '--no-merges', // see the policy above
  '--diff-filter=ACMRT', // only files that gain content; a commit that adds nothing is not listed
  '--no-show-signature', // log.showSignature would run gpg and print its output before the header
  '--no-notes', // notes are read on purpose (audit), never mixed into a scan
  ...DIFF_FORMAT_ARGS,
] as const;

/** Where jwtguard keeps its stamps and audit log: `common/` is shared by every worktree (gitrepository-layout). */
export const RECORDS_GIT_PATH = 'common/jwtguard';

/** The notes ref that carries bypass and override records, so they can be pushed and reviewed. */
export const NOTES_REF = 'refs/notes/jwtguard';

/** Commit id, tree id, author, author date, parents: what a record says about a commit. */
const COMMIT_INFO_FORMAT = '%H%x1f%T%x1f%an <%ae>%x1f%aI%x1f%P';

/** A small git command through simple-git; a failure becomes a GitSetupError naming the cause. */
async function gitSmall(args: readonly string[], cwd: string | undefined): Promise<string> {
  try {
    return await gitClient(cwd).raw([...args]);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new GitSetupError(/\bENOENT\b/.test(message) ? gitMissingMessage() : describeGitFailure(message, 128));
  }
}

/**
 * Streams HISTORY_LOG_ARGS over `revisions` (ranges, ids, `--not`, `--remotes=…`, `--all`,
 * `--ignore-missing` where a missing object is expected, never for a user's range). Callers
 * pass only revisions they built or checked (none starting with `-` from a user); `--` keeps a
 * revision that is also a file name from being read as a path.
 */
export function streamHistory(revisions: readonly string[], handlers: StreamHandlers, cwd?: string): Promise<void> {
  return streamGit([...HISTORY_LOG_ARGS, ...revisions, '--'], handlers, cwd);
}

/** Only these commits, only these paths, as text whatever their attributes say (see scan/hiddenText.ts). */
export function streamHistoryText(commits: readonly string[], paths: readonly string[], handlers: StreamHandlers, cwd?: string): Promise<void> {
  const literal = paths.map((path) => `:(literal)${path}`);
  return streamGit([...HISTORY_LOG_ARGS, '--text', '--no-walk=unsorted', ...commits, '--', ...literal], handlers, cwd);
}

export interface CommitListing {
  id: string;
  tree: string;
  author: string;
  date: string;
  /** Values of the override trailers in the message. */
  overrides: string[];
  /** The commit's note under NOTES_REF, '' when none. */
  note: string;
}

/** Lists the non-merge commits of `revisions` with their override trailers and jwtguard notes (for audit). */
export async function listCommits(revisions: readonly string[], cwd?: string): Promise<CommitListing[]> {
  const out = await gitSmall(
    [
      'log', '-z', '--no-merges', '--no-show-signature',
      `--format=tformat:%H%x1f%T%x1f%an <%ae>%x1f%aI%x1f%(trailers:key=${OVERRIDE_TRAILER},valueonly,unfold)%x1f%N`,
      '--no-notes', `--notes=${NOTES_REF}`, // only jwtguard's notes, whatever notes.displayRef says
      ...revisions, '--',
    ],
    cwd,
  );
  return out
    .split('\0')
    .filter((record) => record.trim() !== '')
    .map((record) => {
      const [id = '', tree = '', author = '', date = '', trailers = '', note = ''] = record.replace(/^\n/, '').split(HEADER_FIELD_SEPARATOR);
      return { id, tree, author, date, overrides: trailers.split('\n').map((v) => v.trim()).filter(Boolean), note: note.trim() };
    });
}

/** `git rev-parse --git-path <name>`, absolute: honours worktrees, core.hooksPath (for `hooks`) and GIT_DIR. */
export async function gitPath(name: string, cwd: string = process.cwd()): Promise<string> {
  const out = (await spawnedOutput(['rev-parse', '--git-path', name], cwd)).trim();
  return resolvePath(cwd, out);
}

/**
 * What a staged scan needs to know of the repository: its top level (config, baseline), jwtguard's
 * records dir (RECORDS_GIT_PATH) and the index file git reads (GIT_INDEX_FILE honoured), both
 * absolute. In a hook at the top level they are known without git (topLevelPaths); otherwise from
 * one rev-parse beside the diff, whose last two lines are the paths (a top level may hold a newline).
 */
export async function stagedScanPaths(cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<StagedScanPaths> {
  const atTopLevel = topLevelPaths(cwd, env);
  if (atTopLevel) return atTopLevel;
  const lines = (await spawnedOutput([...TOPLEVEL_ARGS, '--git-path', RECORDS_GIT_PATH, '--git-path', 'index'], cwd)).replace(/\n$/, '').split('\n');
  const indexFile = lines.pop() ?? '';
  const recordsDir = lines.pop() ?? '';
  return { topLevel: lines.join('\n'), recordsDir: resolvePath(cwd, recordsDir), indexFile: resolvePath(cwd, indexFile) };
}

export interface StagedScanPaths {
  topLevel: string;
  recordsDir: string;
  indexFile: string;
}

/** Set in a repository's own config, these move or hide its work tree, or read other files. */
const WORK_TREE_CONFIG = /worktree|bare\s*=\s*true|include/i;

/**
 * What rev-parse would print for stagedScanPaths, without starting it, in the case of a hook: git
 * runs pre-commit at the top level of the work tree. When this directory holds the repository
 * itself (a `.git` folder, not a linked worktree's or submodule's `.git` file), no GIT_DIR,
 * GIT_WORK_TREE or GIT_COMMON_DIR points elsewhere and its config neither moves the work tree nor
 * includes other files, the top level is this directory. Anything else is left to rev-parse.
 */
export function topLevelPaths(cwd: string, env: NodeJS.ProcessEnv): StagedScanPaths | undefined {
  if (env.GIT_DIR !== undefined || env.GIT_WORK_TREE !== undefined || env.GIT_COMMON_DIR !== undefined) return undefined;
  const gitDir = join(cwd, '.git');
  try {
    if (existsSync(join(gitDir, 'commondir')) || !existsSync(join(gitDir, 'HEAD'))) return undefined;
    if (WORK_TREE_CONFIG.test(readFileSync(join(gitDir, 'config'), 'latin1'))) return undefined;
  } catch {
    return undefined; // no .git folder here, or no config in it
  }
  const indexFile = env.GIT_INDEX_FILE ? resolvePath(cwd, env.GIT_INDEX_FILE) : join(gitDir, 'index');
  return { topLevel: cwd, recordsDir: join(gitDir, RECORDS_GIT_PATH), indexFile };
}

/**
 * HEAD's tree id and jwtguard's records dir (absolute) from one rev-parse: all post-commit needs
 * to find a commit's stamp. Undefined when there is no HEAD commit yet.
 */
export async function headTreeAndRecordsDir(cwd: string): Promise<{ tree: string; recordsDir: string } | undefined> {
  let output: string;
  try {
    output = await spawnedOutput(['rev-parse', 'HEAD^{tree}', '--git-path', RECORDS_GIT_PATH], cwd);
  } catch (error) {
    // git's own words for a repository without commits: the caller says what that means.
    if (error instanceof GitSetupError && /unknown revision/.test(error.message)) return undefined;
    throw error;
  }
  const [tree = '', path = ''] = output.split('\n');
  return { tree, recordsDir: resolvePath(cwd, path) };
}

/**
 * The tree id of the index git is about to commit (`indexFile`, see stagedScanPaths): the key
 * of a scan stamp. Inside `git commit` the index holds it already (see indexFile.ts). Otherwise
 * write-tree works it out; it stores the trees it computes in the index it reads (its cache-tree),
 * so it reads a copy, made in `scratchDir` (jwtguard's records) and removed: the index itself is
 * never written.
 */
export async function indexTree(indexFile: string, scratchDir: string, cwd?: string): Promise<string> {
  const cached = cachedRootTreeOf(indexFile);
  if (cached !== undefined) return cached;
  mkdirSync(scratchDir, { recursive: true });
  const copy = join(scratchDir, `index-${process.pid}`);
  try {
    try {
      copyFileSync(indexFile, copy);
    } catch (error) {
      // No index yet: git reads a missing one as empty, and so does write-tree.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    return (await spawnedOutput(['write-tree'], cwd, { GIT_INDEX_FILE: copy })).trim();
  } finally {
    rmSync(copy, { force: true });
    rmSync(`${copy}.lock`, { force: true });
  }
}

function cachedRootTreeOf(indexFile: string): string | undefined {
  try {
    return cachedRootTree(readFileSync(indexFile));
  } catch {
    return undefined; // no index yet, or unreadable: write-tree says what git makes of it
  }
}

export interface CommitInfo {
  id: string;
  tree: string;
  author: string;
  date: string;
  parents: string[];
}

export async function commitInfo(revision: string, cwd?: string): Promise<CommitInfo> {
  // Spawned directly: post-commit asks this on every commit, and simple-git takes a few ms to load.
  const out = await spawnedOutput(['show', '-s', '--no-show-signature', `--format=${COMMIT_INFO_FORMAT}`, revision, '--'], cwd);
  const [id = '', tree = '', author = '', date = '', parents = ''] = out.trim().split(HEADER_FIELD_SEPARATOR);
  return { id, tree, author, date, parents: parents.split(' ').filter(Boolean) };
}

/** The current branch's short name, or '' on a detached HEAD. */
export async function currentBranch(cwd?: string): Promise<string> {
  try {
    return (await gitClient(cwd).raw(['symbolic-ref', '--short', '-q', 'HEAD'])).trim();
  } catch {
    return '';
  }
}

/** What moved HEAD last, from its reflog ("commit: …", "commit (amend): …", "cherry-pick: …", "rebase (pick): …"); '' when there is no reflog. */
export async function lastHeadAction(cwd?: string): Promise<string> {
  try {
    return (await gitClient(cwd).raw(['log', '-g', '-1', '--no-show-signature', '--format=%gs', 'HEAD', '--'])).trim();
  } catch {
    return '';
  }
}

/** Who a notes commit is by: the person's identity as git would take it for their own commits. */
const GIT_IDENTITY_ENV = ['GIT_AUTHOR_NAME', 'GIT_AUTHOR_EMAIL', 'GIT_AUTHOR_DATE', 'GIT_COMMITTER_NAME', 'GIT_COMMITTER_EMAIL', 'GIT_COMMITTER_DATE'] as const;

/** Attaches `text` as the commit's note under NOTES_REF, replacing an older jwtguard note. */
export async function addNote(commit: string, text: string, cwd: string = process.cwd(), env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const identity: Record<string, string> = {};
  for (const key of GIT_IDENTITY_ENV) if (env[key] !== undefined) identity[key] = env[key]!;
  const client = newSimpleGit(cwd, { ...gitEnvironment(env), ...identity }, { allowEnvironment: GIT_IDENTITY_ENV });
  try {
    await client.raw(['notes', `--ref=${NOTES_REF}`, 'add', '-f', '-m', text, commit]);
  } catch (error) {
    throw new GitSetupError(describeGitFailure(error instanceof Error ? error.message : String(error), 128));
  }
}

/**
 * Adds `key: value` to the commit message file in place (the commit-msg hook exists to edit it).
 * Placement is pinned so that a user's trailer.* settings cannot drop or duplicate it.
 */
export async function addTrailer(messageFile: string, key: string, value: string, cwd?: string): Promise<void> {
  await gitSmall(['interpret-trailers', '--in-place', '--where', 'end', '--if-exists', 'addIfDifferent', '--if-missing', 'add', '--trailer', `${key}: ${value}`, messageFile], cwd);
}

/**
 * The oldest git jwtguard supports: the flags it pins (--no-optional-locks, --inter-hunk-context,
 * `:(literal)` pathspecs, interpret-trailers placement) are all in 2.25 (Ubuntu 20.04's git).
 */
export const MIN_GIT_VERSION = [2, 25, 0] as const;

/** A sentence naming the installed git and the minimum when git is older than MIN_GIT_VERSION. */
export async function gitTooOld(cwd?: string): Promise<string | undefined> {
  let version: number[];
  try {
    version = await gitVersion(cwd);
  } catch {
    return undefined;
  }
  for (let i = 0; i < MIN_GIT_VERSION.length; i++) {
    if ((version[i] ?? 0) > MIN_GIT_VERSION[i]!) return undefined;
    if ((version[i] ?? 0) < MIN_GIT_VERSION[i]!) {
      return `git ${version.join('.')} is older than ${MIN_GIT_VERSION.join('.')}, the oldest jwtguard supports: upgrade git`;
    }
  }
  return undefined;
}

/** git's version as numbers, e.g. [2, 39, 5]. */
export async function gitVersion(cwd?: string): Promise<number[]> {
  const out = await gitSmall(['version'], cwd);
  const match = /(\d+)\.(\d+)(?:\.(\d+))?/.exec(out);
  if (!match) throw new GitSetupError(`could not read git's version from "${out.trim()}"`);
  return [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)];
}

/** The repository's own core.hooksPath setting, or '' when unset. */
export async function hooksPathSetting(cwd?: string): Promise<string> {
  try {
    return (await gitClient(cwd).raw(['config', '--get', 'core.hooksPath'])).trim();
  } catch {
    return '';
  }
}

/** Sets core.hooksPath in the repository's own config (what `init --hooks-path` exists to do). */
export async function setHooksPath(value: string, cwd: string = process.cwd()): Promise<void> {
  const client = newSimpleGit(cwd, gitEnvironment(), { unsafe: { allowUnsafeHooksPath: true } });
  try {
    await client.raw(['config', '--local', 'core.hooksPath', value]);
  } catch (error) {
    throw new GitSetupError(describeGitFailure(error instanceof Error ? error.message : String(error), 128));
  }
}

/** The staged diff of only these paths, as text whatever their attributes say (see scanStaged). */
export function stagedTextDiffArgs(paths: readonly string[]): string[] {
  // `:(literal)` keeps a name with `*` or `?` from being read as a pattern.
  return [...STAGED_DIFF_ARGS, '--text', '--', ...paths.map((path) => `:(literal)${path}`)];
}

export interface StreamHandlers {
  onData(chunk: Buffer): void;
  /** Written to git's standard input, which is then closed (none when absent). */
  input?: string;
  /** Location variables set for this command on top of gitEnvironment() (GIT_INDEX_FILE). */
  env?: Record<string, string>;
  /** Exit codes besides 0 that mean success (git grep's 1: nothing matched). */
  alsoSucceedsWith?: readonly number[];
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
      env: handlers.env ? { ...gitEnvironment(), ...handlers.env } : gitEnvironment(),
      stdio: [handlers.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      windowsHide: true,
    });
    if (handlers.input !== undefined) {
      // git may exit early (a bad repository) and close its end: that error is reported by 'close'.
      child.stdin!.on('error', () => {});
      child.stdin!.end(handlers.input);
    }
    const stderr: Buffer[] = [];
    let stderrBytes = 0;
    child.stderr!.on('data', (chunk: Buffer) => {
      // Keep only the start of stderr: it is for one error line, not a log.
      if (stderrBytes < 64 * 1024) stderr.push(chunk);
      stderrBytes += chunk.length;
    });
    child.stdout!.on('data', (chunk: Buffer) => {
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
      if (code === 0 || (code !== null && handlers.alsoSucceedsWith?.includes(code))) finish();
      else if (signal) finish(new Error(`git was stopped by ${signal} before the diff was read to the end`));
      else finish(new GitSetupError(describeGitFailure(Buffer.concat(stderr).toString('utf8'), code)));
    });
  });
}

// ---- Staged file contents (identifier flow, JWT imports outside the diff) ----

/** Object sizes for ids read from standard input, one git process for them all: `<id> <type> <size>`. */
export const BLOB_SIZES_ARGS = ['cat-file', '--batch-check'] as const;

/**
 * Objects for ids read from standard input, as stored (no textconv driver or filter applies, unlike
 * `git show`): per object a `<id> <type> <size>` line, the bytes, and a newline.
 */
export const READ_BLOBS_ARGS = ['cat-file', '--batch'] as const;

/** A full object id: anything else (an empty or abbreviated id) is never passed to git. */
const OBJECT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/** Most bytes read for one scan's blobs together, whatever their number. */
const MAX_BLOB_BYTES_TOTAL = 32 * 1024 * 1024;

/** Runs git with `input` on standard input and returns its whole output (for bounded outputs only). */
async function gitWithInput(args: readonly string[], input: string, cwd: string = process.cwd()): Promise<Buffer> {
  const out: Buffer[] = [];
  await streamGit(args, { onData: (chunk) => out.push(chunk), input }, cwd);
  return Buffer.concat(out);
}

/**
 * The text of each blob in `ids` (staged files' new content, from DiffFile.blob) that is at most
 * `maxBytes` long, by id. Two git processes however many blobs: their sizes, then the contents of
 * those small enough. Ids that are not full object ids, or name no blob, are left out.
 */
export async function readBlobs(ids: readonly string[], maxBytes: number, cwd?: string): Promise<Map<string, string>> {
  const wanted = [...new Set(ids)].filter((id) => OBJECT_ID.test(id) && !/^0+$/.test(id));
  const texts = new Map<string, string>();
  if (wanted.length === 0) return texts;
  const sizes = (await gitWithInput(BLOB_SIZES_ARGS, `${wanted.join('\n')}\n`, cwd)).toString('utf8');
  const small: string[] = [];
  let total = 0;
  for (const line of sizes.split('\n')) {
    const [id, type, size] = line.split(' ');
    const bytes = Number(size);
    if (type !== 'blob' || !Number.isFinite(bytes) || bytes > maxBytes || total + bytes > MAX_BLOB_BYTES_TOTAL) continue;
    total += bytes;
    small.push(id!);
  }
  if (small.length === 0) return texts;
  const out = await gitWithInput(READ_BLOBS_ARGS, `${small.join('\n')}\n`, cwd);
  let at = 0;
  while (at < out.length) {
    const headerEnd = out.indexOf(0x0a, at);
    if (headerEnd === -1) break;
    const [id, type, size] = out.subarray(at, headerEnd).toString('utf8').split(' ');
    const bytes = Number(size);
    if (type === undefined || size === undefined || !Number.isFinite(bytes)) {
      at = headerEnd + 1; // `<id> missing`
      continue;
    }
    texts.set(id!, out.subarray(headerEnd + 1, headerEnd + 1 + bytes).toString('utf8'));
    at = headerEnd + 1 + bytes + 1;
  }
  return texts;
}
