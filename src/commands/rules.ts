// `jwtguard rules`: every rule with its id, severity, description and a made-up example.
import { RULES } from '../detect/rules/index.js';
import type { Rule } from '../detect/types.js';
import { plural } from '../messages.js';
import { EXIT_CLEAN, parseOptions, type Command } from './command.js';
import { RULE_EXAMPLES } from './ruleExamples.js';

export const HELP = `Usage: jwtguard rules

Lists every rule: its id (as used in the config's "rules" and in reports), its severity as
shipped, what it catches, and a made-up example of a line it flags.
`;

function ruleBlock(rule: Rule): string[] {
  const lines = [`${rule.id}  ${rule.severity}`, `  ${rule.description}`];
  const example = RULE_EXAMPLES[rule.id];
  if (example) {
    const where = example.alsoIn ? `${example.path}, and the same in ${example.alsoIn}` : example.path;
    lines.push(`  example (${where}):`, ...example.code.split('\n').map((line) => `    ${line}`));
  }
  return [...lines, ''];
}

export function rulesListing(rules: readonly Rule[] = RULES): string {
  const head = `jwtguard: ${plural(rules.length, 'rule')}. A config's "rules" sets each to "off", "warn" (shown, never blocking) or "error".\n\n`;
  return head + rules.flatMap(ruleBlock).join('\n');
}

export const run: Command = async (argv) => {
  parseOptions('rules', argv, {});
  return { stdout: rulesListing(), exitCode: EXIT_CLEAN };
};
