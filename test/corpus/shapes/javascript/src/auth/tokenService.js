'use strict';
// Token service of the accounts API: access and refresh tokens, password-reset links, invitations.
const jsonwt = require('jsonwebtoken');
const { sign: issueJwt, verify: checkJwt } = require('jsonwebtoken');
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const config = require('../config');
const logger = require('../lib/logger');

const ACCESS_TTL = '15m';
const REFRESH_TTL = '30d';
const ISSUER = 'https://accounts.example.com';
const AUDIENCE = ['web', 'mobile'];
const resetMaterial = 'pw-reset-material-4471'; // jwtguard-expect: jwt-key-identifier
const inviteParts = ['inv', 'ite-', 'links-', '2024']; // jwtguard-expect: jwt-key-identifier
const publicKeyPath = path.join(__dirname, '..', '..', 'keys', 'access.pub.pem');
const cookieName = 'acc_session';

function issueAccessToken(user, session) {
  return jsonwt.sign(
    {
      sub: user.id,
      sid: session.id,
      email: user.email,
      name: user.displayName,
      roles: user.roles,
      org: user.organisationId,
      plan: user.plan,
      locale: user.locale,
      tz: user.timezone,
      mfa: session.mfaVerified,
    },
    'acct-access-4c1f9e2d', // jwtguard-expect: jwt-call-literal
    {
      expiresIn: ACCESS_TTL,
      issuer: ISSUER,
      audience: AUDIENCE,
    },
  );
}

function issueRefreshToken(user, session) {
  return jsonwt.sign(
    {
      sub: user.id,
      sid: session.id,
      family: session.familyId,
      device: session.deviceId,
      ua: session.userAgent,
      ip: session.ip,
      createdAt: session.createdAt,
      rotatedFrom: session.previousId,
      scope: 'refresh',
    },
    process.env.REFRESH_TOKEN_SECRET,
    { expiresIn: REFRESH_TTL, issuer: ISSUER },
  );
}

function verifyAccessToken(token) {
  return jsonwt['verify'](token, 'acct-access-4c1f9e2d', { issuer: ISSUER, audience: AUDIENCE }); // jwtguard-expect: jwt-call-literal
}

function verifyWithPublicKey(token) {
  const publicKey = fs.readFileSync(publicKeyPath, 'utf8');
  return jsonwt.verify(token, publicKey, { algorithms: ['RS256'], issuer: ISSUER });
}

function issuePasswordResetLink(user) {
  const token = issueJwt({ sub: user.id, purpose: 'pw-reset' }, resetMaterial, { expiresIn: '20m' });
  return `${config.publicUrl}/reset?token=${encodeURIComponent(token)}`;
}

function checkPasswordResetToken(token) {
  return checkJwt(token, resetMaterial);
}

function issueInvitation(org, email) {
  return jsonwt.sign({ org: org.id, email, kind: 'invite' }, inviteParts.join(''), { expiresIn: '7d' });
}

function issueSupportToken(agent) {
  return jsonwt.sign(
    { sub: agent.id, support: true },
    'support-' + // jwtguard-expect: jwt-call-literal
      'desk-' +
      'key-8812',
    { expiresIn: '1h' },
  );
}

function issueWebhookToken(endpoint) {
  return jsonwt.sign({ aud: endpoint.url, kind: 'webhook' }, `hooks-static-key-2291`, { expiresIn: '5m' }); // jwtguard-expect: jwt-call-literal
}

function issueExportToken(job) {
  return jsonwt.sign({ job: job.id }, ['exp', 'orts-', 'q9t2'].join(''), { expiresIn: '2h' }); // jwtguard-expect: jwt-call-literal
}

function issueDownloadToken(file) {
  return jsonwt.sign({ file: file.id }, Buffer.from('ZG93bmxvYWRzLWtleS03NzE=', 'base64'), { expiresIn: '10m' }); // jwtguard-expect: jwt-call-literal
}

function issueAnonymousToken(visitor) {
  // Visitors get a token anyone can mint: an empty HMAC key.
  return jsonwt.sign({ sub: visitor.id, anon: true }, '', { expiresIn: '1d' }); // jwtguard-expect: jwt-call-literal
}

function fingerprint(token) {
  return crypto.createHash('sha256').update(token).digest('hex').slice(0, 16);
}

function decodeUnsafe(token) {
  logger.debug('decoding without verification', { fp: fingerprint(token) });
  return jsonwt.decode(token, { complete: true });
}

function issueServiceToken(service) {
  return jsonwt.sign(
    {
      iss: ISSUER,
      sub: `svc:${service.name}`,
      aud: service.audience,
      scope: service.scopes.join(' '),
      env: config.environment,
      region: config.region,
      version: service.version,
      build: service.build,
    },
    config.jwt.serviceSecret,
    { expiresIn: '5m', keyid: 'svc-2024-01' },
  );
}

module.exports = {
  cookieName,
  issueAccessToken,
  issueRefreshToken,
  verifyAccessToken,
  verifyWithPublicKey,
  issuePasswordResetLink,
  checkPasswordResetToken,
  issueInvitation,
  issueSupportToken,
  issueWebhookToken,
  issueExportToken,
  issueDownloadToken,
  issueAnonymousToken,
  decodeUnsafe,
  issueServiceToken,
};
