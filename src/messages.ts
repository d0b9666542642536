// Every sentence jwtguard says outside a report, in one place.

export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

export const USAGE = `jwtguard: stop hardcoded JWT signing secrets and private keys before they are committed.

Usage: jwtguard [command] [options]

Commands:
  staged            scan the added lines of the staged change (the default; what pre-commit runs)
  scan [paths…]     scan whole files of the work tree (folders recursed, .gitignore honoured)
  baseline          record the findings already in tracked files, so that only new ones block
  rules             list every rule with its severity, what it catches and an example
  scan --range A..B scan the added lines of every commit in a range (CI; what pre-push runs)
  init              set the repository up for the team: husky hooks and devDependencies
                    (--hooks-path: without package.json, hooks in .githooks/)
  doctor            check this clone's git, hooks, husky and config, with the fix for each
  audit             list commits that went in unscanned or overridden (--range A..B: per range)
  pre-receive       server-side hook: reject a push that adds a finding
  (hooks run these)  post-commit, commit-msg <file>, pre-push <remote> <url>
  help <command>    show a command's options (also: jwtguard <command> --help)

Options:
  --format human|json|sarif   report format of a scan (default: human)
  --output FILE         write the report to FILE
  --config FILE         read the config from FILE (default: .jwtguardrc.json, jwtguard.config.json,
                        package.json#jwtguard at the top level)
  --no-baseline         also report what .jwtguard-baseline.json holds
  --audit               ignore allow comments, the config's allow lists and the baseline
  -h, --help            show this help
  -v, --version         show the version

Exit codes: 0 nothing found, 1 findings block the commit, 2 usage, setup or internal error.
Allow a line that holds no real key with a comment on it:  // jwtguard:allow <reason>
Let a blocked commit through, on the record:  JWTGUARD_OVERRIDE="<reason>" git commit …
`;

export const errors = {
  unknownCommand: (name: string) => `unknown command "${name}": run \`jwtguard --help\` for the list of commands`,
  internal: (detail: string) =>
    `internal error: ${detail}. The commit is blocked so that nothing unscanned gets through; rerun with JWTGUARD_DEBUG=1 for details.`,
};

// ---- Overrides, bypass records, range scans and hooks ----

const shortId = (id: string) => id.slice(0, 12);

export const overrideMessages = {
  emptyReason:
    'JWTGUARD_OVERRIDE is set but gives no reason, so the commit is blocked: say why, e.g. JWTGUARD_OVERRIDE="test fixture, not a real key" git commit …, or unset it to commit normally',
  letThrough: (n: number, reason: string) =>
    `jwtguard: JWTGUARD_OVERRIDE lets ${plural(n, 'finding')} through: "${reason}".\n` +
    'jwtguard: the reason goes into the audit log and the commit message gets a Jwtguard-Override trailer; a key that is real must still be rotated.\n',
  stampFailed: (detail: string) =>
    `jwtguard: warning: could not record this scan under the git dir (${detail}); the post-commit check will treat the commit as unscanned.\n`,
};

export const commitMsgMessages = {
  usage: 'commit-msg takes one argument, the message file git passes to the hook: jwtguard commit-msg "$1"',
  added: (key: string, reason: string) => `jwtguard: added "${key}: ${reason}" to the commit message.\n`,
};

export const postCommitMessages = {
  noCommit: 'this repository has no commit yet: post-commit checks the commit just made, so run it after `git commit` (the post-commit hook does)',
  noteWritten: `a note on the commit (refs/notes/jwtguard; share it with \`git push origin refs/notes/jwtguard\`)`,
  recorded: (
    record: { event: string; commit: string; reason?: string; via?: string; findings: readonly unknown[] },
    report: string,
    wrote: readonly string[],
    failed: readonly string[],
  ): string => {
    const id = shortId(record.commit);
    const n = record.findings.length;
    const lines: string[] = [];
    if (record.event === 'override') {
      lines.push(`jwtguard: commit ${id} went in with JWTGUARD_OVERRIDE "${record.reason ?? ''}", letting ${plural(n, 'finding')} through.`);
    } else {
      const how = record.event === 'bypass' ? 'without the jwtguard pre-commit scan (git commit --no-verify, or HUSKY=0)' : `by ${record.via}, which runs no pre-commit hook`;
      if (n > 0) {
        lines.push('', `jwtguard: ⚠ WARNING ⚠ commit ${id} was made ${how} and adds ${plural(n, 'hardcoded secret')}:`, '', report.trimEnd(), '');
      } else {
        lines.push(`jwtguard: commit ${id} was made ${how}; scanned now: nothing blocks.`);
      }
    }
    if (wrote.length > 0) lines.push(`jwtguard: recorded in ${wrote.join(' and ')}.`);
    for (const failure of failed) lines.push(`jwtguard: warning: could not record: ${failure}`);
    if (record.event !== 'override' && n > 0) {
      lines.push(
        'jwtguard: a push of this commit will be stopped. Undo it with `git reset --soft HEAD~1`, read the key from the environment,',
        'jwtguard: commit again, and rotate the key: it is in your history now.',
        '',
      );
    }
    return `${lines.join('\n')}\n`;
  },
};

