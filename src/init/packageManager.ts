// The project's package manager, as its lockfile (or package.json#packageManager) names it, and the
// commands init runs with it. Starting a package manager is init's job alone; git goes through git.ts.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export type PackageManagerName = 'npm' | 'pnpm' | 'yarn' | 'bun';

/** Lockfiles in the order they decide when several sit side by side. */
const LOCKFILES: ReadonlyArray<readonly [string, PackageManagerName]> = [
  ['pnpm-lock.yaml', 'pnpm'],
  ['yarn.lock', 'yarn'],
  ['bun.lock', 'bun'],
  ['bun.lockb', 'bun'],
  ['package-lock.json', 'npm'],
  ['npm-shrinkwrap.json', 'npm'],
];

export interface PackageManager {
  name: PackageManagerName;
  /** Why this one: the lockfile or field that named it. */
  source: string;
}

/** `packageManager` (corepack's field) first, then the lockfile; npm when nothing names one. */
export function detectPackageManager(top: string, packageJson: { packageManager?: unknown }): PackageManager {
  const field = typeof packageJson.packageManager === 'string' ? packageJson.packageManager : '';
  const named = /^(npm|pnpm|yarn|bun)@/.exec(field);
  if (named) return { name: named[1] as PackageManagerName, source: `package.json "packageManager": "${field}"` };
  for (const [file, name] of LOCKFILES) if (existsSync(join(top, file))) return { name, source: file };
  return { name: 'npm', source: 'no lockfile' };
}

/** The command that adds `packages` as devDependencies. */
export function addDevCommand(pm: PackageManagerName, packages: readonly string[]): string[] {
  switch (pm) {
    case 'npm':
      return ['npm', 'install', '--save-dev', ...packages];
    case 'pnpm':
      return ['pnpm', 'add', '--save-dev', ...packages];
    case 'yarn':
      return ['yarn', 'add', '--dev', ...packages];
    case 'bun':
      return ['bun', 'add', '--dev', ...packages];
  }
}

/** The command that runs the project's installed husky (it sets core.hooksPath to .husky/_). */
export function runHuskyCommand(pm: PackageManagerName): string[] {
  switch (pm) {
    case 'npm':
      return ['npx', '--no-install', 'husky'];
    case 'pnpm':
      return ['pnpm', 'exec', 'husky'];
    case 'yarn':
      return ['yarn', 'husky'];
    case 'bun':
      return ['bunx', 'husky'];
  }
}

/** A command as a person would type it (for messages). */
export function shown(command: readonly string[]): string {
  return command.map((word) => (/^[\w@./:=-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`)).join(' ');
}

export interface CommandRun {
  code: number;
  output: string;
}

/** Runs a package manager command in `cwd`, collecting its output; never throws for a non-zero exit. */
export function runCommand(command: readonly string[], cwd: string, env: NodeJS.ProcessEnv): Promise<CommandRun> {
  return new Promise((resolve) => {
    const [program = '', ...args] = command;
    const child = spawn(program, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
    const output: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('error', (error: NodeJS.ErrnoException) => {
      resolve({ code: -1, output: error.code === 'ENOENT' ? `${program} was not found on PATH` : error.message });
    });
    child.on('close', (code) => resolve({ code: code ?? -1, output: Buffer.concat(output).toString('utf8') }));
  });
}
