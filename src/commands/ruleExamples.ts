// Generated from each rule's first labeled true case (src/detect/rules/*.cases.ts) by
// test/scan.test.ts: rewrite it with `UPDATE_GOLDEN=1 npx vitest run test/scan.test.ts`. Every
// value here is made up. Only `jwtguard rules` loads this module.

export interface RuleExample {
  /** A file name, which sets the language. */
  path: string;
  code: string;
  /** A second file holding the same code (a rule about two files). */
  alsoIn?: string;
}

export const RULE_EXAMPLES: Readonly<Record<string, RuleExample>> = {
  "jwt-call-literal": { path: "src/auth.js", code: "const token = jwt.sign({ id }, 'shhhhh');" },
  "jwt-secret-fallback": { path: "src/config.js", code: "const JWT_SECRET = process.env.JWT_SECRET || 'dev-secret';" },
  "jwt-secret-assignment": { path: "src/config.js", code: "const JWT_SECRET = 'my-jwt-secret';" },
  "private-key": { path: "keys/jwt.pem", code: "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0\n-----END RSA PRIVATE KEY-----" },
  "jwt-token": { path: "test/auth.test.js", code: "const token = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';" },
  "jwk-private-key": { path: "keys/jwk.json", code: "{\n  \"kty\": \"RSA\",\n  \"n\": \"0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECP\",\n  \"e\": \"AQAB\",\n  \"d\": \"X4cTteJY_gn4FYPsXB8rdXix5vwsg1FLN5E3EaG6RJoVH-HLLKD9M7dx5oo7GURknchnrRweUkC7hT5fJLM0WbFAKNLW\",\n  \"p\": \"83i-7IvMGXoMXCskv73TKr8637FiO7Z27zv8oj6pbWUQyLPQBQxtPVnwD20R-60eTDmD2ujnMt5PoqMrm8RfmNhVWDtj\"\n}" },
  "jwt-high-entropy-near-call": { path: "src/auth.js", code: "const K = 'b62f84df3adb243115fbee585a5ecf8ad7e52da380484b88ef25005d8901ea8d';\nconst token = jwt.sign(payload, K);" },
  "jwt-key-identifier": { path: "src/auth.js", code: "const tokens = require('jsonwebtoken');\nconst material = 'neutral-name-key-7';\nexports.issue = (u) => tokens.sign({ sub: u.id }, material);" },
  "jwt-shared-key": { path: ".env.development", alsoIn: ".env.production", code: "JWT_SECRET=9f2c4e71b8d35a06e1c7" },
  "aws-access-key-id": { path: "src/s3.js", code: "const accessKeyId = 'AKIAQ2W3E4R5T6Y7U2I3';" },
  "aws-secret-access-key": { path: ".env", code: "AWS_SECRET_ACCESS_KEY=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" },
  "github-token": { path: ".env", code: "GITHUB_TOKEN=ghp_aB3dE5gH7jK9Qw3Rt5Yu7Io9Zx2Cv4Bn6Mq8" },
  "gitlab-token": { path: ".env", code: "GITLAB_TOKEN=glpat-aB3dE5gH7jK9Qw3Rt5Yu" },
  "slack-token": { path: ".env", code: "SLACK_BOT_TOKEN=xoxb-7391046285-4829103756182-aB3dE5gH7jK9Qw3Rt5Yu7Io9" },
  "slack-webhook-url": { path: ".env", code: "SLACK_WEBHOOK_URL=https://hooks.slack.com/services/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" },
  "stripe-secret-key": { path: ".env", code: "STRIPE_SECRET_KEY=sk_live_aB3dE5gH7jK9Qw3Rt5Yu7Io9" },
  "google-api-key": { path: ".env", code: "GOOGLE_API_KEY=AIzaSyaB3dE5gH7jK9Qw3Rt5Yu7Io9Zx2Cv4Bn6" },
  "google-service-account-key": { path: "keys/acme-prod.json", code: "{\n  \"type\": \"service_account\",\n  \"project_id\": \"acme-prod\",\n  \"private_key_id\": \"3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f0a\",\n  \"private_key\": \"-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ\\nCq7Xw3Kp9Lm2Vb8Nc4Rt6Yh1Jd5Gf0SeUaPo+/AbQw3Rt5Yu7Io9\\n-----END PRIVATE KEY-----\\n\",\n  \"client_email\": \"deployer@acme-prod.iam.gserviceaccount.com\",\n  \"client_id\": \"104857392610384756102\"\n}" },
  "npm-token": { path: ".npmrc", code: "//registry.npmjs.org/:_authToken=npm_aB3dE5gH7jK9Qw3Rt5Yu7Io9Zx2Cv4Bn6Mq8" },
  "sendgrid-api-key": { path: ".env", code: "SENDGRID_API_KEY=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" },
  "twilio-auth-token": { path: ".env", code: "TWILIO_ACCOUNT_SID=AC1b3d5f7a9c2e4b6d8f0a3c5e7b9d1f2a\nTWILIO_AUTH_TOKEN=7d3f5a0ce7b5d29e4d2b8e6ac1e7f3a9" },
  "openai-api-key": { path: ".env", code: "OPENAI_API_KEY=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" },
  "anthropic-api-key": { path: ".env", code: "ANTHROPIC_API_KEY=sk-ant-api03-aB3dE5gH7jK9Qw3Rt5Yu7Io9Zx2Cv4Bn6Mq8pL0kJ8hG6fD4aB3dE5gH7jK9Qw3Rt5Yu7Io9Zx2Cv4Bn6Mq8pL0kJ8hG6AA" },
  "azure-connection-string": { path: ".env", code: "AZURE_STORAGE_CONNECTION_STRING=\"DefaultEndpointsProtocol=https;AccountName=acmeprod;AccountKey=aB3dE5gH7jK9Qw3Rt5Yu7Io9Zx2Cv4Bn6Mq8pL0kJ8hG6fD4a+B/3dE5gH7jMq8Zx2Cv4Bn6Io9Qw3Rt5Yu7L0==;EndpointSuffix=core.windows.net\"" },
  "heroku-api-key": { path: ".env", code: "HEROKU_API_KEY=3f9a1c7e-5b2d-4f6a-8c0e-1b3d5f7a9c2e" },
  "shopify-token": { path: ".env", code: "SHOPIFY_ACCESS_TOKEN=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" },
  "mailgun-api-key": { path: ".env", code: "MAILGUN_API_KEY=key-f3a9c1e7b5d29e1b7d3f5a0c4d2b8e6a" },
  "discord-bot-token": { path: ".env", code: "DISCORD_TOKEN=ODM5MjAxNzQ2MTgyNzM2NDU1.Gx7kPq.aB3dE5gH7jK9Qw3Rt5Yu7Io9Zx2Cv4Bn6Mq" },
  "telegram-bot-token": { path: ".env", code: "TELEGRAM_BOT_TOKEN=7391046285:AAaB3dE5gH7jK9Qw3Rt5Yu7Io9Zx2Cv4Bn6" },
  "url-credentials": { path: ".env", code: "DATABASE_URL=postgres://app:Xk9mQ2vL7pR4@db.prod.acme.io:5432/app" },
  "generic-secret-assignment": { path: ".env", code: "SESSION_SECRET=Zq7Xw3Kp9Lm2Vb8Nc4Rt6Yh1Jd5" },
};
