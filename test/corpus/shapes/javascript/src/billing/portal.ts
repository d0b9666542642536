import jwt from 'jsonwebtoken';
import settings, { WEBHOOK_SIGNING, WEBHOOK_HEADER } from './settings';
import * as legacy from './legacy';

export function portalLink(customerId: string): string {
  const token = jwt.sign({ sub: customerId, scope: 'portal' }, settings.portalSecret, { expiresIn: '1h' });
  return `${settings.portalUrl}?t=${token}`;
}

export function webhookHeaders(body: string): Record<string, string> {
  return { [WEBHOOK_HEADER]: jwt.sign({ body_sha: body.length }, WEBHOOK_SIGNING, { expiresIn: '5m' }) };
}

export function receiptToken(receiptId: string): string {
  return jwt.sign({ receipt: receiptId, iss: legacy.receiptIssuer }, legacy.receiptKey, { expiresIn: legacy.receiptTtl });
}
