import type { RuleCases } from '../types.js';

// jwt-key-identifier is reported by the file stage (identifier flow and the token analysis): a
// literal bound to a name, of any wording, that reaches a key position. Written from each library's
// documented call shapes; the keys are made up. Cross-file cases need an index: test/crossFile.test.ts
// and test/tokenAnalysis.test.ts.
export const cases: RuleCases = {
  rule: 'jwt-key-identifier',
  truePositives: [
    { path: 'src/auth.js', code: "const tokens = require('jsonwebtoken');\nconst material = 'neutral-name-key-7';\nexports.issue = (u) => tokens.sign({ sub: u.id }, material);", secret: 'neutral-name-key-7', note: 'neutral name, renamed require' },
    { path: 'auth/keys.go', code: 'package auth\n\nimport (\n\t"os"\n\tgjwt "github.com/golang-jwt/jwt/v5"\n)\n\nfunc key() []byte {\n\ts := os.Getenv("PARTNER_FEED")\n\tif s == "" {\n\t\ts = "go-dev-fallback"\n\t}\n\treturn []byte(s)\n}\n\nfunc Sign(c gjwt.Claims) (string, error) {\n\treturn gjwt.NewWithClaims(gjwt.SigningMethodHS256, c).SignedString(key())\n}', secret: 'go-dev-fallback', note: 'Go: fallback after an env read, through a key function and an import alias' },
    { path: 'auth/const.go', code: 'package auth\n\nimport "github.com/golang-jwt/jwt/v5"\n\nconst material = "go-const-material"\n\nfunc Sign(t *jwt.Token) (string, error) {\n\treturn t.SignedString([]byte(material))\n}', secret: 'go-const-material', note: 'Go const with a neutral name' },
    { path: 'app/__init__.py', code: 'from flask import Flask\nfrom flask_jwt_extended import JWTManager\n\nSIGNING = "flask-signing-const"\napp = Flask(__name__)\napp.config["JWT_SECRET_KEY"] = SIGNING\njwt = JWTManager(app)', secret: 'flask-signing-const', note: 'Flask config given a module constant' },
    { path: 'src/Token.php', code: "<?php\nuse Firebase\\JWT\\JWT;\n\nclass Token\n{\n    private const SIGNING = 'php-class-const-key';\n\n    public function issue(array $claims): string\n    {\n        return JWT::encode($claims, self::SIGNING, 'HS256');\n    }\n}", secret: 'php-class-const-key', note: 'PHP self::CONST' },
    { path: 'src/invite.js', code: "const jwt = require('jsonwebtoken');\nconst inviteParts = ['inv', 'ite-', 'links-', '2024'];\nexports.invite = (u) => jwt.sign({ sub: u.id }, inviteParts.join(''));", secret: 'invite-links-2024', note: 'a list of literals joined where the key goes' },
    { path: 'src/main/kotlin/auth/Security.kt', code: 'import com.auth0.jwt.JWT\nimport com.auth0.jwt.algorithms.Algorithm\n\nobject CourierKeys {\n    const val SIGNING = "courier-object-key-1"\n}\n\nfun sign(courier: String): String = JWT.create().withSubject(courier).sign(Algorithm.HMAC512(CourierKeys.SIGNING))', secret: 'courier-object-key-1', note: 'a Kotlin object constant named by its object' },
    { path: 'src/main/kotlin/auth/Server.kt', code: 'import com.auth0.jwt.algorithms.Algorithm\n\nprivate val material = System.getenv("PARTNER_HMAC") ?: "elvis-fallback-key-2"\nval algorithm = Algorithm.HMAC256(material)', secret: 'elvis-fallback-key-2', note: 'an elvis fallback bound to a name' },
    { path: 'Billing/Auth.cs', code: 'using Microsoft.IdentityModel.Tokens;\npublic static class Auth\n{\n    private static readonly string Kiosk = string.Concat("billing-", "kiosk-", "key-2024");\n    public static SymmetricSecurityKey Key() => new SymmetricSecurityKey(Encoding.UTF8.GetBytes(Kiosk));\n}', secret: 'billing-kiosk-key-2024', note: 'C# string.Concat of literals' },
    { path: 'src/main/java/auth/LegacyTokens.java', code: 'import io.jsonwebtoken.Jwts;\nimport io.jsonwebtoken.impl.TextCodec;\npublic final class LegacyTokens {\n    private static final String ENCODED = TextCodec.BASE64.encode("legacy-textcodec-key");\n    Claims read(String t) { return Jwts.parser().setSigningKey(ENCODED).parseClaimsJws(t).getBody(); }\n}', secret: 'legacy-textcodec-key', note: 'jjwt 0.9 TextCodec.BASE64.encode bound to a constant' },
    { path: 'src/auth/keys.rs', code: 'use jsonwebtoken::{DecodingKey, EncodingKey};\n\nconst MATERIAL: &[u8] = b"rust-const-bytes-key";\n\npub struct Keys { pub encoding: EncodingKey }\n\nimpl Keys {\n    fn new(secret: &[u8]) -> Self {\n        Self { encoding: EncodingKey::from_secret(secret) }\n    }\n}\n\npub fn material_keys() -> Keys { Keys::new(MATERIAL) }', secret: 'rust-const-bytes-key', note: "a constant passed to a constructor whose parameter is the key" },
    { path: 'src/sign.js', code: "const jwt = require('jsonwebtoken');\nfunction signWith(key, claims) {\n  return jwt.sign(claims, key);\n}\nexports.issue = (u) => signWith('helper-param-key', { sub: u.id });", secret: 'helper-param-key', note: 'a literal passed to a helper whose parameter is the key' },
    { path: 'src/assembled.js', code: "const jwt = require('jsonwebtoken');\nconst part = 'assembled-' + 'key-' + 'parts';\njwt.sign(payload, part);", secret: 'assembled-key-parts', note: 'concatenation folded into the bound value' },
  ],
  falsePositives: [
    { path: 'src/auth.js', code: "const tokens = require('jsonwebtoken');\nconst material = process.env.JWT_SECRET;\nexports.issue = (u) => tokens.sign({ sub: u.id }, material);", note: 'the name is bound to an environment read' },
    { path: 'src/auth.js', code: "const jwt = require('jsonwebtoken');\nconst algorithm = 'HS256';\nconst issuer = 'acme';\njwt.sign(payload, process.env.KEY, { algorithm, issuer });", note: 'names bound to literals reach options, not the key' },
    { path: 'auth/keys.go', code: 'package auth\n\nimport "github.com/golang-jwt/jwt/v5"\n\nconst header = "Authorization"\n\nfunc Sign(t *jwt.Token) (string, error) {\n\treturn t.SignedString([]byte(os.Getenv(header)))\n}', note: 'Go: the constant names the variable that holds the key' },
    { path: 'app/__init__.py', code: 'import os\nfrom flask import Flask\n\nENV_NAME = "JWT_SECRET_KEY"\napp = Flask(__name__)\napp.config["JWT_SECRET_KEY"] = os.environ[ENV_NAME]', note: 'Flask: the constant is the name of an environment variable' },
    { path: 'src/Token.php', code: "<?php\nuse Firebase\\JWT\\JWT;\n\nclass Token\n{\n    private const ALG = 'HS256';\n\n    public function issue(array $claims): string\n    {\n        return JWT::encode($claims, getenv('JWT_SECRET'), self::ALG);\n    }\n}", note: 'PHP: a class constant in the algorithm position' },
    { path: 'src/edge.ts', code: "import { jwtVerify } from 'jose';\nconst material = new TextEncoder().encode(process.env.PREVIEW_SECRET ?? '');\nawait jwtVerify(token, material);", note: "an empty fallback (?? '') only satisfies the type" },
    { path: 'src/sign.js', code: "const jwt = require('jsonwebtoken');\nfunction signWith(key, claims) {\n  return jwt.sign(claims, key);\n}\nexports.issue = (u) => signWith(process.env.JWT_SECRET, { sub: u.id });", note: 'a helper given the key from the environment' },
    { path: 'src/keys.js', code: "const jwt = require('jsonwebtoken');\nconst keyPath = './keys/private.pem';\njwt.sign(payload, fs.readFileSync(keyPath));", note: 'a path given to a file read, not the key' },
  ],
  placeholders: [
    { path: 'src/auth.js', code: "const jwt = require('jsonwebtoken');\nconst material = '<your-secret-here>';\njwt.sign(payload, material);" },
    { path: 'auth/const.go', code: 'package auth\n\nimport "github.com/golang-jwt/jwt/v5"\n\nconst material = "${JWT_SECRET}"\n\nfunc Sign(t *jwt.Token) (string, error) {\n\treturn t.SignedString([]byte(material))\n}' },
    { path: 'app/__init__.py', code: 'SIGNING = "xxxxxxxxxxxxxxxx"\napp.config["JWT_SECRET_KEY"] = SIGNING' },
  ],
};
