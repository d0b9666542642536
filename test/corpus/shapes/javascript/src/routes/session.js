const express = require('express');
const jwt = require('jsonwebtoken');
const config = require('../config');
const keys = require('../config/keys');
const { SIGNING, KEY_ID, ALGORITHM } = require('../config/keys');
const users = require('../lib/users');

const router = express.Router();

router.post('/session', async (req, res) => {
  const user = await users.authenticate(req.body.email, req.body.password);
  if (!user) return res.status(401).json({ error: 'invalid_credentials' });
  const token = jwt.sign({ id: user.id, email: user.email }, config.secret, { expiresIn: '1h' });
  res.cookie('acc_session', token, { httpOnly: true, sameSite: 'lax', secure: config.environment === 'production' });
  return res.json({ token });
});

router.get('/session', (req, res) => {
  try {
    const claims = jwt.verify(req.cookies.acc_session, config.secret);
    return res.json({ id: claims.id });
  } catch (err) {
    return res.status(401).json({ error: 'invalid_token' });
  }
});

router.post('/partner/handoff', (req, res) => {
  const handoff = jwt.sign({ sub: req.user.id, partner: req.body.partner }, config.partner.signing, { expiresIn: '2m' });
  res.redirect(`${config.partner.callbackUrl}?t=${handoff}`);
});

router.post('/worker/jobs', (req, res) => {
  const job = jwt.sign({ job: req.body.job }, SIGNING, { algorithm: ALGORITHM, keyid: KEY_ID });
  const audit = jwt.sign({ job: req.body.job, audit: true }, keys.SIGNING, { algorithm: keys.ALGORITHM });
  res.status(202).json({ job, audit });
});

router.get('/health', (req, res) => res.json({ ok: true, region: config.region }));

module.exports = router;
