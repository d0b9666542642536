// An OpenAI API key. Keys carry `T3BlbkFJ` (base64 of "OpenAI") in the middle; project, service
// account and admin keys start sk-proj-, sk-svcacct-, sk-admin-. A bare `sk-` and 32 to 64
// characters without the marker is only reported next to the word OpenAI.
import { looksGenerated, nearby, tokenMatches } from '../tokenShape.js';
import type { Rule, ScanLine } from '../types.js';

const OPENAI_KEY = /(?<![\w-])sk-(?<kind>(?:proj|svcacct|admin)-)?(?<body>[A-Za-z0-9_-]{20,250})(?![\w-])/g;
const MARKER = 'T3BlbkFJ';
const OPENAI_CONTEXT = /openai/i;

function isOpenAiKey(kind: string | undefined, body: string, line: ScanLine): boolean {
  if (body.startsWith('ant-')) return false; // Anthropic's, see anthropic-api-key
  const random = body.replace(/[-_]/g, '');
  if (!looksGenerated(random, 14)) return false;
  if (body.includes(MARKER)) return true;
  if (kind !== undefined) return body.length >= 40;
  return /^[A-Za-z0-9]{32,64}$/.test(body) && nearby(line, OPENAI_CONTEXT);
}

export const openaiApiKey: Rule = {
  id: 'openai-api-key',
  description: 'An OpenAI API key (sk-…, sk-proj-…, sk-svcacct-…, sk-admin-…).',
  severity: 'error',
  keywords: ['sk-'],
  match(line) {
    return tokenMatches(
      line.text,
      OPENAI_KEY,
      (m) => isOpenAiKey(m.groups!['kind'], m.groups!['body']!, line),
      'An OpenAI API key is committed: anyone who reads it can run requests on your account\'s bill until it is revoked.',
    );
  },
};
