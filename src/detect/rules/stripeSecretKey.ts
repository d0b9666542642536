// A live Stripe secret key (sk_live_) or restricted key (rk_live_). Test-mode keys (sk_test_) and
// publishable keys (pk_) reach no money and are left alone.
import { looksGenerated, tokenMatches } from '../tokenShape.js';
import type { Rule } from '../types.js';

const STRIPE_KEY = /(?<![A-Za-z0-9_])(?:sk|rk)_live_(?<body>[A-Za-z0-9]{20,247})(?![A-Za-z0-9])/g;

export const stripeSecretKey: Rule = {
  id: 'stripe-secret-key',
  description: 'A live Stripe secret or restricted key (sk_live_, rk_live_); test and publishable keys are not reported.',
  severity: 'error',
  keywords: ['sk_live_', 'rk_live_'],
  match(line) {
    return tokenMatches(
      line.text,
      STRIPE_KEY,
      (m) => looksGenerated(m.groups!['body']!, 10),
      'A live Stripe key is committed: it can charge, refund and read customer data until it is rolled.',
    );
  },
};
