import type { RuleCases } from '../types.js';

// Tokens made up for these cases. JWT_IO is jwt.io's example token (signed with `your-256-bit-secret`).
const JWT_IO = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';
const HS256_RANDOM_KEY = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI0MiIsInJvbGUiOiJhZG1pbiIsImlhdCI6MTcwMDAwMDAwMH0.0zdJvHoTCDPh-Fa2dKbrTT2olfr3Mxe66dc_CnbYgXM';
const HS512_SECRET = 'eyJhbGciOiJIUzUxMiIsInR5cCI6IkpXVCJ9.eyJ1c2VyX2lkIjo3LCJleHAiOjE4OTM0NTYwMDB9.tt9Ky-4ImNL-crFvoYI8hdAUcdXUPfasRbqEkZjpH1mznHR4IlVp1qyl4Ns5aeNfqIa413fbiEjMn2SwffrQuA';
const HS384_SHHHHH = 'eyJhbGciOiJIUzM4NCJ9.eyJmb28iOiJiYXIifQ.OnAVY4NQp_x46SPb1IyjQJ13g8jrKYDR340OuQphRdam9hdCjr6IlMT69zw7YIAr';
const HS256_KEYBOARD_CAT = 'eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1MSIsIm5hbWUiOiJBZGEifQ.gTFOuiCivXtL0FcuNTxbTSr8opvT92I49RMbOOOG1O0';
const RS256 = 'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6Im1haW4ifQ.eyJpc3MiOiJodHRwczovL2F1dGguZXhhbXBsZS5jb20iLCJzdWIiOiJzdmMiLCJhdWQiOiJhcGkifQ.RaD6pj_8AR8CL_WxK9y_OxwSmjE5MUTZzJdOCqh_e1SNzvdEaN34vcUqSXgwzlMy48DgwwrKCaYkbPCOMYPVTzxQeCLK52T-XE2AiH4LBarkhKN61bedV_QJjEpvQza_mFDmqxkJ66No2dP1vhD6BpUECObZoI0wiPpBAhOnecL9_yA1t5qlOwk5vfm4hx2UX-hPY6A0Qjwz7UNBRIQOv6Aw2zvIS9NF1N3YtFUTxzIuSxi_0qZgDlFoTVt3O5VTK-FJTeZvCxc5AdjQ5eMj_STZelLGeC2b9dNi6yPKI8wj_g-gj_4fSC-N4HylcSA0FU6K2INCZk3ZI97hrY08cw';
const ES256 = 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJkZXZpY2UtOSJ9.W5gTvUC3eEuyWBKYPID_OlBsOxULzmjkC9S8JNtaGsYVzolYhVl-Hkhj6YYUnpk8AUhW3m8fK8ffcKiowwg7HA';
const UNSIGNED = 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.';
const NO_ALG = 'eyJ0eXAiOiJKV1QifQ.eyJzdWIiOiJ4In0.PL4vcah35rQMCVQ8ZQeoVqpxGuwdvdcrSQInfMSmFiE';
// The same, base64-wrapped as a Kubernetes Secret or a CI variable holds them (`echo -n … | base64`).
const WRAPPED_DEPLOY = 'ZXlKaGJHY2lPaUpJVXpJMU5pSXNJblI1Y0NJNklrcFhWQ0o5LmV5SnpkV0lpT2lKa1pYQnNiM2t0WW05MElpd2lhV0YwSWpveE56WTNNems0TkRBd2ZRLjNqQTh6YkRkZmJUZ29wOHlKbVd3a0x6SEFCMmlJbXFJNnM3RmhmNVpiNlU=';
/** Signed with `secret`, wrapped with the newline `echo … | base64` leaves. */
const WRAPPED_WEAK = 'ZXlKaGJHY2lPaUpJVXpJMU5pSXNJblI1Y0NJNklrcFhWQ0o5LmV5SnpkV0lpT2lKemRtTWlMQ0p5YjJ4bElqb2lZV1J0YVc0aWZRLnNGNzZoWl85WnVFa2gyZ3p6UTRRTW9wdl82WHc2aTZsSWdCMjZwd1pMUmMK';
const WRAPPED_UNSIGNED = 'ZXlKaGJHY2lPaUp1YjI1bEluMC5leUp6ZFdJaU9pSjRJbjAu';
const WRAPPED_NOT_JSON = 'ZXlKMGVYQWlPaUpLVjFRaWZRLm5vdC1hLWp3dC1hdC1hbGwtaGVyZS54';
const WRAPPED_TRUNCATED = 'ZXlKaGJHY2lPaUpJVXpJMU5pSjkuZXlKemRXSWlPaUl4SW4wLmFiYw==';
const ARRAY_PAYLOAD = 'eyJhbGciOiJIUzI1NiJ9.WzEsMl0.Hl9v6Hp1J6x5hl3Sccwx15ZN2pgpNwaWeCfyLrQcGQA';

