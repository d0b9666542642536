// A Slack incoming webhook (hooks.slack.com/services/T…/B…/…): the URL is the credential, so
// anyone who has it can post into the channel.
import { looksGenerated, tokenMatches } from '../tokenShape.js';
import type { Rule } from '../types.js';

/** The secret is the path after the kind: team, bot or workflow ids and the random part. */
const SLACK_WEBHOOK = /hooks\.slack\.com\/(?:services|workflows|triggers)\/(?<secret>[A-Za-z0-9_]{8,20}\/[A-Za-z0-9_]{8,20}(?:\/[0-9]{6,30})?\/[A-Za-z0-9]{20,60})/g;

function isWebhookPath(path: string): boolean {
  const parts = path.split('/');
  const random = parts[parts.length - 1]!;
  return looksGenerated(random, 10) && parts.slice(0, 2).every((id) => looksGenerated(id, 4));
}

export const slackWebhookUrl: Rule = {
  id: 'slack-webhook-url',
  description: 'A Slack incoming webhook URL (hooks.slack.com/services/…): whoever has it can post to the channel.',
  severity: 'error',
  keywords: ['hooks.slack.com'],
  match(line) {
    return tokenMatches(
      line.text,
      SLACK_WEBHOOK,
      (m) => isWebhookPath(m.groups!['secret']!),
      'A Slack webhook URL is committed: anyone who reads it can post messages into the channel until it is regenerated.',
    );
  },
};
