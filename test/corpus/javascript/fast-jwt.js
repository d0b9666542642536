const { createSigner, createVerifier, createDecoder } = require('fast-jwt');
const crypto = require('node:crypto');

const signSync = createSigner({ key: 'fast-jwt-signing-secret', expiresIn: '10m' }); // jwtguard-expect: jwt-call-literal
const verifySync = createVerifier({ key: process.env.FAST_JWT_KEY });
const verifyAsync = createVerifier({ key: async () => getSecretFromVault('jwt') });
const decode = createDecoder();

function handRolled(header, payload) {
  const body = `${base64url(header)}.${base64url(payload)}`;
  const signature = crypto.createHmac('sha256', 'handrolled-jwt-key').update(body).digest('base64url'); // jwtguard-expect: jwt-call-literal
  return `${body}.${signature}`;
}

function webhookSignature(body) {
  return crypto.createHmac('sha256', process.env.WEBHOOK_SECRET).update(body).digest('hex');
}

module.exports = { signSync, verifySync, verifyAsync, decode, handRolled, webhookSignature };
