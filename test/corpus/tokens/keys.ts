import { importJWK, SignJWT } from 'jose';

// The symmetric key for service-to-service tokens.
const serviceJwk = { kty: 'oct', k: 'SPNQ0hQm6ccllZUWvegleNOYt_-ufdOiyLAV3LunF-Y', alg: 'HS256' }; // jwtguard-expect: jwk-private-key

const edJwk = {
  kty: 'OKP',
  crv: 'Ed25519',
  x: 'Rswdlla5Ldw5XbaV4eA6H9NW842uov7fFamBfp5u9-8',
  d: 'yQ0af-VgqJ2UZMaTQGdx47U0hvpO8F7Aec80WK5fcrc', // jwtguard-expect: jwk-private-key
};

const fromEnv = { kty: 'oct', k: process.env.SERVICE_JWK_K, alg: 'HS256' };
const publicOnly = { kty: 'OKP', crv: 'Ed25519', x: edJwk.x };

export async function serviceToken(sub: string): Promise<string> {
  const key = await importJWK(fromEnv.k ? fromEnv : serviceJwk, 'HS256');
  return new SignJWT({ sub }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('5m').sign(key);
}

export function isPrivate(jwk: { kty: string; d?: string; k?: string }): boolean {
  return jwk.kty === 'oct' ? jwk.k !== undefined : jwk.d !== undefined;
}

export { publicOnly };
