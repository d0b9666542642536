// Verification during a key rotation: tokens signed with the old key stay valid for a week.
import jwt, { type JwtPayload } from 'jsonwebtoken';
import { sign as signToken } from 'jsonwebtoken';
import { getSecret } from '../lib/secrets';

const CANDIDATE_KEYS = [
  'rotation-2023-q4-key', // jwtguard-expect: jwt-key-identifier
  'rotation-2024-q1-key', // jwtguard-expect: jwt-key-identifier
];
const KEY_NAMES = ['jwt/2024-q1', 'jwt/2023-q4'];
const TOKEN_HEADER = 'authorization';
const BEARER = 'Bearer ';

export function verifyDuringRotation(token: string): JwtPayload {
  let lastError: unknown;
  for (const candidate of CANDIDATE_KEYS) {
    try {
      return jwt.verify(token, candidate) as JwtPayload;
    } catch (err) {
      lastError = err;
    }
  }
  throw lastError;
}

export async function verifyFromSecretsManager(token: string): Promise<JwtPayload> {
  for (const name of KEY_NAMES) {
    const key = await getSecret(name);
    try {
      return jwt.verify(token, key) as JwtPayload;
    } catch {
      // try the next one
    }
  }
  throw new Error('no key accepted the token');
}

const fallbackKey = 'rotation-' + 'bootstrap-key'; // jwtguard-expect: jwt-key-identifier

export function issueBootstrapToken(nodeId: string): string {
  return signToken(
    {
      node: nodeId,
      kind: 'bootstrap',
      cluster: process.env.CLUSTER_NAME,
      zone: process.env.ZONE,
      image: process.env.IMAGE_TAG,
      startedAt: Date.now(),
      pid: process.pid,
      arch: process.arch,
      platform: process.platform,
    },
    fallbackKey,
    { expiresIn: '10m' },
  );
}

export function bearerOf(headers: Record<string, string | undefined>): string | undefined {
  const value = headers[TOKEN_HEADER];
  return value?.startsWith(BEARER) ? value.slice(BEARER.length) : undefined;
}
