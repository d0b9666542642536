const fs = require('fs');
const path = require('path');
const jwt = require('jsonwebtoken');
const { issueToken } = require('../express-auth');

const privateKey = fs.readFileSync(path.join(__dirname, 'fixtures/private.pem'));
const publicKey = fs.readFileSync(path.join(__dirname, 'fixtures/public.pem'));

describe('tokens', () => {
  it('round-trips an RS256 token from the fixtures', () => {
    const token = jwt.sign({ sub: 'test' }, privateKey, { algorithm: 'RS256' });
    expect(jwt.verify(token, publicKey).sub).toBe('test');
  });

  it('rejects a token signed with another key', () => {
    const forged = jwt.sign({ sub: 'mallory' }, 'unit-test-secret'); // jwtguard-expect: jwt-call-literal
    expect(() => jwt.verify(forged, process.env.TEST_JWT_SECRET)).toThrow();
  });

  it('issues tokens through the app', async () => {
    const token = await issueToken({ id: 1 });
    expect(jwt.decode(token)).toMatchObject({ sub: 1 });
  });
});
