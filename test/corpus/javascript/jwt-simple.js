var jwt = require('jwt-simple');

var payload = { foo: 'bar' };
var token = jwt.encode(payload, 'jwt-simple-xxx'); // jwtguard-expect: jwt-call-literal
var decoded = jwt.decode(token, 'jwt-simple-xxx'); // jwtguard-expect: jwt-call-literal

// HS256 secrets are typically 128-bit random strings, read from the environment here.
var hexKey = Buffer.from(process.env.SIMPLE_SECRET_HEX, 'hex');
var token2 = jwt.encode(payload, hexKey, 'HS512');
var unsafe = jwt.decode(token2, hexKey, true);
var hexLiteral = jwt.encode(payload, Buffer.from('fe1a1915a379f3be5394b64d14794932', 'hex')); // jwtguard-expect: jwt-call-literal

module.exports = { token, decoded, token2, unsafe, hexLiteral };
