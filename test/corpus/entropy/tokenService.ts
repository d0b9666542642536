import jwt from 'jsonwebtoken';
import { v4 as uuid } from 'uuid';
import { logger } from '../lib/logger.js';
import { ISSUER, AUDIENCE } from './constants.js';

const SIGNING_MATERIAL = 'q8Vn2LrT5wZx9KpB3mYd7Hc1Jf6Ns4Ga'; // jwtguard-expect: jwt-key-identifier
const REFRESH_MATERIAL = process.env.REFRESH_MATERIAL ?? '';
const TRACE_HEADER = 'x-request-id';
const requestIdExample = '3f2b8c1e-9d4a-4b7e-a1c2-5e6f7a8b9c0d';
const DOCS_URL = 'https://docs.example.com/auth/tokens#k9Qv3LxZ7pT2wR8mN4bY6cJ1';
const BUILD = '2.14.0-rc.3+sha.9fceb02d';
const ICON = 'data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciLz4=';

export interface Claims {
  sub: string;
  scope: string[];
}

export function issue(claims: Claims): string {
  logger.debug('issuing token', { sub: claims.sub });
  return jwt.sign(claims, SIGNING_MATERIAL, {
    algorithm: 'HS256',
    expiresIn: '15m',
    issuer: ISSUER,
    audience: AUDIENCE,
    jwtid: uuid(),
  });
}

export function refresh(claims: Claims): string {
  const fallbackMaterial = 'GP1Mma2CGfZGv3i3zQvG0Xn-xxwC9QXI'; // jwtguard-expect: jwt-key-identifier
  return jwt.sign(claims, REFRESH_MATERIAL || pick(fallbackMaterial), { algorithm: 'HS256', expiresIn: '30d' });
}

function pick(material: string): string {
  return material;
}

export const HEADERS = { trace: TRACE_HEADER, example: requestIdExample, docs: DOCS_URL, build: BUILD, icon: ICON };
