import * as jose from 'jose';
import { SignJWT, jwtVerify, createRemoteJWKSet, importPKCS8 } from 'jose';
import { createSecretKey } from 'node:crypto';

const secret = new TextEncoder().encode(process.env.JWT_SECRET);
const JWKS = createRemoteJWKSet(new URL('https://auth.example.com/.well-known/jwks.json'));

export async function issue(userId: string) {
  return new SignJWT({ sub: userId })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuedAt()
    .setExpirationTime('2h')
    .sign(new TextEncoder().encode('jose-hs256-signing-secret')); // jwtguard-expect: jwt-call-literal
}

export async function issueWithEnvKey(userId: string) {
  return new SignJWT({ sub: userId }).setProtectedHeader({ alg: 'HS256' }).sign(secret);
}

export async function check(token: string) {
  const { payload } = await jwtVerify(token, new TextEncoder().encode('jose-verify-secret'), { issuer: 'urn:example:issuer' }); // jwtguard-expect: jwt-call-literal
  return payload;
}

export async function checkBase64url(token: string) {
  const { payload } = await jose.jwtVerify(token, jose.base64url.decode('am9zZS1iYXNlNjR1cmwtc2VjcmV0LWZvci1kb2Nz')); // jwtguard-expect: jwt-call-literal
  return payload;
}

export async function checkRemote(token: string) {
  const { payload } = await jwtVerify(token, JWKS, { issuer: 'https://auth.example.com/', audience: 'urn:example:audience' });
  return payload;
}

export async function signRs256(claims: jose.JWTPayload) {
  const privateKey = await importPKCS8(process.env.JWT_PRIVATE_KEY!, 'RS256');
  return new SignJWT(claims).setProtectedHeader({ alg: 'RS256' }).sign(privateKey);
}

export const legacyKey = createSecretKey(Buffer.from('node-crypto-secret-key-material')); // jwtguard-expect: jwt-call-literal
export const envKey = createSecretKey(Buffer.from(process.env.JWT_SECRET_B64 ?? '', 'base64'));

export async function encrypt(claims: jose.JWTPayload) {
  return new jose.EncryptJWT(claims)
    .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
    .encrypt(jose.base64url.decode(process.env.JWE_KEY!));
}
