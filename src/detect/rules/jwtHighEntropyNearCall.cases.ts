import type { RuleCases } from '../types.js';

// Random strings made up for these cases.
const HEX = 'b62f84df3adb243115fbee585a5ecf8ad7e52da380484b88ef25005d8901ea8d';
const B64 = 'QRJDQFFS3wm8AqgB+rN9M0Qv/K9uMQG/yPfdLBbX7iwS';
const B64URL = 'k9Qv3LxZ7pT2wR8mN4bY6cJ1hF5sD0gA';
const OTHER = 'v#8Kp!2qZ@x7Lm$4Rt%9Ws^3';
const FAR = '\n'.repeat(15);
// Random keys of 16 to 20 characters, made up for these cases.
const SHORT16 = 'RYT5NLJUEuzADJ1Y';
const SHORT16URL = 'CTIKayfJ_3LA62rZ';
const SHORT18 = 'NpDYj5j6h7nCwB5f49';
const SHORT20 = 'eXCoO8poWyzwJUzeE2HT';

export const cases: RuleCases = {
  rule: 'jwt-high-entropy-near-call',
  truePositives: [
    { path: 'src/auth.js', code: `const K = '${HEX}';\nconst token = jwt.sign(payload, K);`, secret: HEX, note: 'hex key a line above the call' },
    { path: 'src/auth.ts', code: `import jwt from 'jsonwebtoken';${FAR}const material = '${B64}';`, secret: B64, note: 'far from the call, in a file importing jsonwebtoken' },
    { path: 'app/auth.py', code: `import jwt${FAR}_K = "${B64URL}"`, secret: B64URL, note: 'PyJWT import' },
    { path: 'auth/token.go', code: `import (\n\t"github.com/golang-jwt/jwt/v5"\n)${FAR}var material = "${HEX}"`, secret: HEX, note: 'golang-jwt import' },
    { path: 'src/main/java/Auth.java', code: `import io.jsonwebtoken.Jwts;${FAR}private static final String M = "${B64}";`, secret: B64, note: 'jjwt import' },
    { path: 'src/Auth.cs', code: `using System.IdentityModel.Tokens.Jwt;${FAR}var m = "${B64URL}";`, secret: B64URL, note: 'C# JwtSecurityTokenHandler' },
    { path: 'lib/auth.rb', code: `require 'jwt'${FAR}M = '${OTHER}'`, secret: OTHER, note: 'ruby-jwt, other alphabet' },
    { path: 'src/Auth.php', code: `use Firebase\\JWT\\JWT;${FAR}$m = '${HEX}';`, secret: HEX, note: 'firebase/php-jwt' },
    { path: 'src/auth.rs', code: `use jsonwebtoken::{encode, Header};${FAR}let m = "${B64URL}";`, secret: B64URL, note: 'Rust jsonwebtoken' },
    { path: 'src/auth.js', code: `const opts = {\n  algorithm: 'HS256',\n  material: '${B64URL}',\n};`, secret: B64URL, note: 'next to an HS256 option' },
    { path: 'src/auth.ts', code: `const keys = ['${HEX}'];\nexport const verify = (t: string) => jwtVerify(t, pick(keys));`, secret: HEX, note: 'in an array near jwtVerify' },
    // Random 16 to 20 character keys: below the base64 threshold of long strings, near the mean of random ones.
    { path: 'src/auth.js', code: `import jwt from 'jsonwebtoken';${FAR}const material = '${SHORT16}';`, secret: SHORT16, note: 'a random 16-character key in a jsonwebtoken file' },
    { path: 'app/tokens.py', code: `import jwt${FAR}SIGNING = "${SHORT16URL}"`, secret: SHORT16URL, note: 'a random 16-character base64url key, PyJWT' },
    { path: 'auth/token.go', code: `import (\n\t"github.com/golang-jwt/jwt/v5"\n)${FAR}var material = []byte("${SHORT20}")`, secret: SHORT20, note: 'a random 20-character key, golang-jwt' },
    { path: 'lib/tokens.rb', code: `require 'jwt'${FAR}MATERIAL = 'xwBKkAtNPnkGOYOH'`, secret: 'xwBKkAtNPnkGOYOH', note: 'a random 16-letter key without a digit' },
    { path: 'src/main/java/Tokens.java', code: `import io.jsonwebtoken.Jwts;${FAR}private static final String M = "${SHORT18}";`, secret: SHORT18, note: 'a random 18-character key, jjwt' },
  ],
  falsePositives: [
    { path: 'src/main/kotlin/auth/AppSettings.kt', code: 'import com.auth0.jwt.JWT\nval databaseUrl: String = System.getenv("DATABASE_URL") ?: "jdbc:postgresql://localhost/shipping"', note: 'a JDBC URL is a URL' },
    { path: 'src/auth/keys.js', code: "const jwt = require('jsonwebtoken');\nconst PUBLIC_PEM = [\n  '-----BEGIN PUBLIC KEY-----',\n  'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEq9m2x3Lw1c7T0a5cYkRm3n4pW8sV',\n  'Zb7fJ2uQ1xG6h9Kd0rT4yE3oN5iA8vC2lB1mD7sF6gH9jK0qP3wR5tY8uI2oA==',\n  '-----END PUBLIC KEY-----',\n].join('\\n');\njwt.verify(token, PUBLIC_PEM);", note: 'the body lines of a public key written a string per line' },
    { path: 'exports/snapshot.go', code: 'return jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"bandwidthQuotaGB": a.BandwidthQuotaGB, "storageQuotaGB": a.StorageQuotaGB}).SignedString([]byte(os.Getenv("SNAPSHOT_SECRET")))', note: 'camelCase claim names of 16 letters: a name by shape' },
    { path: 'src/auth.js', code: `const material = '${HEX}';`, note: 'no JWT code in sight' },
    { path: 'src/auth.js', code: "import jwt from 'jsonwebtoken';\nconst id = 'c0a0a147-686f-4d75-8a20-b384448c508e';", note: 'UUID' },
    { path: 'src/auth.js', code: "import jwt from 'jsonwebtoken';\nconst integrity = 'sha512-Qm9vb2Jhcg3xT9k2LmNoPq7RsTuVwXyZ0123456789abcdefABCDEF==';", note: 'integrity hash' },
    { path: 'src/auth.js', code: "import jwt from 'jsonwebtoken';\nimport { helper } from './lib/aB3dE5gH7jK9mN1pQ3sT5v';", note: 'import path' },
    { path: 'src/auth.js', code: "import jwt from 'jsonwebtoken';\nconst issuer = 'https://auth.example.com/realms/k9Qv3LxZ7pT2wR8mN4bY6cJ1hF5sD0gA';", note: 'URL without credentials' },
    { path: 'src/auth.js', code: `import jwt from 'jsonwebtoken';\nconst clientId = '${B64URL}';`, note: 'a public id' },
    { path: 'src/auth.js', code: `jwt.sign(payload, '${HEX}');`, note: 'jwt-call-literal reports it' },
    { path: 'src/auth.js', code: `import jwt from 'jsonwebtoken';\nconst JWT_SECRET = '${B64URL}';`, note: 'jwt-secret-assignment reports it' },
    { path: 'src/auth.js', code: "import jwt from 'jsonwebtoken';\nconst commit = '9fceb02d0ae598e95dc970b74767f19372d61af8';", note: 'git SHA' },
    { path: 'src/auth.js', code: "import jwt from 'jsonwebtoken';\nconst logo = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk';", note: 'base64 image' },
    { path: 'src/auth.js', code: "import jwt from 'jsonwebtoken';\nconst message = 'Token expired: please sign in again to continue';", note: 'prose' },
    { path: 'src/auth.js', code: "import jwt from 'jsonwebtoken';\nconst version = '4.18.2-beta.1+build.20240101';", note: 'version' },
    { path: 'package-lock.json', code: '"jsonwebtoken": {\n  "integrity": "sha512-abc"\n}', note: 'lockfile' },
    { path: 'src/auth.js', code: `// import jwt from 'jsonwebtoken'${FAR}const material = 'f3a9c2e81b7d4f60a5e9d3c1b8f7a2e4';`, note: 'import in a comment, far above' },
    { path: 'auth/token.go', code: 'import (\n\t"github.com/golang-jwt/jwt/v5"\n\t"github.com/aB3dE5gH7jK9/mN1pQ3sT5v"\n)', note: 'Go import paths' },
    { path: 'server/config.go', code: 'import "github.com/golang-jwt/jwt/v5"\ntype C struct {\n\tStrict string `env:"JWT_SECRET,required"`\n}', note: 'Go struct tag' },
    { path: 'myproject/settings.py', code: "REST_FRAMEWORK = {\n    'DEFAULT_AUTHENTICATION_CLASSES': ('rest_framework_simplejwt.authentication.JWTAuthentication',),\n}", note: 'dotted module path' },
    { path: 'config/app.json', code: `{ "jwtIssuer": "x", "buildHash": "${HEX}" }`, note: 'not a code file' },
    // Ordinary strings of 16 to 20 characters, whose entropy is near a random string's: their letters read as English.
    { path: 'src/auth.js', code: "import jwt from 'jsonwebtoken';\nconst accept = 'application/json';", note: 'a MIME type' },
    { path: 'src/auth.js', code: "import jwt from 'jsonwebtoken';\nconst loader = 'loadUserProfile2';", note: 'a camelCase name with a digit' },
    { path: 'src/auth.ts', code: "import { jwtVerify } from 'jose';\nconst decoder = 'utf8Decoder16bit';", note: 'a name with digits inside' },
    { path: 'app/tokens.py', code: "import jwt\nHEADER = 'X-Requested-With'", note: 'a header name' },
    { path: 'app/tokens.py', code: "import jwt\nQUERY = 'SELECT * FROM users'", note: 'SQL' },
    { path: 'src/auth.js', code: "import jwt from 'jsonwebtoken';\nconst route = '/api/v1/users/me';", note: 'an API path' },
    { path: 'src/auth.js', code: "import jwt from 'jsonwebtoken';\nconst handler = 'camelCaseFunctionName';", note: 'a camelCase name: letters only, mixed case, English pairs' },
    { path: 'src/auth.js', code: "import jwt from 'jsonwebtoken';\nconst letters = 'AbCdEfGhIjKlMnOp';", note: 'an alphabet walk in mixed case' },
  ],
  placeholders: [
    { path: 'src/auth.js', code: "const K = 'xxxxxxxxxxxxxxxxxxxxxxxx';\njwt.sign(payload, K);" },
    { path: 'src/auth.js', code: "const K = '<your-signing-key-goes-here>';\njwt.sign(payload, K);" },
  ],
};
