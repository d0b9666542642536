// An AWS secret access key: 40 base64 characters with no prefix of its own, so it is only reported
// with AWS context: an AWS secret-key name (aws_secret_access_key, secretAccessKey) or an access
// key id on the line or near it.
import { nameAt } from '../boundValues.js';
import { normalizeName } from '../names.js';
import { looksGenerated, nearby } from '../tokenShape.js';
import type { Rule, RuleMatch, ScanLine } from '../types.js';
import { ACCESS_KEY_ID, isAccessKeyId } from './awsAccessKeyId.js';

const KEY_LENGTH = 40;

function isBase64Char(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 43 || code === 47;
}

/** Runs of exactly 40 base64 characters (not part of a longer run, not padded): one linear pass. */
function keyShapedRuns(text: string): { value: string; index: number }[] {
  const runs: { value: string; index: number }[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && isBase64Char(text.charCodeAt(i))) {
      if (start === -1) start = i;
      continue;
    }
    if (start !== -1 && i - start === KEY_LENGTH && text[i] !== '=') runs.push({ value: text.slice(start, i), index: start });
    start = -1;
  }
  return runs;
}

/** A real key mixes cases and digits or symbols; a git SHA (hex) or a word run does not. */
function isKeyShaped(value: string): boolean {
  if (/^[0-9a-fA-F]+$/.test(value) || !/[a-z]/.test(value) || !/[A-Z]/.test(value) || !/[0-9+/]/.test(value)) return false;
  return looksGenerated(value, 15);
}

/** aws_secret_access_key, AWS_SECRET_KEY, secretAccessKey, SecretAccessKey, awsSecret. */
function isSecretKeyName(name: string): boolean {
  const normal = normalizeName(name);
  return normal.includes('secretaccesskey') || (normal.includes('aws') && (normal.includes('secret') || normal.endsWith('key')));
}

function hasAccessKeyId(text: string): boolean {
  for (const m of text.matchAll(ACCESS_KEY_ID)) if (isAccessKeyId(m[0])) return true;
  return false;
}

/** `aws configure set aws_secret_access_key …`, `--secret-access-key …`: the name on the line, unbound. */
const SECRET_KEY_ON_LINE = /secret[_-]?access[_-]?key|aws[_-]?secret/i;

function inAwsContext(line: ScanLine, index: number): boolean {
  const name = nameAt(line.text, index);
  if (name !== undefined && isSecretKeyName(name)) return true;
  if (SECRET_KEY_ON_LINE.test(line.text) || hasAccessKeyId(line.text)) return true;
  // An id on a neighbouring line counts for a named or quoted value (`secret: '…'`, an argument), not a bare run.
  const quoted = /["'`]/.test(line.text[index - 1] ?? '');
  return (name !== undefined || quoted) && nearby(line, hasAccessKeyId);
}

export const awsSecretAccessKey: Rule = {
  id: 'aws-secret-access-key',
  description: 'An AWS secret access key (40 characters) next to an AWS key name or an access key id.',
  severity: 'error',
  keywords: ['aws', 'secret_access_key', 'secretaccesskey', 'secret-access-key', 'akia', 'asia'],
  keywordsInWindow: true,
  match(line) {
    const matches: RuleMatch[] = [];
    for (const run of keyShapedRuns(line.text)) {
      if (!isKeyShaped(run.value)) continue;
      if (!inAwsContext(line, run.index)) continue;
      matches.push({
        secret: run.value,
        index: run.index,
        why: 'An AWS secret access key is committed: with its key id anyone can act as this IAM user until the key is deactivated.',
      });
    }
    return matches;
  },
};
