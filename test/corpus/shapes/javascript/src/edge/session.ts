// Edge middleware session tokens (jose runs on the edge runtime; jsonwebtoken does not).
import * as tokens from 'jose';
import { SignJWT as Signer, jwtVerify as verifyCompact, createRemoteJWKSet, importSPKI } from 'jose';
import type { JWTPayload } from 'jose';

const ISSUER = 'urn:example:edge';
const AUDIENCE = 'urn:example:web';
const JWKS = createRemoteJWKSet(new URL('https://accounts.example.com/.well-known/jwks.json'));
const material = new TextEncoder().encode('edge-session-material-6c2'); // jwtguard-expect: jwt-key-identifier
const previewMaterial = new TextEncoder().encode(process.env.PREVIEW_SECRET ?? '');
const spki = process.env.EDGE_PUBLIC_KEY!;

export interface Session extends JWTPayload {
  uid: string;
  plan: 'free' | 'pro';
}

export async function createSession(uid: string, plan: Session['plan']): Promise<string> {
  return new tokens.SignJWT({ uid, plan })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuedAt()
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setExpirationTime('2h')
    .sign(material);
}

export async function readSession(jwt: string): Promise<Session> {
  const { payload } = await tokens.jwtVerify<Session>(jwt, material, { issuer: ISSUER, audience: AUDIENCE });
  return payload;
}

export async function createPreviewLink(path: string): Promise<string> {
  return new Signer({ path })
    .setProtectedHeader({ alg: 'HS256' })
    .setExpirationTime('15m')
    .sign(previewMaterial);
}

export async function readPreviewLink(jwt: string) {
  return verifyCompact(jwt, new TextEncoder().encode('edge-preview-literal-9q'), { algorithms: ['HS256'] }); // jwtguard-expect: jwt-call-literal
}

export async function readLegacyCookie(jwt: string) {
  return verifyCompact(
    jwt,
    new TextEncoder().encode(
      'legacy-' + // jwtguard-expect: jwt-call-literal
        'cookie-' +
        'edge-31',
    ),
    { issuer: ISSUER },
  );
}

export async function readIdToken(jwt: string) {
  return tokens.jwtVerify(jwt, JWKS, { issuer: 'https://accounts.example.com', audience: AUDIENCE });
}

export async function readSignedByPartner(jwt: string) {
  const key = await importSPKI(spki, 'ES256');
  return tokens.jwtVerify(jwt, key, { algorithms: ['ES256'] });
}

export const config = { matcher: ['/app/:path*', '/api/private/:path*'] };
