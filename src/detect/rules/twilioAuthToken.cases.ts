import type { RuleCases } from '../types.js';

// Made-up SIDs and tokens in Twilio's shapes: they reach no account.
const SID = 'AC' + '1b3d5f7a9c2e4b6d8f0a3c5e7b9d1f2a'; // an id, not a secret: its digits are used nowhere else
const KEY_SID = 'SK' + '2c4e6a8b0d1f3a5c7e9b2d4f6a8c0e1b';
const TOKEN = '7d3f5a0c' + 'e7b5d29e' + '4d2b8e6a' + 'c1e7f3a9';
const API_SECRET = 'aB3dE5gH7jK9' + 'Qw3Rt5Yu7Io9' + 'Zx2Cv4Bn';

export const cases: RuleCases = {
  rule: 'twilio-auth-token',
  truePositives: [
    { path: '.env', code: `TWILIO_ACCOUNT_SID=${SID}\nTWILIO_AUTH_TOKEN=${TOKEN}`, secret: TOKEN },
    { path: 'src/sms.js', code: `const client = twilio('${SID}', '${TOKEN}');`, secret: TOKEN, note: 'beside the account SID' },
    { path: 'src/sms.js', code: `const accountSid = '${SID}';\nconst authToken = '${TOKEN}';\nconst client = require('twilio')(accountSid, authToken);`, secret: TOKEN },
    { path: 'app/sms.py', code: `# Twilio\nauth_token = "${TOKEN}"`, secret: TOKEN },
    { path: 'config/sms.yml', code: `twilio:\n  account_sid: ${SID}\n  auth_token: ${TOKEN}`, secret: TOKEN },
    { path: '.env', code: `TWILIO_API_KEY=${KEY_SID}\nTWILIO_API_SECRET=${API_SECRET}`, secret: API_SECRET, note: 'API key secret' },
    { path: 'config/sms.json', code: `{ "twilioAuthToken": "${TOKEN}" }`, secret: TOKEN },
    { path: 'src/Sms.cs', code: `TwilioClient.Init("${SID}", "${TOKEN}");`, secret: TOKEN },
    { path: 'lib/sms.rb', code: `@client = Twilio::REST::Client.new('${SID}', '${TOKEN}')`, secret: TOKEN },
    { path: 'app/Sms.php', code: `$token = "${TOKEN}"; // Twilio`, secret: TOKEN },
    { path: 'internal/sms/send.go', code: `client := twilio.NewRestClientWithParams(twilio.ClientParams{Username: "${KEY_SID}", Password: "${API_SECRET}"})`, secret: API_SECRET, note: 'API key SID and secret' },
  ],
  falsePositives: [
    { path: '.env', code: `TWILIO_ACCOUNT_SID=${SID}`, note: 'the SID is an id' },
    { path: '.env', code: `TWILIO_API_KEY=${KEY_SID}`, note: 'the API key SID is an id' },
    { path: '.env', code: 'TWILIO_AUTH_TOKEN=${TWILIO_AUTH_TOKEN}', note: 'reference' },
    { path: 'src/cache.js', code: `const etag = '${TOKEN}';`, note: 'hex with no Twilio anywhere' },
    { path: 'src/sms.js', code: `// twilio\nconst messageSid = 'SM${TOKEN}';`, note: 'a message SID' },
    { path: '.env', code: 'TWILIO_PHONE_NUMBER=+15005550006' },
    { path: 'src/sms.js', code: 'const authToken = process.env.TWILIO_AUTH_TOKEN;', note: 'environment read' },
    { path: 'src/sms.js', code: `// twilio media\nconst checksum = '${TOKEN}';`, note: 'not a token name' },
    { path: '.env', code: 'TWILIO_AUTH_TOKEN=00000000000000000000000000000000', note: 'zeros' },
    { path: 'src/webhook.js', code: "const signature = req.headers['x-twilio-signature'];" },
    { path: 'src/sms.js', code: `// twilio\nconst authToken = '${TOKEN}0';`, note: '33 digits' },
  ],
  placeholders: [
    { path: '.env.example', code: 'TWILIO_AUTH_TOKEN=your_auth_token' },
    { path: '.env.example', code: 'TWILIO_AUTH_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' },
    { path: '.env.example', code: 'TWILIO_AUTH_TOKEN=<auth-token>' },
  ],
};
