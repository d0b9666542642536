import type { RuleCases } from '../types.js';

export const cases: RuleCases = {
  rule: 'jwt-call-literal',
  truePositives: [
    { path: 'src/auth.js', code: "const token = jwt.sign({ id }, 'shhhhh');", secret: 'shhhhh', note: 'jsonwebtoken README' },
    { path: 'src/auth.js', code: "jwt.verify(token, 'secret', (err, decoded) => {});", secret: 'secret' },
    { path: 'src/auth.ts', code: "const t = jwt.sign(\n  { userId: user.id },\n  'my_super_secret_dev_key', // Hardcoded secret\n  { expiresIn: '1h' }\n);", secret: 'my_super_secret_dev_key', note: 'multi-line call' },
    { path: 'src/auth.ts', code: 'import { sign } from "jsonwebtoken";\nconst t = sign(payload, "k3y-f0r-t0kens");', secret: 'k3y-f0r-t0kens', note: 'named import' },
    { path: 'src/auth.ts', code: "const { payload } = await jwtVerify(token, new TextEncoder().encode('jose-secret-value'));", secret: 'jose-secret-value' },
    { path: 'src/auth.ts', code: "const jwt = await new SignJWT({ 'urn:example:claim': true })\n  .setProtectedHeader({ alg })\n  .setExpirationTime('2h')\n  .sign(new TextEncoder().encode('cc7e0d44fd473002f1c42167459001140ec6389b7353f8088f4d9a95f2f596f2'));", secret: 'cc7e0d44fd473002f1c42167459001140ec6389b7353f8088f4d9a95f2f596f2', note: 'jose docs' },
    { path: 'src/keys.mjs', code: "const key = crypto.createSecretKey(Buffer.from('abc123-signing'));", secret: 'abc123-signing' },
    { path: 'src/keys.mjs', code: "const key = createSecretKey('raw-key-material', 'utf-8');", secret: 'raw-key-material' },
    { path: 'src/auth.js', code: "jwt.sign(payload, Buffer.from('c2VjcmV0LWtleS12YWx1ZQ==', 'base64'), { algorithm: 'HS256' });", secret: 'c2VjcmV0LWtleS12YWx1ZQ==' },
    { path: 'src/simple.js', code: "var token = jwt.encode(payload, 'xxx-simple-secret');", secret: 'xxx-simple-secret', note: 'jwt-simple' },
    { path: 'src/simple.js', code: "var decoded = jwt.decode(token, `templateKey`);", secret: 'templateKey' },
    { path: 'src/auth.service.ts', code: "return this.jwtService.sign(payload, { secret: 'nest-secret', expiresIn: '60s' });", secret: 'nest-secret', note: '@nestjs/jwt options' },
    { path: 'src/hono.ts', code: "const token = await sign(payload, 'mySecretKey')", secret: 'mySecretKey', note: 'hono/jwt' },
    { path: 'src/auth.js', code: 'jsonwebtoken.verify(token, "s3cr3t!", { algorithms: ["HS256"] })', secret: 's3cr3t!' },
  ],
  falsePositives: [
    { path: 'src/auth.js', code: 'const token = jwt.sign({ id }, process.env.JWT_SECRET);', note: 'environment read' },
    { path: 'src/auth.js', code: "jwt.verify(token, config.get('jwt.secret'));", note: 'config lookup: the literal is a key name' },
    { path: 'src/auth.js', code: 'jwt.sign(payload, secret, { algorithm: "HS256" });', note: 'variable' },
    { path: 'src/auth.js', code: 'jwt.sign(payload, getSigningKey());', note: 'key management call' },
    { path: 'src/auth.js', code: "const decoded = jwt.decode(token, { complete: true });", note: 'decode without a key' },
    { path: 'src/auth.js', code: "jwt.sign(payload, `${prefix}-${process.env.JWT_SECRET}`);", note: 'template' },
    { path: 'src/crypto.js', code: "const signature = crypto.sign('sha256', data, privateKey);", note: 'node:crypto, algorithm name' },
    { path: 'src/auth.ts', code: "const key = new TextEncoder().encode(process.env.JWT_SECRET);\nawait jwtVerify(token, key);", note: 'jose with env key' },
    { path: 'src/x.js', code: "logger.verify('jwt', 'checking tokens')", note: 'not a JWT library' },
    { path: 'src/auth.js', code: "jwt.sign(payload, '', opts);", note: 'empty string' },
    { path: 'README.md', code: "jwt.sign({ foo: 'bar' }, 'shhhhh');", note: 'documentation, not code' },
    { path: 'src/auth.js', code: "// jwt.sign(payload, process.env.JWT_SECRET) with options like 'HS256'", note: 'comment' },
    { path: 'src/auth.js', code: "const s = jwt.sign(\n  payload,\n  privateKey,\n  { algorithm: 'RS256', keyid: 'main' }\n);", note: 'options after a variable key' },
  ],
  placeholders: [
    { path: 'src/auth.js', code: 'jwt.sign(payload, `${JWT_SECRET}`);', note: 'template' },
  ],
};
