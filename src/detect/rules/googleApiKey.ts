// A Google API key: AIza and 35 characters. Browser keys (Firebase web config) are meant to be
// seen, but only when restricted to their sites and APIs; an unrestricted one bills the project.
import { looksGenerated, tokenMatches } from '../tokenShape.js';
import type { Rule } from '../types.js';

const GOOGLE_API_KEY = /(?<![\w-])AIza(?<body>[0-9A-Za-z_-]{35})(?![\w-])/g;

export const googleApiKey: Rule = {
  id: 'google-api-key',
  description: 'A Google API key (AIza…): unless restricted to its sites and APIs, anyone can use it on the project\'s bill.',
  severity: 'error',
  keywords: ['aiza'],
  match(line) {
    return tokenMatches(
      line.text,
      GOOGLE_API_KEY,
      (m) => looksGenerated(m.groups!['body']!, 12),
      'A Google API key is committed: unless it is restricted, anyone can call Google APIs with it on this project\'s bill.',
    );
  },
};
