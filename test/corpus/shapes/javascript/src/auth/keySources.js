// Where the API's keys come from: config lookups, the vault, files, placeholders in docs snippets.
const jwt = require('jsonwebtoken');
const config = require('config');
const fs = require('node:fs');
const { getSecret } = require('../lib/secrets');

const PUBLIC_PEM = [
  '-----BEGIN PUBLIC KEY-----',
  'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEq9m2x3Lw1c7T0a5cYkRm3n4pW8sV',
  'Zb7fJ2uQ1xG6h9Kd0rT4yE3oN5iA8vC2lB1mD7sF6gH9jK0qP3wR5tY8uI2oA==',
  '-----END PUBLIC KEY-----',
].join('\n');

const KID = 'c3f1e2a9-7b4d-4e8a-9f60-2d1b5a7c8e93';
const JWKS_URI = 'https://accounts.example.com/.well-known/jwks.json';

exports.fromConfig = (p) => jwt.sign(p, config.get('jwt.secret'), { keyid: KID });
exports.fromConfigPath = (p) => jwt.sign(p, config.get('auth.tokens.signingKey'), { algorithm: 'HS512' });
exports.fromVault = async (p) => jwt.sign(p, await getSecret('accounts/jwt-signing-key'), { expiresIn: '1h' });
exports.fromFile = (p) => jwt.sign(p, fs.readFileSync('/run/secrets/jwt_private_key.pem'), { algorithm: 'RS256' });
exports.fromEnvBracket = (p) => jwt.sign(p, process.env['ACCOUNTS_JWT_SECRET'], { algorithm: 'HS256' });
exports.verifyPublic = (t) => jwt.verify(t, PUBLIC_PEM, { algorithms: ['ES256'] });
exports.verifyWithJwksUri = (t, getKey) => jwt.verify(t, getKey(JWKS_URI), { algorithms: ['RS256'] });
exports.placeholderInDocs = (p) => jwt.sign(p, '<your-256-bit-secret>', { algorithm: 'HS256' });
exports.templatePlaceholder = (p) => jwt.sign(p, '${JWT_SECRET}');
exports.masked = (p) => jwt.sign(p, '********');
exports.decodeOnly = (t) => jwt.decode(t, { json: true });
exports.algorithmOnly = (t, key) => jwt.verify(t, key, { algorithms: ['HS256', 'HS384'] });
exports.issuerString = (p, key) => jwt.sign(p, key, { issuer: 'urn:accounts:issuer:9f3k2m', audience: 'urn:accounts:api' });

// Still in use by the old admin SPA: a literal key in a config lookup default.
exports.adminDefault = (p) => jwt.sign(p, config.has('admin.key') ? config.get('admin.key') : 'admin-spa-default-key-44'); // jwtguard-expect: jwt-secret-fallback
exports.weakDemo = (p) => jwt.sign(p, 'shhhhh'); // jwtguard-expect: jwt-call-literal
exports.keyboardCat = (t) => jwt.verify(t, 'keyboard cat'); // jwtguard-expect: jwt-call-literal
