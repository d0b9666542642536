// Where a finding stands (code, a test, documentation) and what that changes: a publicly known, weak
// or demo key in docs or tests is a warning (the README that shows `jwt.sign(p, 'shhhhh')`, the test
// that signs with 'test-secret'); a real-looking key there blocks like anywhere else, since a key
// pasted into a doc or a fixture is as public as one in code. The last step of detection.
import { docsKindOf } from './docFences.js';
import { isHighEntropy } from './entropy.js';
import { isTestPath } from './testPaths.js';
import { isKnownWeakKey } from './weakKeys.js';
import type { Finding, FindingContext } from './types.js';

/** Documentation folders: prose and snippets to copy, not code that runs. */
const DOCS_FOLDER = /(?:^|\/)(?:docs?|documentation)\//i;

export function contextOf(path: string): FindingContext {
  if (docsKindOf(path) !== undefined || DOCS_FOLDER.test(path)) return 'docs';
  if (isTestPath(path)) return 'test';
  return 'code';
}

/** Rules whose value is a key someone chose: a weak one is weak wherever it stands. */
const CHOSEN_KEY_RULES = new Set([
  'jwt-call-literal', 'jwt-secret-assignment', 'jwt-secret-fallback', 'jwt-high-entropy-near-call',
  'jwt-key-identifier', 'jwt-shared-key', 'generic-secret-assignment',
]);

/** A key anyone could guess or has seen: a known weak key, an empty one, or one that does not look random. */
export function isDemoValue(finding: Pick<Finding, 'rule' | 'secret' | 'demo'>): boolean {
  if (finding.demo) return true;
  const value = finding.secret.replace(/^(['"`])(.*)\1$/s, '$2');
  if (isKnownWeakKey(value) || value === '') return true;
  return CHOSEN_KEY_RULES.has(finding.rule) && !isHighEntropy(value);
}

const WARNS_IN: Record<Exclude<FindingContext, 'code'>, string> = {
  docs: 'In documentation a known or demo key only warns; a real-looking one blocks.',
  test: 'In a test a known or demo key only warns; a real-looking one blocks.',
};

/** Each finding with its context; a demo value in docs or tests only warns, and says so. */
export function judgeContext(findings: readonly Finding[]): Finding[] {
  return findings.map((finding) => {
    const context = contextOf(finding.path);
    if (context === 'code' || finding.severity !== 'error' || !isDemoValue(finding)) return { ...finding, context };
    return { ...finding, context, severity: 'warning', why: `${finding.why} ${WARNS_IN[context]}` };
  });
}
