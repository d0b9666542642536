// An npm access token (npm_ and 36 characters), or an older one (a UUID) as an .npmrc
// `_authToken=`: either publishes packages as its owner.
import { looksGenerated, tokenMatches } from '../tokenShape.js';
import type { Rule, RuleMatch } from '../types.js';

const NPM_TOKEN = /(?<![A-Za-z0-9_])npm_(?<body>[A-Za-z0-9]{36})(?![A-Za-z0-9_])/g;
/** `//registry.npmjs.org/:_authToken=<uuid>`: the shape of tokens made before npm_ existed. */
const NPMRC_AUTH_TOKEN = /(?<![\w])_authToken\s*=\s*(?<secret>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![\w-])/g;

const WHY = 'An npm token is committed: it can publish new versions of its owner\'s packages until it is revoked.';

export const npmToken: Rule = {
  id: 'npm-token',
  description: 'An npm access token (npm_…), or an older UUID token as the _authToken of an .npmrc.',
  severity: 'error',
  keywords: ['npm_', '_authtoken'],
  match(line) {
    const matches: RuleMatch[] = tokenMatches(line.text, NPM_TOKEN, (m) => looksGenerated(m.groups!['body']!, 12), WHY);
    const uuids = tokenMatches(line.text, NPMRC_AUTH_TOKEN, (m) => looksGenerated(m.groups!['secret']!.replace(/-/g, ''), 10), WHY);
    return [...matches, ...uuids];
  },
};
