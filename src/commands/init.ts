// `jwtguard init`: one command that sets a repository up for the whole team. With a package.json:
// husky and jwtguard as devDependencies (with the package manager the lockfile names), the
// `prepare: husky` script, and jwtguard's line in each husky hook. Without one, `--hooks-path`
// copies the scripts of hooks/ to .githooks/ and points core.hooksPath there. It keeps what is
// already in a hook, changes nothing on a second run, and says what it wrote.
import { existsSync } from 'node:fs';
import { chmod, copyFile, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { hooksPathSetting, setHooksPath, topLevel } from '../git/git.js';
import { HOOKS, runsJwtguard, withCurrentLine, withJwtguardLine } from '../init/hookFiles.js';
import { addDevCommand, detectPackageManager, runCommand, runHuskyCommand, shown, type PackageManager } from '../init/packageManager.js';
import { initMessages } from '../messages.js';
import { packageRoot } from '../packageRoot.js';
import { EXIT_CLEAN, EXIT_ERROR, parseOptions, UsageError, type Command, type CommandResult } from './command.js';

export const HELP = `Usage: jwtguard init [--no-install]
       jwtguard init --hooks-path

In a repository with a package.json (at its top level): adds husky and jwtguard as
devDependencies with the package manager its lockfile names (npm, pnpm, yarn, bun), sets the
"prepare": "husky" script, and adds jwtguard to the husky hooks:
  .husky/pre-commit    jwtguard staged            the staged scan
  .husky/commit-msg    jwtguard commit-msg "$1"   the JWTGUARD_OVERRIDE trailer
  .husky/post-commit   jwtguard post-commit       the bypass check (runs even after --no-verify)
  .husky/pre-push      jwtguard pre-push "$@"     the range scan of what is pushed
(commit-msg starts no Node without JWTGUARD_OVERRIDE, post-commit none for a commit the staged
scan stamped: each line has a shell test before jwtguard.)
Lines already in a hook (lint-staged, tests) stay; jwtguard's line goes last; a line an earlier
init wrote is replaced by today's. A second run changes nothing. Commit package.json, the lockfile
and .husky/: every clone then gets the hooks from \`npm install\`.

Options:
  --no-install   write the files but install nothing: prints the commands to run instead
  --hooks-path   for a repository without package.json: copies jwtguard's hook scripts to
                 .githooks/ and sets core.hooksPath to it (commit .githooks/; each clone runs
                 \`git config core.hooksPath .githooks\` once, or \`jwtguard init --hooks-path\`)
`;

const HUSKY_DIR = '.husky';
const HUSKY_HOOKS_PATH = '.husky/_';
const GITHOOKS_DIR = '.githooks';
const DEV_PACKAGES = ['husky', 'jwtguard'] as const;
/** The hook scripts this package ships, next to dist/. */
const SHIPPED_HOOKS = join(packageRoot(), 'hooks');

async function readText(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}

async function isExecutable(path: string): Promise<boolean> {
  try {
    return ((await stat(path)).mode & 0o111) !== 0;
  } catch {
    return false;
  }
}

interface PackageJson {
  scripts?: Record<string, unknown>;
  dependencies?: Record<string, unknown>;
  devDependencies?: Record<string, unknown>;
  packageManager?: unknown;
}

/** package.json as written: parsed, plus its indent and final newline so a rewrite keeps its look. */
async function readPackageJson(path: string): Promise<{ json: PackageJson; indent: string; newline: boolean }> {
  const text = await readFile(path, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(initMessages.badPackageJson(error instanceof Error ? error.message : String(error)));
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new UsageError(initMessages.badPackageJson('it is not an object'));
  const indent = /^[ \t]+(?=")/m.exec(text)?.[0] ?? '  ';
  return { json: json as PackageJson, indent, newline: text.endsWith('\n') };
}

/** The prepare script with husky in it: `husky` alone, or `husky && <what was there>`. */
function preparedScript(current: unknown): string | undefined {
  if (typeof current !== 'string' || current.trim() === '') return 'husky';
  if (/(?:^|[\s;&|])husky(?:$|[\s;&|])/.test(current)) return undefined;
  return `husky && ${current}`;
}

async function initHusky(top: string, noInstall: boolean, env: NodeJS.ProcessEnv): Promise<CommandResult> {
  const packagePath = join(top, 'package.json');
  const wrote: string[] = [];
  const unchanged: string[] = [];
  const todo: string[] = [];

  const { json, indent, newline } = await readPackageJson(packagePath);
  const pm: PackageManager = detectPackageManager(top, json);
  const prepare = preparedScript(json.scripts?.prepare);
  if (prepare !== undefined) {
    json.scripts = { ...(json.scripts ?? {}), prepare };
    await writeFile(packagePath, `${JSON.stringify(json, null, indent)}${newline ? '\n' : ''}`);
    wrote.push(initMessages.wrotePrepare(prepare));
  } else {
    unchanged.push('package.json (prepare runs husky)');
  }

  await mkdir(join(top, HUSKY_DIR), { recursive: true });
  for (const hook of HOOKS) {
    const file = join(top, HUSKY_DIR, hook.name);
    const existing = await readText(file);
    const current = withCurrentLine(existing, hook);
    if (current) {
      await writeFile(file, current.script, { mode: 0o755 });
      wrote.push(initMessages.updatedHook(`${HUSKY_DIR}/${hook.name}`, current.replaced, hook.huskyLine, hook.purpose));
      continue;
    }
    const next = withJwtguardLine(existing, hook);
    if (next === undefined) {
      unchanged.push(`${HUSKY_DIR}/${hook.name}`);
      continue;
    }
    await writeFile(file, next, { mode: 0o755 });
    wrote.push(initMessages.wroteHook(`${HUSKY_DIR}/${hook.name}`, hook.huskyLine, hook.purpose, existing !== undefined && existing.trim() !== ''));
  }

  const declared = { ...(json.dependencies ?? {}), ...(json.devDependencies ?? {}) };
  const missing = DEV_PACKAGES.filter((name) => !(name in declared));
  if (missing.length > 0) {
    const install = addDevCommand(pm.name, missing);
    if (noInstall) {
      todo.push(shown(install));
    } else {
      const run = await runCommand(install, top, env);
      if (run.code !== 0) return failed(wrote, initMessages.installFailed(shown(install), run.output));
      wrote.push(initMessages.ran(shown(install), `added ${missing.join(' and ')} to devDependencies (${pm.source})`));
    }
  } else {
    unchanged.push('devDependencies (husky, jwtguard)');
  }

  const huskyActive = (await hooksPathSetting(top)) === HUSKY_HOOKS_PATH && existsSync(join(top, HUSKY_HOOKS_PATH, 'h'));
  if (huskyActive) {
    unchanged.push(`core.hooksPath (${HUSKY_HOOKS_PATH})`);
  } else {
    const husky = runHuskyCommand(pm.name);
    if (noInstall) {
      todo.push(shown(husky));
    } else {
      const run = await runCommand(husky, top, env);
      if (run.code !== 0 || (await hooksPathSetting(top)) !== HUSKY_HOOKS_PATH) {
        return failed(wrote, initMessages.huskyFailed(shown(husky), run.output, pm.name));
      }
      wrote.push(initMessages.ran(shown(husky), `core.hooksPath = ${HUSKY_HOOKS_PATH}`));
    }
  }
  return { stdout: initMessages.summary({ mode: `husky, ${pm.name} (${pm.source})`, wrote, unchanged, todo, commitHint: initMessages.commitHusky }), exitCode: EXIT_CLEAN };
}

function failed(wrote: string[], message: string): CommandResult {
  return { stdout: wrote.map((line) => `  ${line}\n`).join(''), stderr: `jwtguard: ${message}\n`, exitCode: EXIT_ERROR };
}

async function initHooksPath(top: string): Promise<CommandResult> {
  const wrote: string[] = [];
  const unchanged: string[] = [];
  const todo: string[] = [];
  const dir = join(top, GITHOOKS_DIR);
  await mkdir(dir, { recursive: true });
  for (const hook of HOOKS) {
    const target = join(dir, hook.name);
    const shownPath = `${GITHOOKS_DIR}/${hook.name}`;
    const existing = await readText(target);
    if (existing === undefined) {
      await copyFile(join(SHIPPED_HOOKS, hook.name), target);
      await chmod(target, 0o755);
      wrote.push(initMessages.copiedHook(shownPath, hook.purpose));
    } else if (!runsJwtguard(existing, hook)) {
      todo.push(initMessages.foreignHook(shownPath, hook.huskyLine));
    } else if (!(await isExecutable(target))) {
      await chmod(target, 0o755);
      wrote.push(initMessages.madeExecutable(shownPath));
    } else {
      unchanged.push(shownPath);
    }
  }
  const before = await hooksPathSetting(top);
  if (before === GITHOOKS_DIR) {
    unchanged.push(`core.hooksPath (${GITHOOKS_DIR})`);
  } else {
    await setHooksPath(GITHOOKS_DIR, top);
    wrote.push(initMessages.setHooksPath(GITHOOKS_DIR, before));
  }
  return { stdout: initMessages.summary({ mode: `core.hooksPath = ${GITHOOKS_DIR}`, wrote, unchanged, todo, commitHint: initMessages.commitGithooks }), exitCode: EXIT_CLEAN };
}

export const run: Command = async (argv, context) => {
  const options = parseOptions('init', argv, { flags: ['--no-install', '--hooks-path'] });
  const top = await topLevel(context.cwd);
  if (options.flags.has('--hooks-path')) {
    if (options.flags.has('--no-install')) throw new UsageError(initMessages.hooksPathInstalls);
    return initHooksPath(top);
  }
  if (!existsSync(join(top, 'package.json'))) throw new UsageError(initMessages.noPackageJson(top));
  return initHusky(top, options.flags.has('--no-install'), context.env);
};
