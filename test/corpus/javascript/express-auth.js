// Express API: issuing and checking tokens with jsonwebtoken and express-jwt.
const express = require('express');
const fs = require('fs');
const path = require('path');
const jwt = require('jsonwebtoken');
const { expressjwt } = require('express-jwt');
const config = require('config');

const router = express.Router();

router.post('/login', async (req, res) => {
  const user = await users.authenticate(req.body.email, req.body.password);
  if (!user) return res.status(401).json({ error: 'invalid credentials' });
  const token = jwt.sign({ sub: user.id, role: user.role }, 'express-app-s3cret', { expiresIn: '1h' }); // jwtguard-expect: jwt-call-literal
  const refresh = jwt.sign({ sub: user.id }, process.env.REFRESH_TOKEN_SECRET, { expiresIn: '7d' });
  res.json({ token, refresh });
});

router.post('/refresh', (req, res) => {
  jwt.verify(req.body.refresh, 'refresh-signing-key-2023', (err, payload) => { // jwtguard-expect: jwt-call-literal
    if (err) return res.sendStatus(403);
    res.json({ token: jwt.sign({ sub: payload.sub }, process.env.JWT_SECRET, { expiresIn: '1h' }) });
  });
});

router.get('/me', expressjwt({ secret: 'express-jwt-middleware-key', algorithms: ['HS256'] }), (req, res) => { // jwtguard-expect: jwt-call-literal
  res.json(req.auth);
});

router.get('/admin', expressjwt({ secret: process.env.JWT_SECRET, algorithms: ['HS256'] }), adminOnly);

router.get(
  '/reports',
  expressjwt({
    secret: 'express-jwt-multiline-secret', // jwtguard-expect: jwt-call-literal
    algorithms: ['HS256'],
    credentialsRequired: false,
  }),
  reports.list,
);

function verifyWithRotation(token) {
  const keys = config.get('jwt.keys');
  for (const key of keys) {
    try {
      return jwt.verify(token, key.secret, { algorithms: ['HS256'] });
    } catch (err) {
      logger.debug('key rotation: trying the next key', { kid: key.id });
    }
  }
  throw new Error('token rejected');
}

function inspect(header) {
  return jwt.decode(header.split(' ')[1], { complete: true });
}

function signRs256(payload) {
  return jwt.sign(payload, fs.readFileSync(path.join(__dirname, 'keys/private.pem')), { algorithm: 'RS256' });
}

function signWithPassphrase(payload) {
  return jwt.sign(payload, { key: readPrivateKey(), passphrase: process.env.JWT_KEY_PASSPHRASE }, { algorithm: 'RS256' });
}

function signLegacy(payload) {
  return jsonwebtoken.sign(payload, "legacy-double-quoted-key", { algorithm: 'HS512' }); // jwtguard-expect: jwt-call-literal
}

module.exports = { router, verifyWithRotation, inspect, signRs256, signWithPassphrase, signLegacy };
