import type { RuleCases } from '../types.js';

// Test keys made up for these cases: key-shaped base64, not keys of anything.
const BODY = 'MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0';
const BODY2 = 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW';
// Made-up body lines, 64 characters each as PEM wraps them.
const L = [
  '1EMOx8KkjF78DPBQT/M9DUBIXKw+V3l35B+MrAKjVqy2yc6knVWw+InhKPSDVVWQ',
  '9o4rM8Hc7vF1/XI15NTXcX+6bsMrnh5uM9gEDNtogdv5b9i0fVPYA8I5+HHuv5c4',
  'TQwNXRnuQmpypb1IoTRo6+oIkot+tDFfREYkTie/Mw3gX4vRZldh4s5F9DM4e4bM',
  'Hp3H2V6BQgn+FantzVRDSaXccHG2/DWTem+NmRxa5Crr2kejJS9AN31zRwKm/QvR',
  'y0qGHePtLRRM62adhYlo396eBHqL3z7w5AutB4CKebzg5Ruh+L7+rkZaLYma5gwL',
  'jifBPFuKQVIuPlmLkwIq9/U1E3hw73Lpj8qaIGU1fepiTrduu60ChWBe4vZYqKAx',
] as const;
/** A body as long as an RSA-4096 key's (about 50 lines): its END is far past the engine's window. */
const LONG_BODY = Array.from({ length: 50 }, (_, i) => L[i % L.length]).join('\n');
/** Two blocks in one file, the first without its END. */
const TWO_BLOCKS = `-----BEGIN RSA PRIVATE KEY-----\n${L[0]}\n${L[1]}\n${L[2]}\n-----BEGIN EC PRIVATE KEY-----\n${L[3]}\n${L[4]}\n-----END EC PRIVATE KEY-----`;

