import type { RuleCases } from '../types.js';

// Test keys made up for these cases: key-shaped base64, not keys of anything.
const BODY = 'MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0';
const BODY2 = 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW';

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
  ],
  placeholders: [
    { path: 'docs/setup.md', code: '-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----' },
    { path: '.env.example', code: 'JWT_PRIVATE_KEY="-----BEGIN PRIVATE KEY-----\\n<your key here>\\n-----END PRIVATE KEY-----"' },
    { path: 'README.md', code: '-----BEGIN PRIVATE KEY-----\nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n-----END PRIVATE KEY-----' },
    { path: 'docs/setup.md', code: '-----BEGIN OPENSSH PRIVATE KEY-----\nMIIE...your key...\n-----END OPENSSH PRIVATE KEY-----' },
  ],
};
