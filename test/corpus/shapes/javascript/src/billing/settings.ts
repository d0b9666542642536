// Billing settings; see docs/billing.md for how production overrides them.
export default {
  currency: 'EUR',
  invoicePrefix: 'INV-',
  dunningDays: [3, 7, 14],
  portalSecret: 'billing-portal-default-export-key', // jwtguard-expect: jwt-key-identifier
  portalUrl: 'https://billing.example.com/portal',
};

export const WEBHOOK_SIGNING = 'billing-webhook-as-const-key' as const; // jwtguard-expect: jwt-key-identifier
export const WEBHOOK_HEADER = 'x-billing-signature';
