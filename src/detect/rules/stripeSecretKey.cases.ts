import type { RuleCases } from '../types.js';

// Made-up keys in Stripe's shape: they reach no account.
const BODY = 'aB3dE5gH7jK9' + 'Qw3Rt5Yu7Io9';
const LIVE = `sk_live_${BODY}`;
const LONG = `sk_live_51${BODY}Zx2Cv4Bn6Mq8pL0kJ8hG6fD4aB3dE5gH7jK9Qw3Rt5Yu7Io9Zx2Cv4Bn6Mq8pL0kJ8hG6fD4Wq`;

export const cases: RuleCases = {
  rule: 'stripe-secret-key',
  truePositives: [
    { path: '.env', code: `STRIPE_SECRET_KEY=${LIVE}`, secret: LIVE },
    { path: 'src/billing.js', code: `const stripe = require('stripe')('${LIVE}');`, secret: LIVE },
    { path: 'src/billing.ts', code: `const stripe = new Stripe('${LONG}', { apiVersion: '2024-06-20' });`, secret: LONG, note: 'current long format' },
    { path: 'billing/stripe.py', code: `stripe.api_key = "rk_live_${BODY}"`, secret: `rk_live_${BODY}`, note: 'restricted key' },
    { path: 'config/stripe.yml', code: `stripe:\n  secret_key: ${LIVE}`, secret: LIVE },
    { path: 'config/stripe.json', code: `{ "stripeKey": "${LONG}" }`, secret: LONG },
    { path: 'scripts/refund.sh', code: `curl https://api.stripe.com/v1/refunds -u ${LIVE}: -d charge=ch_1`, secret: LIVE },
    { path: 'internal/pay/stripe.go', code: `stripe.Key = "${LIVE}"`, secret: LIVE },
    { path: 'app/Billing.php', code: `\\Stripe\\Stripe::setApiKey('${LIVE}');`, secret: LIVE },
    { path: 'config/initializers/stripe.rb', code: `Stripe.api_key = 'rk_live_${BODY}'`, secret: `rk_live_${BODY}` },
  ],
  falsePositives: [
    { path: '.env', code: `STRIPE_SECRET_KEY=sk_test_${BODY}`, note: 'test mode' },
    { path: 'src/checkout.js', code: `const stripe = Stripe('pk_live_${BODY}');`, note: 'publishable key' },
    { path: 'src/checkout.js', code: `const stripe = Stripe('pk_test_${BODY}');`, note: 'publishable test key' },
    { path: 'src/billing.js', code: "const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);", note: 'environment read' },
    { path: 'src/billing.js', code: "if (key.startsWith('sk_live_')) console.warn('live mode');", note: 'the prefix alone' },
    { path: 'src/billing.js', code: "const key = 'sk_live_1234567890abcdefghijkl';", note: 'a counting placeholder' },
    { path: 'src/billing.js', code: `const key = 'sk_live_${BODY.slice(0, 12)}';`, note: 'too short' },
    { path: 'docs/billing.md', code: 'Live keys start with `sk_live_`; never commit one.' },
    { path: 'src/billing.js', code: `const key = 'ask_live_${BODY}';`, note: 'inside a longer word' },
    { path: 'src/webhooks.js', code: `const endpointSecret = 'whsec_${BODY}';`, note: 'a webhook signing secret is not an API key' },
  ],
  placeholders: [
    { path: '.env.example', code: 'STRIPE_SECRET_KEY=sk_live_...' },
    { path: '.env.example', code: 'STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx' },
    { path: '.env.example', code: 'STRIPE_SECRET_KEY=sk_live_YOUR_SECRET_KEY' },
  ],
};
