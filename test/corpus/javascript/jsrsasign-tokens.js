const rs = require('jsrsasign');
const fs = require('fs');

const oHeader = { alg: 'HS256', typ: 'JWT' };
const sHeader = JSON.stringify(oHeader);
const sPayload = JSON.stringify({ sub: 'user', nbf: rs.KJUR.jws.IntDate.get('now') });

const sJWT = rs.KJUR.jws.JWS.sign('HS256', sHeader, sPayload, { utf8: 'jsrsasign-utf8-secret' }); // jwtguard-expect: jwt-call-literal
const sJWT2 = KJUR.jws.JWS.sign(null, '{"alg":"HS256","typ":"JWT"}', sPayload, '616161'); // jwtguard-expect: jwt-call-literal
const isValid = KJUR.jws.JWS.verifyJWT(sJWT, { utf8: 'jsrsasign-utf8-secret' }, { alg: ['HS256'] }); // jwtguard-expect: jwt-call-literal
const isValid2 = KJUR.jws.JWS.verifyJWT(sJWT2, process.env.JWS_HEX_KEY, { alg: ['HS256'], verifyAt: rs.KJUR.jws.IntDate.get('now') });

const prv = rs.KEYUTIL.getKey(fs.readFileSync('keys/rsa.pem', 'utf8'));
const sJWT3 = KJUR.jws.JWS.sign('RS256', sHeader, sPayload, prv);

module.exports = { sJWT, sJWT2, isValid, isValid2, sJWT3 };
