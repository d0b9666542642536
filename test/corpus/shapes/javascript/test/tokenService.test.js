const jwt = require('jsonwebtoken');
const { sign, verify } = require('jsonwebtoken');
const service = require('../src/auth/tokenService');

const user = { id: 'u_1', email: 'ada@example.com', displayName: 'Ada', roles: ['admin'], organisationId: 'o_1', plan: 'pro', locale: 'en-GB', timezone: 'Europe/London' };
const session = { id: 's_1', mfaVerified: true };

describe('tokenService', () => {
  beforeAll(() => {
    process.env.REFRESH_TOKEN_SECRET = process.env.CI_REFRESH_SECRET;
  });

  it('issues an access token that verifies', () => {
    const token = service.issueAccessToken(user, session);
    expect(service.verifyAccessToken(token).sub).toBe('u_1');
  });

  it('rejects a token signed with another key', () => {
    const forged = sign({ sub: 'mallory' }, 'spec-forged-key-01'); // jwtguard-expect: jwt-call-literal
    expect(() => service.verifyAccessToken(forged)).toThrow('invalid signature');
  });

  it('rejects an expired token', () => {
    const expired = jwt.sign(
      {
        sub: 'u_1',
        sid: 's_1',
        email: 'ada@example.com',
        name: 'Ada',
        roles: ['admin'],
        org: 'o_1',
        plan: 'pro',
        locale: 'en-GB',
        exp: Math.floor(Date.now() / 1000) - 60,
      },
      'acct-access-4c1f9e2d', // jwtguard-expect: jwt-call-literal
    );
    expect(() => service.verifyAccessToken(expired)).toThrow('jwt expired');
  });

  it('decodes without verifying', () => {
    const token = service.issueAccessToken(user, session);
    expect(service.decodeUnsafe(token).header.alg).toBe('HS256');
  });

  it('accepts an anonymous token only with the anonymous key', () => {
    const token = service.issueAnonymousToken({ id: 'v_9' });
    expect(verify(token, '', { algorithms: ['HS256'] }).anon).toBe(true);
  });

  it('keeps the cookie name stable', () => {
    expect(service.cookieName).toBe('acc_session');
  });
});