export const rangeMessages = {
  verdict: { word: 'blocked', advice: 'Rewrite the commits named above without the key (git rebase -i) and rotate it: it is in their history.' },
  afterCommitVerdict: { word: 'found', advice: 'The commit is made: see below.' },
  subject: (range: string, commits: number) => `${plural(commits, 'commit')}${range ? ` of ${range}` : ''}`,
  badRange: (range: string) => `"${range}" is not a range: give one revision argument such as origin/main..HEAD (no spaces, not starting with "-")`,
  badRefLine: (line: string) => `unexpected object id in the hook's input line "${line.slice(0, 120)}"`,
  rangeWithPaths: 'scan --range reads commits, not files: give either --range A..B or paths, not both',
};

export const prePushMessages = {
  usage: 'pre-push takes the hook\'s arguments, the remote\'s name and URL: jwtguard pre-push "$@" (git gives the refs on stdin)',
  badLine: (line: string) => `unexpected pre-push input line "${line.slice(0, 120)}": expected <local ref> <local sha> <remote ref> <remote sha>`,
  stopped: (n: number) =>
    `jwtguard: push stopped: ${plural(n, 'finding')} in the commits being pushed. Rewrite those commits without the key (git rebase -i), rotate it, and push again.\n`,
};

export const preReceiveMessages = {
  badLine: (line: string) => `unexpected pre-receive input line "${line.slice(0, 120)}": expected <old> <new> <ref>`,
  rejected: (n: number) =>
    `jwtguard: push rejected by the server: ${plural(n, 'finding')} in the pushed commits (commit, file and line above). Rewrite those commits without the key, rotate it, and push again.\n`,
};

export const auditMessages = {
  badFormat: (format: string) => `unknown format "${format}" for audit: use --format human or --format json`,
  noRecords: (path: string) => `jwtguard audit: no records in ${path}: no commit here went in unscanned or overridden.`,
  recordsHeadline: (n: number, path: string) => `jwtguard audit: ${plural(n, 'record')} in ${path}`,
  unreadable: (n: number) => `warning: ${plural(n, 'line')} of the audit log could not be read and ${n === 1 ? 'was' : 'were'} skipped.`,
  rangeClean: (range: string, total: number) => `jwtguard audit: every one of the ${plural(total, 'commit')} of ${range} was scanned here, none overridden.`,
  rangeHeadline: (range: string, listed: number, total: number) =>
    `jwtguard audit: ${listed} of the ${plural(total, 'commit')} of ${range} ${listed === 1 ? 'was not scanned here or carries' : 'were not scanned here or carry'} an override`,
  stampsAreLocal:
    'Scan stamps stay in the clone that made the commit: in another clone, commits show as "not scanned here" unless a jwtguard note (git fetch origin refs/notes/jwtguard:refs/notes/jwtguard) says more.',
};