export const cases: RuleCases = {
  rule: 'private-key',
  truePositives: [
    { path: 'keys/jwt.pem', code: `-----BEGIN RSA PRIVATE KEY-----\n${BODY}\n-----END RSA PRIVATE KEY-----` },
    { path: 'keys/jwt.pem', code: `-----BEGIN PRIVATE KEY-----\n${BODY}` , note: 'PKCS#8' },
    { path: 'keys/ec.pem', code: `-----BEGIN EC PRIVATE KEY-----\n${BODY}`, note: 'EC' },
    { path: 'keys/dsa.pem', code: `-----BEGIN DSA PRIVATE KEY-----\n${BODY}`, note: 'DSA' },
    { path: 'keys/id_ed25519', code: `-----BEGIN OPENSSH PRIVATE KEY-----\n${BODY2}`, note: 'OpenSSH' },
    { path: 'keys/enc.pem', code: `-----BEGIN ENCRYPTED PRIVATE KEY-----\n${BODY}`, note: 'encrypted PKCS#8' },
    { path: 'keys/legacy.pem', code: `-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,3F17F5316E2BAC89\n\n${BODY}`, note: 'legacy encrypted PEM' },
    { path: 'src/keys.js', code: `const privateKey = "-----BEGIN RSA PRIVATE KEY-----\\n${BODY}\\n-----END RSA PRIVATE KEY-----";`, note: 'one line with \\n escapes' },
    { path: 'src/keys.ts', code: `const PRIVATE_KEY = \`-----BEGIN PRIVATE KEY-----\n${BODY}\n-----END PRIVATE KEY-----\`;`, note: 'template literal' },
    { path: 'src/keys.py', code: `PRIVATE_KEY = """-----BEGIN EC PRIVATE KEY-----\n${BODY}\n-----END EC PRIVATE KEY-----"""`, note: 'python triple quotes' },
    { path: 'config/app.json', code: `{ "private_key": "-----BEGIN PRIVATE KEY-----\\n${BODY}\\n-----END PRIVATE KEY-----\\n" }`, note: 'JSON with escapes' },
    { path: 'keys/pgp.asc', code: `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${BODY}`, note: 'PGP' },
    // Blocks without END, several blocks a file, bodies longer than the engine's window.
    { path: 'keys/bundle.pem', code: TWO_BLOCKS, secret: L[0], note: 'the first of two blocks, its END missing' },
    { path: 'keys/bundle.pem', code: TWO_BLOCKS, secret: L[3], note: 'the second of two blocks' },
    { path: 'keys/both.pem', code: `-----BEGIN PRIVATE KEY-----\n${L[1]}\n${L[2]}\n-----END PRIVATE KEY-----\n-----BEGIN PRIVATE KEY-----\n${L[4]}\n${L[5]}\n-----END PRIVATE KEY-----`, secret: L[4], note: 'the second of two complete blocks' },
    { path: 'keys/jwt.pem', code: `-----BEGIN RSA PRIVATE KEY-----\n${LONG_BODY}`, note: 'a 4096-bit sized body whose END is not in the diff' },
    { path: 'src/signer.js', code: `const key = \`-----BEGIN RSA PRIVATE KEY-----\n${L[2]}\n${L[3]}\n${L[4]}\`;\nconst token = jwt.sign(payload, key, { algorithm: 'RS256' });`, note: 'template literal closed before any END, code after' },
    { path: 'src/keys.py', code: `SIGNING_KEY = """-----BEGIN RSA PRIVATE KEY-----\n${LONG_BODY}\n-----END RSA PRIVATE KEY-----"""\n\ndef sign(claims):\n    return jwt.encode(claims, SIGNING_KEY, algorithm="RS256")`, note: 'python triple quotes, 4096-bit sized body' },
    { path: 'config/jwt.yaml', code: `jwt:\n  privateKey: |\n    -----BEGIN EC PRIVATE KEY-----\n    ${L[5]}\n    ${L[0]}\n  publicKeyPath: /etc/jwt/public.pem\n  issuer: auth.example.com`, note: 'YAML block scalar without END, another key after' },
    { path: 'src/auth.ts', code: `export const KEY = "-----BEGIN PRIVATE KEY-----\\n${L[1]}\\n${L[5]}\\n"; export const ALG = 'RS256';`, secret: `\\n${L[1]}\\n${L[5]}`, note: 'one line with \\n escapes, END missing, code after' },
    { path: 'config/app.yaml', code: `# old key, kept until the rotation is done:\n# -----BEGIN RSA PRIVATE KEY-----\n# ${L[3]}\n# ${L[4]}\n# -----END RSA PRIVATE KEY-----\nsigner:\n  keyPath: /etc/signer/key.pem`, secret: L[3], note: 'a key commented out line by line' },
    { path: 'src/keys.js', code: `// -----BEGIN EC PRIVATE KEY-----\n// ${L[5]}\n// ${L[0]}\nexport const keyPath = process.env.KEY_PATH;`, secret: L[5], note: 'a key commented out with //, END missing' },
    { path: 'src/main/java/Keys.java', code: `String pem = "-----BEGIN PRIVATE KEY-----\\n" +\n    "${L[2]}\\n" +\n    "${L[0]}\\n" +\n    "${L[3]}\\n";\nPrivateKey key = parse(pem);`, note: 'Java concatenation, END not in the hunk' },
  ],
  falsePositives: [
    { path: 'src/keys.js', code: "if (pem.startsWith('-----BEGIN RSA PRIVATE KEY-----')) return 'pkcs1';", note: 'a marker string in code' },
    { path: 'src/keys.js', code: "const header = '-----BEGIN PRIVATE KEY-----';", note: 'constant for parsing' },
    { path: 'keys/public.pem', code: `-----BEGIN PUBLIC KEY-----\n${BODY}\n-----END PUBLIC KEY-----`, note: 'public key' },
    { path: 'keys/cert.pem', code: `-----BEGIN CERTIFICATE-----\n${BODY}\n-----END CERTIFICATE-----`, note: 'certificate' },
    { path: 'docs/keys.md', code: 'Paste the key that starts with -----BEGIN PRIVATE KEY----- into the vault.', note: 'prose' },
    { path: 'src/keys.js', code: 'const re = /-----BEGIN (RSA )?PRIVATE KEY-----([\\s\\S]*?)-----END/;', note: 'a regex' },
    { path: 'keys/req.csr', code: `-----BEGIN CERTIFICATE REQUEST-----\n${BODY}`, note: 'CSR' },
    { path: 'src/keys.go', code: 'block, _ := pem.Decode([]byte(keyPEM)) // expects -----BEGIN PRIVATE KEY-----', note: 'comment' },
    { path: 'src/keys.js', code: "const key = fs.readFileSync(process.env.JWT_PRIVATE_KEY_PATH, 'utf8');", note: 'read from a file' },
    { path: 'keys/ssh.pub', code: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGq0 user@host', note: 'public ssh key' },
    { path: 'src/pem.js', code: "const PKCS8 = /-----BEGIN PRIVATE KEY-----\\n([A-Za-z0-9+/=\\n]+)\\n-----END PRIVATE KEY-----/;\nconst body = PKCS8.exec(text)[1];\nreturn Buffer.from(body, 'base64');", note: 'a BEGIN marker in a parsing regex' },
    { path: 'src/signer.ts', code: "const example = `-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC...\n`;\nexport function load(pem: string) {\n  return createPrivateKey({ key: pem, format: 'pem' });\n}", note: 'a truncated MIIE... placeholder followed by code' },
    { path: 'docs/keys.md', code: `Never commit the file that starts with -----BEGIN PRIVATE KEY-----; commit only its public half:\n\n-----BEGIN PUBLIC KEY-----\n${L[0]}\n${L[1]}\n-----END PUBLIC KEY-----`, note: 'a public key after a private marker in prose' },
    { path: 'docs/keys.md', code: `The private key starts with -----BEGIN RSA PRIVATE KEY-----\n-----BEGIN PUBLIC KEY-----\n${L[2]}\n${L[3]}\n-----END PUBLIC KEY-----`, note: 'a private marker ending a line, a public key below' },
    { path: 'docs/keys.md', code: `Keys begin with -----BEGIN PRIVATE KEY-----\n\n${L[2]}\n${L[3]}`, note: 'prose, a blank line, then base64 that is no body of it' },
    { path: 'test/pem.test.ts', code: "expect(pem).toContain('-----BEGIN PRIVATE KEY-----');\nexpect(pem.split('\\n').length).toBeGreaterThan(20);", note: 'a marker in an assertion, code after' },
    { path: 'config/app.yaml', code: '# -----BEGIN PRIVATE KEY-----\n# paste the staging key here, then remove the # signs\n# -----END PRIVATE KEY-----', note: 'a commented-out template' },
    { path: 'scripts/convert.sh', code: '# turns -----BEGIN RSA PRIVATE KEY----- (PKCS#1) into PKCS#8\nopenssl pkcs8 -topk8 -nocrypt -in "$IN" -out "$OUT"\nopenssl rsa -in "$OUT" -pubout', note: 'a marker in a shell comment' },
  ],
  placeholders: [
    { path: 'docs/setup.md', code: '-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----' },
    { path: '.env.example', code: 'JWT_PRIVATE_KEY="-----BEGIN PRIVATE KEY-----\\n<your key here>\\n-----END PRIVATE KEY-----"' },
    { path: 'README.md', code: '-----BEGIN PRIVATE KEY-----\nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n-----END PRIVATE KEY-----' },
    { path: 'docs/setup.md', code: '-----BEGIN OPENSSH PRIVATE KEY-----\nMIIE...your key...\n-----END OPENSSH PRIVATE KEY-----' },
  ],
};