export const cases: RuleCases = {
  rule: 'jwt-token',
  truePositives: [
    { path: 'test/auth.test.js', code: `const token = '${JWT_IO}';`, secret: JWT_IO, note: "jwt.io's example: signed with a public key" },
    { path: 'src/client.ts', code: `headers.Authorization = \`Bearer ${HS256_RANDOM_KEY}\`;`, secret: HS256_RANDOM_KEY, note: 'HS256, unknown key' },
    { path: 'tests/test_api.py', code: `TOKEN = "${HS512_SECRET}"`, secret: HS512_SECRET, note: 'HS512 signed with "secret"' },
    { path: 'spec/api_spec.rb', code: `let(:token) { '${HS384_SHHHHH}' }`, secret: HS384_SHHHHH, note: 'HS384 signed with "shhhhh"' },
    { path: 'src/seed.go', code: `const adminToken = "${HS256_KEYBOARD_CAT}"`, secret: HS256_KEYBOARD_CAT, note: 'typ before alg' },
    { path: 'config/service.json', code: `{ "serviceToken": "${RS256}" }`, secret: RS256, note: 'RS256' },
    { path: 'docs/api.md', code: `curl -H "Authorization: Bearer ${ES256}" https://api.example.com/me`, secret: ES256, note: 'in documentation' },
    { path: '.env', code: `API_TOKEN=${HS256_RANDOM_KEY}`, secret: HS256_RANDOM_KEY },
    { path: 'src/app.js', code: `fetch(\`/api?access_token=${JWT_IO}\`)`, secret: JWT_IO, note: 'in a URL' },
    { path: 'k8s/secret.yaml', code: `  token: ${ES256}`, secret: ES256, note: 'YAML' },
    { path: 'src/Main.java', code: `String jwt = "${RS256}";`, secret: RS256 },
    { path: 'k8s/secret.yaml', code: `kind: Secret\ndata:\n  token: ${WRAPPED_DEPLOY}`, secret: WRAPPED_DEPLOY, note: 'base64-wrapped, in Secret data' },
    { path: 'k8s/secret.yaml', code: `kind: Secret\ndata:\n  SERVICE_TOKEN: ${WRAPPED_WEAK}`, secret: WRAPPED_WEAK, note: 'base64-wrapped with a trailing newline, signed with a weak key' },
    { path: '.gitlab-ci.yml', code: `variables:\n  DEPLOY_TOKEN_B64: "${WRAPPED_DEPLOY}"`, secret: WRAPPED_DEPLOY, note: 'base64-wrapped in a CI variable' },
  ],
  falsePositives: [
    { path: 'docs/api.md', code: 'Send `Authorization: Bearer eyJhbGciOi...` with every request.', note: 'truncated example' },
    { path: 'docs/api.md', code: 'A token looks like header.payload.signature, e.g. eyJ...', note: 'shape only' },
    { path: 'docs/api.md', code: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc', note: 'truncated signature' },
    { path: 'src/auth.js', code: "const parts = token.split('.'); if (!token.startsWith('eyJ')) throw new Error('not a JWT');", note: 'code about tokens' },
    { path: 'src/auth.js', code: `const unsigned = '${UNSIGNED}';`, note: 'alg none: no signature, no credential' },
    { path: 'src/auth.js', code: `const t = '${NO_ALG}';`, note: 'header without alg' },
    { path: 'src/auth.js', code: `const t = '${ARRAY_PAYLOAD}';`, note: 'payload is not an object' },
    { path: 'src/auth.js', code: "const t = 'eyJub3QganNvbg.eyJub3QganNvbg.c2lnbmF0dXJlLXNpZ25hdHVyZQ';", note: 'parts do not decode as JSON' },
    { path: 'src/auth.js', code: `const jwe = '${HS256_RANDOM_KEY}.ZXh0cmE.dGFn';`, note: 'five parts: not a JWS' },
    { path: 'src/auth.js', code: 'const re = /^eyJ[\\w-]+\\.eyJ[\\w-]+\\.[\\w-]+$/;', note: 'a regex for tokens' },
    { path: 'src/auth.js', code: 'const token = jwt.sign(payload, process.env.JWT_SECRET);', note: 'making a token at run time' },
    { path: 'k8s/secret.yaml', code: `data:\n  token: ${WRAPPED_UNSIGNED}`, note: 'base64 of an unsigned token' },
    { path: 'k8s/secret.yaml', code: `data:\n  token: ${WRAPPED_NOT_JSON}`, note: 'base64 of eyJ… that is not a JWT' },
    { path: 'k8s/configmap.yaml', code: `data:\n  EXAMPLE: ${WRAPPED_TRUNCATED}`, note: 'base64 of a truncated example' },
    { path: 'docs/notes.md', code: 'A wrapped token starts with ZXlK (base64 of eyJ).', note: 'prose about the prefix' },
  ],
  placeholders: [
    { path: 'README.md', code: 'TOKEN=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.<payload>.<signature>' },
    { path: '.env.example', code: 'API_TOKEN=eyJ...' },
  ],
};
