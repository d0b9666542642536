import type { RuleCases } from '../types.js';

export const cases: RuleCases = {
  rule: 'jwt-secret-fallback',
  truePositives: [
    { path: 'src/config.js', code: "const JWT_SECRET = process.env.JWT_SECRET || 'dev-secret';", secret: 'dev-secret' },
    { path: 'src/config.ts', code: "export const jwtSecret = process.env.SECRET ?? 'fallback-key';", secret: 'fallback-key', note: 'JWT-ish target' },
    { path: 'src/config.js', code: "module.exports = { secret: process.env.JWT_SECRET || 'keyboard cat' };", secret: 'keyboard cat', note: 'JWT-ish variable' },
    { path: 'src/auth.js', code: "jwt.sign(payload, process.env.SECRET || 'shhhhh');", secret: 'shhhhh', note: 'in the key position' },
    { path: 'src/auth.js', code: "const key = process.env.JWT_KEY ? process.env.JWT_KEY : 'local-key';", secret: 'local-key', note: 'ternary' },
    { path: 'src/auth.js', code: "const signingKey = isProd ? process.env.SIGNING_KEY : 'dev_signing_key';", secret: 'dev_signing_key', note: 'ternary on another condition' },
    { path: 'src/auth.js', code: "const signingKey = isDev ? 'dev_signing_key' : process.env.SIGNING_KEY;", secret: 'dev_signing_key', note: 'literal first' },
    { path: 'src/auth.js', code: "const s = process.env['JWT_SECRET'] || \"abc123\";", secret: 'abc123', note: 'bracket access' },
    { path: 'src/vite.ts', code: "const jwtKey = import.meta.env.VITE_KEY || 'frontend-key';", secret: 'frontend-key' },
    { path: 'src/auth.js', code: "const token = jwt.sign(\n  payload,\n  process.env.TOKEN || 'changeme',\n  { expiresIn: '1h' }\n);", secret: 'changeme', note: 'multi-line key position' },
    { path: 'src/app.js', code: "ACCESS_TOKEN_SECRET: process.env.ACCESS_TOKEN_SECRET || 'access-dev',", secret: 'access-dev' },
  ],
  falsePositives: [
    { path: 'src/config.js', code: "const port = process.env.PORT || '3000';", note: 'not a key' },
    { path: 'src/config.js', code: "const level = process.env.LOG_LEVEL ?? 'info';", note: 'not a key' },
    { path: 'src/config.js', code: "const JWT_SECRET = process.env.JWT_SECRET;\nif (!JWT_SECRET) throw new Error('JWT_SECRET is not set');", note: 'fails fast' },
    { path: 'src/config.js', code: "const expiresIn = process.env.JWT_EXPIRES_IN || '1h';", note: 'JWT setting, not the key' },
    { path: 'src/config.js', code: "const jwtSecret = process.env.JWT_SECRET || '';", note: 'empty fallback' },
    { path: 'src/config.js', code: "const algo = process.env.JWT_ALGORITHM || 'HS256';", note: 'algorithm' },
    { path: 'src/config.js', code: "const issuer = process.env.JWT_ISSUER || 'https://auth.example.com';", note: 'issuer' },
    { path: 'src/config.js', code: "const env = process.env.NODE_ENV === 'production' ? 'prod' : 'dev';", note: 'comparison' },
    { path: 'src/config.js', code: "const jwtSecret = process.env.JWT_SECRET || fail('JWT_SECRET is not set');", note: 'fails fast' },
    { path: 'src/config.js', code: "const keyPath = process.env.JWT_KEY_PATH || './keys/private.pem';", note: 'a path' },
    { path: 'src/config.js', code: "const cookie = process.env.JWT_COOKIE_NAME || 'token';", note: 'cookie name' },
  ],
  placeholders: [
    { path: 'src/config.js', code: "const JWT_SECRET = process.env.JWT_SECRET || '<set JWT_SECRET>';", note: 'angle brackets' },
    { path: 'src/config.js', code: "const JWT_SECRET = process.env.JWT_SECRET || 'xxxxxxxx';", note: 'mask' },
  ],
};
