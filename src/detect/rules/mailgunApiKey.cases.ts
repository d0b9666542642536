import type { RuleCases } from '../types.js';

// Made-up keys in Mailgun's shapes: they send nothing.
const HEX = 'f3a9c1e7b5d2' + '9e1b7d3f5a0c' + '4d2b8e6a';
const KEY = `key-${HEX}`;
const NEW_KEY = `${HEX}-7d3f5a0c-e7b5d29e`;

export const cases: RuleCases = {
  rule: 'mailgun-api-key',
  truePositives: [
    { path: '.env', code: `MAILGUN_API_KEY=${KEY}`, secret: KEY },
    { path: '.env', code: `MAILGUN_API_KEY=${NEW_KEY}`, secret: NEW_KEY, note: 'current format' },
    { path: 'src/mail.js', code: `const mg = mailgun.client({ username: 'api', key: '${KEY}' });`, secret: KEY },
    { path: 'app/mail.py', code: `requests.post("https://api.mailgun.net/v3/mg.acme.io/messages", auth=("api", "${KEY}"))`, secret: KEY },
    { path: 'config/mail.yml', code: `mailgun:\n  api_key: ${NEW_KEY}`, secret: NEW_KEY, note: 'Mailgun named on the line above' },
    { path: 'config/mail.json', code: `{ "mailgunKey": "${KEY}" }`, secret: KEY },
    { path: 'scripts/mail.sh', code: `curl -s --user 'api:${KEY}' https://api.mailgun.net/v3/mg.acme.io/messages`, secret: KEY },
    { path: 'internal/mail/send.go', code: `mg := mailgun.NewMailgun("mg.acme.io", "${NEW_KEY}")`, secret: NEW_KEY },
    { path: 'config/services.php', code: `'mailgun' => ['domain' => 'mg.acme.io', 'secret' => '${KEY}'],`, secret: KEY },
    { path: '.env', code: `MG_API_KEY=${KEY}`, secret: KEY, note: 'the MG_ short name' },
  ],
  falsePositives: [
    { path: 'src/mail.js', code: `const mg = mailgun.client({ username: 'api', key: process.env.MAILGUN_API_KEY });`, note: 'environment read' },
    { path: '.env', code: `MAILGUN_PUBLIC_KEY=pub${KEY}`, note: 'the public validation key' },
    { path: 'src/cache.js', code: `const cacheKey = '${KEY}';`, note: 'key- and hex with no Mailgun anywhere' },
    { path: '.env', code: 'MAILGUN_DOMAIN=mg.acme.io' },
    { path: '.env', code: 'MAILGUN_API_KEY=key-${MAILGUN_SECRET}', note: 'reference' },
    { path: '.env', code: 'MAILGUN_API_KEY=key-00000000000000000000000000000000', note: 'zeros' },
    { path: '.env', code: `MAILGUN_API_KEY=key-${HEX.slice(2)}`, note: '30 digits' },
    { path: 'docs/mail.md', code: 'Mailgun private keys look like key- followed by 32 hex digits.' },
    { path: '.env', code: `MAILGUN_WEBHOOK_SIGNING_KEY=${HEX}`, note: 'no dash: not this shape' },
    { path: 'src/mail.js', code: `// mailgun\nconst messageId = '<${HEX}@mg.acme.io>';` },
    { path: 'src/mail.js', code: `const mg = mailgun.client({ username: 'api', key: process.env.MAILGUN_API_KEY });\nconst cacheKey = '${KEY}';`, note: 'a cache key near Mailgun code: not a bare key name' },
  ],
  placeholders: [
    { path: '.env.example', code: 'MAILGUN_API_KEY=key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' },
    { path: '.env.example', code: 'MAILGUN_API_KEY=key-your-api-key' },
    { path: '.env.example', code: 'MAILGUN_API_KEY=<mailgun-api-key>' },
  ],
};
