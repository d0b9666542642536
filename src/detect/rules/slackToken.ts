// Slack tokens: bot (xoxb-), user (xoxp-), app-level workspace (xoxa-), refresh (xoxr-) and legacy
// (xoxs-). Each carries the numeric ids of a team or user and ends in a random part; a
// placeholder (`xoxb-your-token`, `xoxb-1234-abcd`) has neither.
import { looksGenerated, tokenMatches } from '../tokenShape.js';
import type { Rule } from '../types.js';

/** A configuration token (`xoxe.xoxp-1-…`) or the prefix and its dash-separated parts. */
const SLACK_TOKEN = /(?<![\w-])xox[abprs]-[0-9A-Za-z-]{10,250}/g;

const TEAM_OR_USER_ID = /^\d{8,14}$/;
/** Configuration tokens: `xoxe.xoxp-1-` and one long random part. */
const LONG_PART = 100;

function isSlackToken(token: string): boolean {
  const parts = token.split('-').slice(1);
  const last = parts[parts.length - 1] ?? '';
  if (last.length >= LONG_PART) return looksGenerated(last, 16);
  if (last.length < 8 || !looksGenerated(last, 6)) return false;
  return parts.slice(0, -1).some((part) => TEAM_OR_USER_ID.test(part) && looksGenerated(part, 4));
}

export const slackToken: Rule = {
  id: 'slack-token',
  description: 'A Slack token: bot (xoxb-), user (xoxp-), workspace (xoxa-), refresh (xoxr-) or legacy (xoxs-).',
  severity: 'error',
  keywords: ['xoxb-', 'xoxp-', 'xoxa-', 'xoxr-', 'xoxs-'],
  match(line) {
    return tokenMatches(
      line.text,
      SLACK_TOKEN,
      (m) => isSlackToken(m[0]),
      'A Slack token is committed: it reads and posts in the workspace as its bot or user until it is revoked.',
    );
  },
};
