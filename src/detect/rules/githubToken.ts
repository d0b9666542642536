// GitHub tokens: personal (ghp_), OAuth (gho_), user-to-server (ghu_), server-to-server (ghs_),
// refresh (ghr_): the prefix and 36 base62 characters; fine-grained personal tokens: github_pat_
// and 82 characters.
import { looksGenerated, tokenMatches } from '../tokenShape.js';
import type { Rule } from '../types.js';

const GITHUB_TOKEN = /(?<![A-Za-z0-9_])(?:gh[pousr]_([A-Za-z0-9]{36})|github_pat_([A-Za-z0-9_]{82}))(?![A-Za-z0-9_])/g;

export const githubToken: Rule = {
  id: 'github-token',
  description: 'A GitHub token: personal (ghp_, github_pat_), OAuth (gho_), app (ghu_, ghs_) or refresh (ghr_).',
  severity: 'error',
  keywords: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_'],
  match(line) {
    return tokenMatches(
      line.text,
      GITHUB_TOKEN,
      (m) => looksGenerated((m[1] ?? m[2]!).replace(/_/g, ''), 12),
      'A GitHub token is committed: it acts as its owner on every repository it can reach until it is revoked.',
    );
  },
};
