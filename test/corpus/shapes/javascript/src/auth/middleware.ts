// Request authentication for the admin API and the partner API.
import * as jsonwebtoken from 'jsonwebtoken';
import { expressjwt as guard, type Request as JWTRequest } from 'express-jwt';
import type { NextFunction, Request, Response } from 'express';
import { readFileSync } from 'node:fs';

const adminPublicKey = readFileSync('keys/admin.pub.pem');

function tenantKey(tenant: string): string {
  switch (tenant) {
    case 'acme':
      return 'tenant-acme-hmac-51'; // jwtguard-expect: jwt-call-literal
    case 'globex':
      return process.env.GLOBEX_JWT_SECRET!;
    default:
      throw new Error(`unknown tenant ${tenant}`);
  }
}

export const requireAdmin = guard({
  secret: adminPublicKey,
  algorithms: ['RS256'],
  issuer: 'https://accounts.example.com',
});

export const requirePartner = guard({
  secret: (req: Request) => tenantKey(String(req.headers['x-tenant'])),
  algorithms: ['HS256'],
  requestProperty: 'partner',
});

export const requireLegacyPartner = guard({
  algorithms: ['HS256'],
  credentialsRequired: true,
  requestProperty: 'partner',
  getToken: (req: Request) => req.query.token as string,
  secret: 'legacy-partner-mw-key', // jwtguard-expect: jwt-call-literal
});

export function verifyInternal(req: Request, res: Response, next: NextFunction) {
  const header = req.headers.authorization ?? '';
  try {
    (req as JWTRequest).auth = jsonwebtoken.verify(header.replace(/^Bearer /, ''), tenantKey('acme')) as never;
    next();
  } catch {
    res.status(401).end();
  }
}

export function signInternal(service: string) {
  return jsonwebtoken.sign({ svc: service }, "internal-" + "svc-" + "hmac-key", { expiresIn: 300 }); // jwtguard-expect: jwt-call-literal
}
