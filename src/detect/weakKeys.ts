// Keys that are weak or public: tutorial and documentation defaults, and words people sign with.
// A literal from this list is a known key wherever it is used as one.
import { settings } from './settings.js';

const WEAK_KEYS = [
  'secret', 'Secret', 'SECRET', 'secretkey', 'secret-key', 'secret_key', 'mysecret', 'my-secret', 'my_secret',
  'mysecretkey', 'my-secret-key', 'my_secret_key', 'supersecret', 'super-secret', 'super_secret',
  'shhhhh', 'shhhhhhared-secret', 'keyboard cat', 'changeme', 'change-me', 'change_me', 'changeit',
  'your-256-bit-secret', 'your-384-bit-secret', 'your-512-bit-secret', 'password', 'Password', 'pass',
  '123456', '12345678', 'qwerty', 'test', 'testing', 'dev', 'development', 'default', 'jwt', 'jwtsecret',
  'jwt-secret', 'jwt_secret', 'JWT_SECRET', 'jwtkey', 'token', 'tokensecret', 'key', 'hmac', 'admin',
  'my_super_secret_dev_key', 'dev_secret_only',
];

const WEAK = new Set(WEAK_KEYS);

export function isKnownWeakKey(value: string): boolean {
  return WEAK.has(value) || settings().extraWeakKeys.includes(value);
}
