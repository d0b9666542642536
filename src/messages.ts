// Every sentence jwtguard says outside a report, in one place.

export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

export const USAGE = `jwtguard: stop hardcoded JWT signing secrets and private keys before they are committed.

Usage: jwtguard [command] [options]

Commands:
  staged            scan the added lines of the staged change (the default; what pre-commit runs)
  help <command>    show a command's options (also: jwtguard <command> --help)

Options:
  --format human|json   output format of a scan (default: human)
  -h, --help            show this help
  -v, --version         show the version

Exit codes: 0 nothing found, 1 findings block the commit, 2 usage, setup or internal error.
Allow a line that holds no real key with a comment on it:  // jwtguard:allow <reason>
`;

export const errors = {
  unknownCommand: (name: string) => `unknown command "${name}": run \`jwtguard --help\` for the list of commands`,
  internal: (detail: string) =>
    `internal error: ${detail}. The commit is blocked so that nothing unscanned gets through; rerun with JWTGUARD_DEBUG=1 for details.`,
};
