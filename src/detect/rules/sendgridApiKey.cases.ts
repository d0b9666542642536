import type { RuleCases } from '../types.js';

// A made-up key in SendGrid's shape: SG., 22 characters, a dot, 43. It sends nothing.
const KEY = 'SG.' + 'aB3dE5gH7jK9Qw3Rt5Yu7I' + '.' + 'Zx2Cv4Bn6Mq8pL0kJ8hG6fD4aB3dE5gH7jK9Qw3Rt5Y';
const KEY2 = 'SG.' + 'Qw3Rt5Yu7Io9-x2Cv4Bn6M' + '.' + 'pL0kJ8hG6fD4_B3dE5gH7jK9Qw3Rt5Yu7Io9Zx2Cv4B';

export const cases: RuleCases = {
  rule: 'sendgrid-api-key',
  truePositives: [
    { path: '.env', code: `SENDGRID_API_KEY=${KEY}`, secret: KEY },
    { path: 'src/mail.js', code: `sgMail.setApiKey('${KEY}');`, secret: KEY },
    { path: 'app/mail.py', code: `sg = SendGridAPIClient("${KEY2}")`, secret: KEY2 },
    { path: 'config/mail.yml', code: `sendgrid:\n  api_key: ${KEY}`, secret: KEY },
    { path: 'config/mail.json', code: `{ "sendgridKey": "${KEY2}" }`, secret: KEY2 },
    { path: 'internal/mail/send.go', code: `client := sendgrid.NewSendClient("${KEY}")`, secret: KEY },
    { path: 'scripts/mail.sh', code: `curl -H "Authorization: Bearer ${KEY2}" https://api.sendgrid.com/v3/mail/send`, secret: KEY2 },
    { path: 'config/environments/production.rb', code: `  password: '${KEY}',`, secret: KEY, note: 'SMTP password' },
    { path: 'src/Mail.cs', code: `var client = new SendGridClient("${KEY2}");`, secret: KEY2 },
    { path: 'docs/mail.md', code: `The staging key is ${KEY}.`, secret: KEY },
  ],
  falsePositives: [
    { path: 'src/mail.js', code: 'sgMail.setApiKey(process.env.SENDGRID_API_KEY);', note: 'environment read' },
    { path: 'src/mail.js', code: "const msg = { to, from, subject: 'Hi' };\nawait sg.send(msg);", note: 'sg. in code' },
    { path: 'src/mail.js', code: `const key = '${KEY.slice(0, 40)}';`, note: 'too short' },
    { path: 'src/mail.js', code: "const key = 'SG.' + id + '.' + secret;", note: 'built from variables' },
    { path: 'src/mail.js', code: 'const key = `SG.${id}.${secret}`;' },
    { path: 'docs/mail.md', code: 'SendGrid keys start with SG. and have two dot-separated parts.' },
    { path: 'src/mail.js', code: "const key = 'SG.aaaaaaaaaaaaaaaaaaaaaa.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';", note: 'one letter' },
    { path: 'src/mail.js', code: `const key = 'MSG.${KEY.slice(3)}';`, note: 'inside a longer word' },
    { path: 'src/i18n.js', code: "const text = t('MSG.WELCOME.TITLE');" },
    { path: 'src/mail.js', code: `const key = '${KEY}.extra';`, note: 'a third part' },
  ],
  placeholders: [
    { path: '.env.example', code: 'SENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' },
    { path: '.env.example', code: 'SENDGRID_API_KEY=SG.your_api_key' },
    { path: '.env.example', code: 'SENDGRID_API_KEY=<your-sendgrid-key>' },
  ],
};
