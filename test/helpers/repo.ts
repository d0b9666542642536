// Temporary git repositories for tests: real git, real hooks, never the working directory.
import { execFileSync, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The bin users get: the file package.json names (the bundled build). */
export const CLI = join(PROJECT_ROOT, (JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { bin: { jwtguard: string } }).bin.jwtguard);
export const HOOKS_DIR = join(PROJECT_ROOT, 'hooks');

const scratch = mkdtempSync(join(tmpdir(), 'jwtguard-test-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));
/** A home with no git config, so the machine's own settings cannot leak into a test. */
const HOME = join(scratch, 'home');
mkdirSync(HOME, { recursive: true });
/** A folder holding a `jwtguard` command that runs the built CLI, put first on PATH for hooks. */
const SHIM_DIR = join(scratch, 'bin');
mkdirSync(SHIM_DIR, { recursive: true });
writeFileSync(join(SHIM_DIR, 'jwtguard'), `#!/bin/sh\nexec "${process.execPath}" "${CLI}" "$@"\n`);
chmodSync(join(SHIM_DIR, 'jwtguard'), 0o755);

export function testEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!key.startsWith('GIT_')) env[key] = value;
  return {
    ...env,
    HOME,
    XDG_CONFIG_HOME: join(HOME, '.config'),
    GIT_CONFIG_NOSYSTEM: '1',
    PATH: `${SHIM_DIR}:${process.env.PATH ?? ''}`,
    NO_COLOR: '1',
    GIT_AUTHOR_NAME: 'Test',
    GIT_AUTHOR_EMAIL: 'test@example.com',
    GIT_COMMITTER_NAME: 'Test',
    GIT_COMMITTER_EMAIL: 'test@example.com',
    ...extra,
  };
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function asRun(result: SpawnSyncReturns<string>): Run {
  if (result.error) throw result.error;
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

export class Repo {
  constructor(readonly dir: string) {}

  static create(options: { initialBranch?: string; objectFormat?: 'sha1' | 'sha256' } = {}): Repo {
    const dir = mkdtempSync(join(scratch, 'repo-'));
    const repo = new Repo(dir);
    repo.git('init', '-q', `--initial-branch=${options.initialBranch ?? 'main'}`, `--object-format=${options.objectFormat ?? 'sha1'}`);
    repo.git('config', 'commit.gpgsign', 'false');
    return repo;
  }

  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, env: testEnv(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  }

  /** Runs git and returns its exit code and output instead of throwing. */
  tryGit(args: string[], env: NodeJS.ProcessEnv = {}): Run {
    return asRun(spawnSync('git', args, { cwd: this.dir, env: testEnv(env), encoding: 'utf8' }));
  }

  write(path: string, content: string | Buffer): void {
    const full = join(this.dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }

  /** Writes files and stages them. */
  stage(files: Record<string, string | Buffer>): void {
    for (const [path, content] of Object.entries(files)) this.write(path, content);
    this.git('add', '--', ...Object.keys(files));
  }

  /** Commits without hooks, to set up history. */
  commitQuietly(message = 'setup'): void {
    this.git('commit', '-q', '--no-verify', '--allow-empty', '-m', message);
  }

  /** Uses this project's hooks/ for this repository, as the README shows. */
  useProjectHooks(): void {
    this.git('config', 'core.hooksPath', HOOKS_DIR);
  }

  /** A real `git commit` through whatever hooks are installed. */
  commit(args: string[] = ['-m', 'change'], env: NodeJS.ProcessEnv = {}): Run {
    return this.tryGit(['commit', ...args], env);
  }

  jwtguard(args: string[] = [], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Run {
    return asRun(
      spawnSync(process.execPath, [CLI, ...args], {
        cwd: options.cwd ?? this.dir,
        env: testEnv(options.env),
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
      }),
    );
  }

  /** jwtguard --format json, parsed. */
  jwtguardJson(args: string[] = [], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): { code: number; report: JsonReport } {
    const run = this.jwtguard([...args, '--format', 'json'], options);
    if (run.code === 2) throw new Error(`jwtguard failed: ${run.stderr}`);
    return { code: run.code, report: JSON.parse(run.stdout) as JsonReport };
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** `--format json`, version 2 (documented in the README). */
export interface JsonReport {
  version: number;
  findings: Array<{
    rule: string;
    severity: string;
    path: string;
    line: number;
    column: number;
    commit: string | null;
    match: string;
    fingerprint: string;
    blocking: boolean;
    context: 'code' | 'test' | 'docs';
    allowedBy: { kind: 'comment' | 'config' | string; reason: string } | null;
  }>;
  summary: { blocking: number; warnings: number; allowed: number; baselined: number };
  skipped: Array<{ path: string; reason: string }>;
  scanned: { files: number; addedLines: number; excludedFiles: number };
}

/** A scratch folder that is not inside any repository. */
export function scratchDir(): string {
  return mkdtempSync(join(scratch, 'plain-'));
}

/** Every secret must be absent, in full, from every piece of output. */
export function expectNoSecret(outputs: Array<string | Run>, secrets: string[]): void {
  for (const output of outputs) {
    const text = typeof output === 'string' ? output : `${output.stdout}\n${output.stderr}`;
    for (const secret of secrets) {
      if (text.includes(secret)) throw new Error(`the secret "${secret.slice(0, 3)}…" appears in full in the output`);
    }
  }
}
