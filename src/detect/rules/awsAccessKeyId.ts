// An AWS access key id (AKIA… for IAM users, ASIA… for temporary STS credentials): the public
// half of a key pair, and the surest sign that its secret key is committed beside it.
import { looksGenerated } from '../tokenShape.js';
import type { Rule, RuleMatch } from '../types.js';

/** Ids are 20 characters: a 4-letter kind, then 16 of base32. Not inside a longer base64 run. */
export const ACCESS_KEY_ID = /(?<![A-Za-z0-9+/])(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}(?![A-Za-z0-9+/=])/g;

export function isAccessKeyId(id: string): boolean {
  return looksGenerated(id.slice(4), 6);
}

export const awsAccessKeyId: Rule = {
  id: 'aws-access-key-id',
  description: 'An AWS access key id (AKIA…, ASIA…): with its secret access key it signs requests to the AWS account.',
  severity: 'error',
  keywords: ['akia', 'asia', 'abia', 'acca'],
  match(line) {
    const matches: RuleMatch[] = [];
    for (const m of line.text.matchAll(ACCESS_KEY_ID)) {
      if (!isAccessKeyId(m[0])) continue;
      matches.push({
        secret: m[0],
        index: m.index,
        why: 'An AWS access key id is committed; its secret key is usually beside it, and together they act as an IAM user of the account.',
      });
    }
    return matches;
  },
};
