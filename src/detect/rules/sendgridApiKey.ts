// A SendGrid API key: SG., 22 characters, a dot, 43 characters.
import { looksGenerated, tokenMatches } from '../tokenShape.js';
import type { Rule } from '../types.js';

const SENDGRID_KEY = /(?<![\w.-])SG\.(?<id>[A-Za-z0-9_-]{22})\.(?<body>[A-Za-z0-9_-]{43})(?![\w-]|\.[\w-])/g;

export const sendgridApiKey: Rule = {
  id: 'sendgrid-api-key',
  description: 'A SendGrid API key (SG.….…): it sends mail as the account.',
  severity: 'error',
  keywords: ['sg.'],
  match(line) {
    return tokenMatches(
      line.text,
      SENDGRID_KEY,
      (m) => looksGenerated(m.groups!['id']!, 8) && looksGenerated(m.groups!['body']!, 14),
      'A SendGrid API key is committed: anyone who reads it can send mail as your domain until it is deleted.',
    );
  },
};
