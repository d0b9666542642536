import type { RuleCases } from '../types.js';

// Key material made up for these cases (random base64url, not keys of anything).
const N = '0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECP';
const D_RSA = 'X4cTteJY_gn4FYPsXB8rdXix5vwsg1FLN5E3EaG6RJoVH-HLLKD9M7dx5oo7GURknchnrRweUkC7hT5fJLM0WbFAKNLW';
const P = '83i-7IvMGXoMXCskv73TKr8637FiO7Z27zv8oj6pbWUQyLPQBQxtPVnwD20R-60eTDmD2ujnMt5PoqMrm8RfmNhVWDtj';
const K = 'SPNQ0hQm6ccllZUWvegleNOYt_-ufdOiyLAV3LunF-Y';
const D_EC = 'U08829idnWRCf3ms6I-SYbKzustMz0VrCNmMUyFsmlI';
const X = 'sTFR1RUhDs2-yH_oR3d7tNevw2ZXRJU950_ekYk2P6E';
const Y = 'hWftZIkquyaLfYoxtL4esLBdPsk_i5oJNlh_DFMfgHY';
const D_OKP = 'yQ0af-VgqJ2UZMaTQGdx47U0hvpO8F7Aec80WK5fcrc';
const X_OKP = 'Rswdlla5Ldw5XbaV4eA6H9NW842uov7fFamBfp5u9-8';

export const cases: RuleCases = {
  rule: 'jwk-private-key',
  truePositives: [
    { path: 'keys/jwk.json', code: `{\n  "kty": "RSA",\n  "n": "${N}",\n  "e": "AQAB",\n  "d": "${D_RSA}",\n  "p": "${P}"\n}`, secret: D_RSA, note: 'RSA, pretty-printed' },
    { path: 'keys/jwk.json', code: `{\n  "d": "${D_RSA}",\n  "dp": "${P}",\n  "dq": "${P}",\n  "e": "AQAB",\n  "kty": "RSA"\n}`, secret: D_RSA, note: 'members sorted: kty below d' },
    { path: 'keys/jwks.json', code: `{"keys":[{"kty":"EC","crv":"P-256","x":"${X}","y":"${Y}","d":"${D_EC}"}]}`, secret: D_EC, note: 'EC on one line' },
    { path: 'keys/ed.json', code: `{\n  "crv": "Ed25519",\n  "d": "${D_OKP}",\n  "x": "${X_OKP}",\n  "kty": "OKP"\n}`, secret: D_OKP, note: 'OKP' },
    { path: 'keys/hmac.json', code: `{\n  "kty": "oct",\n  "k": "${K}",\n  "alg": "HS256"\n}`, secret: K, note: 'symmetric key' },
    { path: 'src/keys.ts', code: `const jwk = { kty: 'oct', k: '${K}', alg: 'HS256' };`, secret: K, note: 'JS object' },
    { path: 'src/keys.js', code: `const privateJwk = {\n  kty: 'EC',\n  crv: 'P-256',\n  x: '${X}',\n  y: '${Y}',\n  d: '${D_EC}',\n};`, secret: D_EC, note: 'JS object, pretty-printed' },
    { path: 'app/keys.py', code: `JWK = {"kty": "RSA", "n": "${N}", "e": "AQAB", "d": "${D_RSA}"}`, secret: D_RSA, note: 'Python dict' },
    { path: 'src/keys.ts', code: `await importJWK({ crv: 'Ed25519', kty: 'OKP', x: '${X_OKP}', d: '${D_OKP}' }, 'EdDSA');`, secret: D_OKP, note: 'jose importJWK' },
    { path: 'keys/rsa.json', code: `{\n  "n": "${N}",\n  "d": "${D_RSA}",\n  "qi": "${P}"\n}`, secret: D_RSA, note: 'no kty in view, but RSA private members' },
    { path: 'keys/hmac.json', code: `{"keys": [{"kid": "2024-01", "k": "${K}", "kty": "oct"}]}`, secret: K, note: 'k before kty' },
  ],
  falsePositives: [
    { path: 'keys/public.json', code: `{\n  "kty": "RSA",\n  "n": "${N}",\n  "e": "AQAB",\n  "kid": "main"\n}`, note: 'public JWK' },
    { path: 'keys/public.json', code: `{"kty":"EC","crv":"P-256","x":"${X}","y":"${Y}"}`, note: 'public EC JWK' },
    { path: 'src/keys.ts', code: "const jwk = { kty: 'oct', k: process.env.JWT_KEY };", note: 'k from the environment' },
    { path: 'src/keys.ts', code: "if (jwk.kty === 'RSA' && jwk.d) return 'private';", note: 'code about JWKs' },
    { path: 'docs/jwk.md', code: '{\n  "kty": "RSA",\n  "d": "<private exponent>",\n  "n": "..."\n}', note: 'documentation placeholder' },
    { path: 'src/icons.js', code: `const icon = { d: '${D_EC}' };`, note: 'a "d" with no JWK around it' },
    { path: 'keys/rsa.json', code: `{\n  "kty": "RSA",\n  "d": "xxxxxxxxxxxxxxxxxxxxxxxx"\n}`, note: 'masked' },
    { path: 'src/data.json', code: `{\n  "kty": "oct",\n  "kid": "${K}"\n}`, note: 'kid is not key material' },
    { path: 'src/keys.ts', code: `const pub = { kty: 'EC', crv: 'P-256', x: '${X}', y: '${Y}' };`, note: 'public JS object' },
    { path: 'keys/hmac.json', code: `{\n  "kty": "RSA",\n  "k": "${K}"\n}`, note: 'k only counts for oct keys' },
    { path: 'src/keys.ts', code: "const { d, ...publicJwk } = privateJwk; // drop d before publishing: kty stays", note: 'destructuring' },
  ],
  placeholders: [
    { path: 'keys/jwk.example.json', code: '{\n  "kty": "oct",\n  "k": "${JWT_OCT_KEY}"\n}' },
    { path: 'docs/jwk.md', code: '{ "kty": "EC", "crv": "P-256", "d": "<your-private-key>" }' },
  ],
};
