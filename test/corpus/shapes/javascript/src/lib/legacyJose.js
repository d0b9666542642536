// Still on jose 2.x for the mobile v1 API (JWK.asKey / JWT.sign); moved to jose 4 everywhere else.
const { JWK, JWT, JWKS } = require('jose');
const fs = require('fs');

const mobileKey = JWK.asKey('mobile-v1-oct-key-30'); // jwtguard-expect: jwt-key-identifier
const signingKeyFromDisk = JWK.asKey(fs.readFileSync('keys/mobile-v1.pem'));
const keystore = new JWKS.KeyStore([signingKeyFromDisk]);

function issueMobileToken(device) {
  return JWT.sign({ device: device.id, platform: device.platform }, mobileKey, {
    algorithm: 'HS256',
    expiresIn: '12 hours',
    header: { typ: 'JWT' },
  });
}

function verifyMobileToken(token) {
  return JWT.verify(token, mobileKey, { algorithms: ['HS256'] });
}

function verifyPartnerToken(token) {
  return JWT.verify(token, JWK.asKey('partner-v1-oct-key-77'), { algorithms: ['HS256'] }); // jwtguard-expect: jwt-call-literal
}

function verifyFromStore(token) {
  return JWT.verify(token, keystore, { algorithms: ['RS256'] });
}

module.exports = { issueMobileToken, verifyMobileToken, verifyPartnerToken, verifyFromStore };
