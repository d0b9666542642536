// `jwtguard doctor`: is this clone protected? git's version, the active hooks path, each hook
// (there, executable, running jwtguard), husky, jwtguard itself, the config. One ✓/✗ line each,
// a fix beside every ✗, exit 1 when anything is off.
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { delimiter, dirname, join, relative } from 'node:path';
import { gitPath, gitVersion, hooksPathSetting, topLevel } from '../git/git.js';
import { HOOKS, runsJwtguard } from '../init/hookFiles.js';
import { detectPackageManager, type PackageManagerName } from '../init/packageManager.js';
import { preparePlan } from '../config/plan.js';
import { doctorMessages } from '../messages.js';
import { EXIT_CLEAN, EXIT_FINDINGS, parseOptions, type Command } from './command.js';

export const HELP = `Usage: jwtguard doctor

Checks that this clone is protected: git's version, the active hooks path, that each hook
(pre-commit, commit-msg, post-commit, pre-push) exists, is executable and runs jwtguard, that husky
is installed when the project uses it, that jwtguard can be found by the hooks, and that the config
loads. Prints a ✓ or ✗ line for each, with the fix; exits 1 when something is off.
`;

const MIN_GIT = [2, 25] as const;

interface Check {
  ok: boolean;
  text: string;
  /** For a failed check: what to do about it. */
  fix?: string;
}

async function readText(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}

async function executable(path: string): Promise<boolean> {
  try {
    const info = await stat(path);
    return info.isFile() && (info.mode & 0o111) !== 0;
  } catch {
    return false;
  }
}

function onPath(command: string, env: NodeJS.ProcessEnv): string | undefined {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (dir !== '' && existsSync(join(dir, command))) return join(dir, command);
  }
  return undefined;
}

async function gitCheck(cwd: string): Promise<Check> {
  const version = await gitVersion(cwd);
  const [major = 0, minor = 0] = version;
  const ok = major > MIN_GIT[0] || (major === MIN_GIT[0] && minor >= MIN_GIT[1]);
  return ok
    ? { ok, text: doctorMessages.gitOk(version.join('.'), MIN_GIT.join('.')) }
    : { ok, text: doctorMessages.gitOld(version.join('.'), MIN_GIT.join('.')), fix: doctorMessages.gitFix };
}

/** `husky`: git runs .husky/_/<hook>, which runs .husky/<hook> with sh; `husky-inactive`: .husky/ is there but git does not look at it (reported once, above). */
type HookLayout = 'plain' | 'husky' | 'husky-inactive';

async function hookChecks(top: string, hooksDir: string, layout: HookLayout): Promise<Check[]> {
  const checks: Check[] = [];
  const show = (path: string) => relative(top, path) || path;
  const husky = layout !== 'plain';
  for (const hook of HOOKS) {
    const runner = join(hooksDir, hook.name);
    const script = layout === 'husky' ? join(dirname(hooksDir), hook.name) : husky ? join(top, '.husky', hook.name) : runner;
    const label = `${hook.name} (${hook.purpose})`;
    if (layout !== 'husky-inactive' && !(await executable(runner))) {
      const missing = !existsSync(runner);
      checks.push({
        ok: false,
        text: doctorMessages.hookRunner(label, show(runner), missing),
        fix: husky ? doctorMessages.fixHuskyRunner : missing ? doctorMessages.fixInit : doctorMessages.fixChmod(show(runner)),
      });
      continue;
    }
    const text = await readText(script);
    if (text === undefined) {
      checks.push({ ok: false, text: doctorMessages.hookMissing(label, show(script)), fix: doctorMessages.fixAddLine(hook.huskyLine, show(script)) });
    } else if (!runsJwtguard(text, hook)) {
      checks.push({ ok: false, text: doctorMessages.hookForeign(label, show(script)), fix: doctorMessages.fixAddLine(hook.huskyLine, show(script)) });
    } else {
      checks.push({ ok: true, text: doctorMessages.hookOk(label, show(script)) });
    }
  }
  return checks;
}

async function huskyCheck(top: string, pm: PackageManagerName): Promise<Check> {
  const manifest = await readText(join(top, 'node_modules', 'husky', 'package.json'));
  if (manifest === undefined) return { ok: false, text: doctorMessages.huskyMissing, fix: doctorMessages.fixInstall(pm) };
  const version = (JSON.parse(manifest) as { version?: string }).version ?? '?';
  return { ok: true, text: doctorMessages.huskyOk(version) };
}

function jwtguardCheck(top: string, env: NodeJS.ProcessEnv): Check {
  const local = join(top, 'node_modules', '.bin', 'jwtguard');
  if (existsSync(local)) return { ok: true, text: doctorMessages.jwtguardFound(relative(top, local)) };
  const global = onPath('jwtguard', env);
  if (global) return { ok: true, text: doctorMessages.jwtguardFound(global) };
  return { ok: false, text: doctorMessages.jwtguardMissing, fix: doctorMessages.fixInstallJwtguard };
}

async function configCheck(top: string): Promise<Check> {
  try {
    const plan = await preparePlan(top);
    return { ok: true, text: doctorMessages.configOk(plan.configSource) };
  } catch (error) {
    return { ok: false, text: doctorMessages.configBad(error instanceof Error ? error.message : String(error)), fix: doctorMessages.fixConfig };
  }
}

export const run: Command = async (argv, context) => {
  parseOptions('doctor', argv, {});
  const top = await topLevel(context.cwd);
  const checks: Check[] = [await gitCheck(top)];
  const setting = await hooksPathSetting(top);
  const hooksDir = await gitPath('hooks', top);
  const husky = /(?:^|\/)\.husky\/_\/?$/.test(setting);
  const shownHooksDir = relative(top, hooksDir) || hooksDir;
  if (!husky && existsSync(join(top, '.husky'))) {
    // The project uses husky, but this clone never ran it (no `npm install` yet, or HUSKY=0 then).
    checks.push({ ok: false, text: doctorMessages.huskyInactive(shownHooksDir), fix: doctorMessages.fixHuskyRunner });
  } else {
    checks.push({ ok: true, text: doctorMessages.hooksPath(shownHooksDir, setting) });
  }
  const layout: HookLayout = husky ? 'husky' : existsSync(join(top, '.husky')) ? 'husky-inactive' : 'plain';
  checks.push(...(await hookChecks(top, hooksDir, layout)));
  const packageText = await readText(join(top, 'package.json'));
  if (packageText !== undefined || layout !== 'plain') {
    let packageJson: { packageManager?: unknown } = {};
    try {
      packageJson = JSON.parse(packageText ?? '{}') as typeof packageJson;
    } catch {
      // A broken package.json is the config check's and npm's to report; npm is the guess here.
    }
    checks.push(await huskyCheck(top, detectPackageManager(top, packageJson).name));
  }
  checks.push(jwtguardCheck(top, context.env));
  checks.push(await configCheck(top));

  const failed = checks.filter((check) => !check.ok).length;
  const lines = checks.map((check) => (check.ok ? `✓ ${check.text}` : `✗ ${check.text}\n    fix: ${check.fix ?? ''}`));
  lines.push('', failed === 0 ? doctorMessages.healthy : doctorMessages.problems(failed));
  return { stdout: `${lines.join('\n')}\n`, exitCode: failed === 0 ? EXIT_CLEAN : EXIT_FINDINGS };
};
