import type { RuleCases } from '../types.js';

// Made-up values: random-looking for their alphabet, or from the weak list. They open nothing.
const RANDOM = 'Zq7Xw3Kp9Lm2Vb8Nc4Rt6Yh1';
const HEX = 'f3a9c1e7b5d29e1b7d3f5a0c4d2b8e6a';
// Random values of 16 to 20 characters, made up for these cases.
const SHORT16 = 'NFy27Cp9NI66lj1t';
const SHORT16B = 'vIplAiO5MgBrEUoZ';
const SHORT16URL = 'pmkE3SPc9aHT7FbJ';
const SHORT20 = 'WQvRUSbI8a4DjPC4jymx';

export const cases: RuleCases = {
  rule: 'generic-secret-assignment',
  truePositives: [
    { path: '.env', code: `SESSION_SECRET=${RANDOM}Jd5`, secret: `${RANDOM}Jd5` },
    { path: 'src/db.js', code: `const DB_PASSWORD = '${RANDOM}';`, secret: RANDOM },
    { path: 'src/main/resources/application.yml', code: 'spring:\n  datasource:\n    password: admin', secret: 'admin', note: 'a weak word' },
    { path: 'app/settings.py', code: `API_KEY = "${HEX}"`, secret: HEX, note: 'hex' },
    { path: 'config/oauth.json', code: `{ "client_secret": "aB3dE5gH7jK9Qw3Rt5Yu7Io9" }`, secret: 'aB3dE5gH7jK9Qw3Rt5Yu7Io9' },
    { path: 'src/main/resources/application.properties', code: 'spring.datasource.password=changeme', secret: 'changeme', note: 'a weak word in properties' },
    { path: 'internal/api/client.go', code: 'const apiToken = "Qw3Rt5Yu7Io9Zx2Cv4Bn6Mq8"', secret: 'Qw3Rt5Yu7Io9Zx2Cv4Bn6Mq8' },
    { path: 'docker-compose.yml', code: '      POSTGRES_PASSWORD: "Pg7Kq2Lz9Xw4Mv8Nb3Hj"', secret: 'Pg7Kq2Lz9Xw4Mv8Nb3Hj' },
    { path: '.env', code: 'APP_KEY=base64:Zq7Xw3Kp9Lm2Vb8Nc4Rt6Yh1Jd5Gf0SeUaPo+/Ab=', secret: 'base64:Zq7Xw3Kp9Lm2Vb8Nc4Rt6Yh1Jd5Gf0SeUaPo+/Ab=', note: 'a Laravel app key' },
    { path: 'config/initializers/webhooks.rb', code: `WEBHOOK_SECRET = '${HEX}${HEX}'`, secret: `${HEX}${HEX}` },
    { path: 'src/Auth.cs', code: `options.ClientSecret = "${RANDOM}Ab";`, secret: `${RANDOM}Ab` },
    { path: 'app/db.py', code: `conn = psycopg2.connect(host=host, password="${RANDOM}")`, secret: RANDOM, note: 'a keyword argument' },
    { path: 'config/app.php', code: `    'password' => '${RANDOM}',`, secret: RANDOM },
    { path: 'config/service.toml', code: `api_key = "${RANDOM}"`, secret: RANDOM },
    { path: 'src/session.js', code: "app.use(session({ secret: 'keyboard cat' }));", secret: 'keyboard cat', note: "express-session's documented default" },
    // Random 16 to 20 character values: below the base64 threshold of long strings, near the mean of random ones.
    { path: 'app/settings.py', code: `API_SECRET = "${SHORT16}"`, secret: SHORT16, note: 'a random 16-character secret' },
    { path: 'config/app.yml', code: `stripe:\n  webhook_secret: ${SHORT16B}`, secret: SHORT16B, note: 'a random 16-character secret in YAML' },
    { path: 'src/Config.php', code: `$apiKey = '${SHORT20}';`, secret: SHORT20, note: 'a random 20-character key, PHP' },
    { path: 'src/client.ts', code: `const clientSecret = '${SHORT16URL}';`, secret: SHORT16URL, note: 'a random 16-character base64url secret' },
  ],
  falsePositives: [
    { path: 'charts/db/values.yaml', code: 'auth:\n  existingSecret: api-secrets\n  secretKey: jwt-secret', note: "Helm's existingSecret: secretKey names a key of that Secret" },
    { path: 'test/fixtures/users.js', code: `module.exports = { password: '${RANDOM}' };`, note: 'a fixture, by path' },
    { path: 'src/__tests__/auth.test.ts', code: "const password = 'admin';", note: 'a test, by path' },
    { path: 'src/db.js', code: 'const DB_PASSWORD = process.env.DB_PASSWORD;', note: 'environment read' },
    { path: 'src/i18n/en.json', code: '{ "password": "Password" }', note: 'the word itself' },
    { path: 'src/config.js', code: "const passwordMinLength = '12';", note: 'not the secret' },
    { path: 'src/oauth.js', code: "const tokenUrl = 'https://oauth2.googleapis.com/token';", note: 'a URL' },
    { path: 'src/form.js', code: `const csrfToken = '${RANDOM}';`, note: 'a CSRF token is not a credential' },
    { path: 'src/i18n/en.json', code: '{ "forgotPassword": "Forgot your password?" }', note: 'prose' },
    { path: 'db/seeds.rb', code: "User.create!(email: 'a@acme.io', password: '$2b$12$Zq7Xw3Kp9Lm2Vb8Nc4Rt6eYh1Jd5Gf0SeUaPoAbQw3Rt5Yu7Io9Zx')", note: 'a bcrypt hash' },
    { path: '.env', code: 'DB_PASSWORD=${DB_PASSWORD}', note: 'reference' },
    { path: 'src/config.js', code: `const JWT_SECRET = '${RANDOM}';`, note: "jwt-secret-assignment's" },
    { path: 'app/llm.py', code: 'max_tokens = 4096', note: 'a count' },
    { path: 'src/db.js', code: "const password = 'hunter22';", note: 'short and not on the weak list' },
    { path: '.env', code: 'GITHUB_TOKEN=ghp_aB3dE5gH7jK9Qw3Rt5Yu7Io9Zx2Cv4Bn6Mq8', note: "github-token's, reported once" },
    { path: 'config/application.yml', code: 'password: ENC(Zq7Xw3Kp9Lm2Vb8Nc4Rt6Yh1Jd5Gf0SeUaPo)', note: 'encrypted (jasypt)' },
    { path: 'group_vars/all.yml', code: 'db_password: !vault |', note: 'Ansible vault' },
    { path: '.env.example', code: 'DB_PASSWORD=changeme', note: 'a weak word in an example file' },
    { path: 'src/api.js', code: "const apiKeyHeader = 'X-Api-Key';", note: 'a header name' },
    { path: 'src/auth.js', code: "const tokenType = 'Bearer';", note: 'a kind' },
    { path: 'deploy/values.yaml', code: 'dbPassword: DB_PASSWORD_FROM_VAULT', note: 'the name of another variable' },
    { path: '.env', code: 'STRIPE_SECRET_KEY=sk_test_aB3dE5gH7jK9Qw3Rt5Yu7Io9', note: 'a Stripe test-mode key reaches no money' },
    { path: 'docker-compose.yml', code: '      - DB_PASSWORD=${DB_PASSWORD:?set DB_PASSWORD}', note: 'a required reference' },
    // Ordinary strings of 16 to 20 characters where a secret goes: their entropy is near a random string's, their letters read as English.
    { path: 'app/settings.py', code: 'CLIENT_SECRET_CONTENT_TYPE = "application/json"', note: 'a MIME type' },
    { path: 'src/auth.js', code: "const tokenHandler = 'camelCaseFunctionName';", note: 'a function name' },
    { path: 'src/auth.js', code: "const tokenRoute = '/api/v1/users/me';", note: 'a path' },
    { path: 'src/db.js', code: "const passwordQuery = 'SELECT * FROM users';", note: 'SQL' },
    { path: 'src/session.ts', code: "const sessionSecretCache = 'userProfileCache';", note: 'a camelCase name' },
    { path: 'app/config.py', code: "API_KEY_HEADER = 'X-Requested-With'", note: 'a header name' },
    { path: '.env', code: 'SLACK_LEGACY_TOKEN=xoxb-Qw3Rt5Yu7Io9', note: "a provider's prefix before a body too short to judge" },
  ],
  placeholders: [
    { path: '.env.example', code: 'API_KEY=your_api_key_here' },
    { path: 'deploy/values.yaml', code: "secret: '{{ .Values.secret }}'" },
    { path: 'config/app.yml', code: "password: '********'" },
    { path: '.env', code: 'CLIENT_SECRET=<client-secret>' },
  ],
};
