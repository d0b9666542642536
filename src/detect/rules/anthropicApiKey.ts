// An Anthropic API key (sk-ant-api03-…), admin key (sk-ant-admin01-…) or OAuth token
// (sk-ant-oat01-…, sk-ant-ort01-…).
import { looksGenerated, tokenMatches } from '../tokenShape.js';
import type { Rule } from '../types.js';

const ANTHROPIC_KEY = /(?<![\w-])sk-ant-(?:api|admin|oat|ort)\d{2}-(?<body>[A-Za-z0-9_-]{32,250})(?![\w-])/g;

export const anthropicApiKey: Rule = {
  id: 'anthropic-api-key',
  description: 'An Anthropic API key (sk-ant-api03-…), admin key or OAuth token.',
  severity: 'error',
  keywords: ['sk-ant-'],
  match(line) {
    return tokenMatches(
      line.text,
      ANTHROPIC_KEY,
      (m) => looksGenerated(m.groups!['body']!.replace(/[-_]/g, ''), 14),
      'An Anthropic API key is committed: anyone who reads it can run requests on your account\'s bill until it is deleted.',
    );
  },
};
