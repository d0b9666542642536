// Shopify tokens: admin API access (shpat_), custom app (shpca_), private app (shppa_) and the
// app shared secret (shpss_), each the prefix and 32 hex digits.
import { looksGenerated, tokenMatches } from '../tokenShape.js';
import type { Rule } from '../types.js';

const SHOPIFY_TOKEN = /(?<![A-Za-z0-9_])shp(?:at|ca|pa|ss)_(?<body>[a-fA-F0-9]{32})(?![A-Za-z0-9_])/g;

export const shopifyToken: Rule = {
  id: 'shopify-token',
  description: 'A Shopify access token or app secret (shpat_, shpca_, shppa_, shpss_).',
  severity: 'error',
  keywords: ['shpat_', 'shpca_', 'shppa_', 'shpss_'],
  match(line) {
    return tokenMatches(
      line.text,
      SHOPIFY_TOKEN,
      (m) => looksGenerated(m.groups!['body']!, 8),
      'A Shopify token is committed: it reads and changes the store\'s orders, products and customers until it is revoked.',
    );
  },
};