export const initMessages = {
  noPackageJson: (top: string) =>
    `no package.json at ${top}: run \`jwtguard init --hooks-path\` to install the hooks under .githooks/, or \`npm init -y\` first to set them up with husky`,
  hooksPathInstalls: '--hooks-path installs nothing with a package manager; leave out --no-install',
  badPackageJson: (detail: string) => `package.json could not be read as JSON (${detail}): fix it, then run jwtguard init again`,
  wrotePrepare: (script: string) => `wrote package.json: "prepare": "${script}" (husky installs the hooks on every \`npm install\`)`,
  wroteHook: (path: string, line: string, purpose: string, appended: boolean) =>
    `wrote ${path}: ${appended ? 'added' : 'new, with'} \`${line}\` (${purpose})${appended ? ', after the lines already there' : ''}`,
  updatedHook: (path: string, old: string, line: string, purpose: string) =>
    `wrote ${path}: replaced \`${old}\` with \`${line}\` (${purpose}; it starts Node only when there is work)`,
  copiedHook: (path: string, purpose: string) => `wrote ${path} (${purpose})`,
  madeExecutable: (path: string) => `made ${path} executable`,
  foreignHook: (path: string, line: string) => `${path} exists and does not run jwtguard; it was left as it is: add \`${line}\` to it`,
  setHooksPath: (dir: string, before: string) => `set core.hooksPath = ${dir}${before ? ` (it was ${before})` : ''}`,
  ran: (command: string, what: string) => `ran ${command}: ${what}`,
  installFailed: (command: string, output: string) =>
    `\`${command}\` failed; the files above are written, install by hand and run jwtguard init again:\n${tail(output)}`,
  huskyFailed: (command: string, output: string, pm: string) =>
    `\`${command}\` did not set core.hooksPath to .husky/_; run \`${pm} install\` and then \`${command}\`:\n${tail(output)}`,
  commitHusky: 'Commit package.json, the lockfile and .husky/: every clone gets the hooks from `npm install` (the prepare script runs husky).',
  commitGithooks: 'Commit .githooks/; in every other clone run `jwtguard init --hooks-path` (or `git config core.hooksPath .githooks`) once.',
  summary: (s: { mode: string; wrote: string[]; unchanged: string[]; todo: string[]; commitHint: string }): string => {
    const lines = [`jwtguard init (${s.mode})`];
    for (const line of s.wrote) lines.push(`  ${line}`);
    if (s.wrote.length === 0 && s.todo.length === 0) {
      lines.push(`  nothing to change: already set up (${s.unchanged.join(', ')}).`);
      return `${lines.join('\n')}\n`;
    }
    if (s.unchanged.length > 0) lines.push(`  unchanged: ${s.unchanged.join(', ')}`);
    for (const line of s.todo) lines.push(`  to do: ${line}`);
    if (s.wrote.length > 0) lines.push('', s.commitHint);
    return `${lines.join('\n')}\n`;
  },
};

function tail(output: string, lines = 15): string {
  return output.trimEnd().split('\n').slice(-lines).map((line) => `  ${line}`).join('\n');
}

export const doctorMessages = {
  gitOk: (version: string, min: string) => `git ${version} (${min} or newer needed)`,
  gitOld: (version: string, min: string) => `git ${version} is older than ${min}`,
  gitFix: 'install a newer git (https://git-scm.com/downloads)',
  hooksPath: (dir: string, setting: string) => `hooks path: ${dir}${setting ? ' (core.hooksPath)' : ' (git\'s default; core.hooksPath unset)'}`,
  huskyInactive: (dir: string) => `hooks path: ${dir}, but the project keeps its hooks in .husky/ and husky is not active in this clone`,
  hookOk: (label: string, path: string) => `${label}: ${path} runs jwtguard`,
  hookRunner: (label: string, path: string, missing: boolean) => `${label}: ${path} ${missing ? 'is missing' : 'is not executable'}`,
  hookMissing: (label: string, path: string) => `${label}: ${path} is missing`,
  hookForeign: (label: string, path: string) => `${label}: ${path} does not run jwtguard`,
  fixInit: 'run `jwtguard init` (or `jwtguard init --hooks-path` without package.json)',
  fixChmod: (path: string) => `chmod +x ${path}`,
  fixAddLine: (line: string, path: string) => `add the line \`${line}\` to ${path}, or run \`jwtguard init\``,
  fixHuskyRunner: 'run `npm install` (its prepare script runs husky), or `npx husky`',
  huskyOk: (version: string) => `husky ${version} is installed`,
  huskyMissing: 'husky is not installed (node_modules/husky is missing)',
  fixInstall: (pm: string) => `run \`${pm} install\`, or \`jwtguard init\` when husky is not a devDependency yet`,
  jwtguardFound: (where: string) => `jwtguard for the hooks: ${where}`,
  jwtguardMissing: 'jwtguard is neither in node_modules/.bin nor on PATH, so the hooks cannot run it',
  fixInstallJwtguard: 'run `npm install --save-dev jwtguard` (or `npm install -g jwtguard`)',
  configOk: (source: string | undefined) => `config: ${source ?? 'none, the defaults apply'}`,
  configBad: (detail: string) => `config: ${detail}`,
  fixConfig: 'correct the config as the message says (`jwtguard help scan` lists the options)',
  healthy: 'jwtguard doctor: all good.',
  problems: (n: number) => `jwtguard doctor: ${plural(n, 'problem')}; the fix is under each ✗.`,
};
