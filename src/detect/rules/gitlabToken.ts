// GitLab tokens: personal access (glpat-), deploy (gldt-), runner (glrt-) and pipeline trigger
// (glptt-). Older ones are the prefix and 20 characters; routable ones are longer and end in a
// dot and 9 characters.
import { looksGenerated, tokenMatches } from '../tokenShape.js';
import type { Rule } from '../types.js';

const GITLAB_TOKEN = /(?<![\w-])(?:glpat|gldt|glrt|glptt)-(?<body>[A-Za-z0-9_-]{20,300})(?:\.[0-9a-z]{9})?(?![\w-])/g;

export const gitlabToken: Rule = {
  id: 'gitlab-token',
  description: 'A GitLab token: personal access (glpat-), deploy (gldt-), runner (glrt-) or pipeline trigger (glptt-).',
  severity: 'error',
  keywords: ['glpat-', 'gldt-', 'glrt-', 'glptt-'],
  match(line) {
    return tokenMatches(
      line.text,
      GITLAB_TOKEN,
      (m) => looksGenerated(m.groups!['body']!, 10),
      'A GitLab token is committed: it reaches the projects and APIs of its scope until it is revoked.',
    );
  },
};
