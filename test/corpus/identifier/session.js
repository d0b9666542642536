const express = require('express');
const jwt = require('jsonwebtoken');

const router = express.Router();
const COOKIE_NAME = 'sid';
const TOKEN_TTL = '2h';
const K = 'team-signing-phrase-2023'; // jwtguard-expect: jwt-key-identifier
const REALM = 'internal';

router.post('/login', async (req, res) => {
  const user = await req.app.locals.users.verify(req.body.email, req.body.password);
  if (!user) return res.status(401).end();
  const token = jwt.sign({ sub: user.id, realm: REALM }, K, { expiresIn: TOKEN_TTL });
  res.cookie(COOKIE_NAME, token, { httpOnly: true, sameSite: 'lax' });
  res.status(204).end();
});

router.get('/me', (req, res) => {
  try {
    const claims = jwt.verify(req.cookies[COOKIE_NAME], K);
    res.json({ id: claims.sub });
  } catch {
    res.status(401).end();
  }
});

module.exports = router;
