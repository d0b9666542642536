import type { RuleCases } from '../types.js';

// Made-up tokens in Slack's shapes: team and user ids, then a random part. They open nothing.
const BOT = 'xoxb-' + '7391046285' + '-' + '4829103756182' + '-' + 'aB3dE5gH7jK9Qw3Rt5Yu7Io9';
const USER = 'xoxp-' + '7391046285' + '-' + '4829103756' + '-' + '5827394610' + '-' + 'f3a9c1e7b5d29e1b7d3f5a0cf3a9c1e7';
const LEGACY = 'xoxb-' + '28473910562' + '-' + 'Qw3Rt5Yu7Io9Zx2Cv4Bn6M';

export const cases: RuleCases = {
  rule: 'slack-token',
  truePositives: [
    { path: '.env', code: `SLACK_BOT_TOKEN=${BOT}`, secret: BOT },
    { path: 'src/slack.js', code: `const app = new App({ token: '${BOT}', signingSecret });`, secret: BOT },
    { path: 'bot/slack.py', code: `client = WebClient(token="${USER}")`, secret: USER, note: 'user token' },
    { path: 'config/slack.yml', code: `slack:\n  bot_token: ${LEGACY}`, secret: LEGACY, note: 'legacy bot token' },
    { path: 'config/slack.json', code: `{ "access_token": "xoxa-2-7391046285-4829103756-5827394610-9e1b7d3f5a0c4d2b" }`, secret: 'xoxa-2-7391046285-4829103756-5827394610-9e1b7d3f5a0c4d2b', note: 'workspace token' },
    { path: 'config/slack.json', code: `{ "refresh_token": "xoxr-7391046285-aB3dE5gH7jK9Qw3R" }`, secret: 'xoxr-7391046285-aB3dE5gH7jK9Qw3R', note: 'refresh token' },
    { path: 'scripts/notify.sh', code: `curl -H "Authorization: Bearer ${BOT}" https://slack.com/api/chat.postMessage`, secret: BOT },
    { path: 'internal/slack/client.go', code: `api := slack.New("${USER}")`, secret: USER },
    { path: 'legacy/export.rb', code: `token = 'xoxs-7391046285-4829103756-5827394610-9e1b7d3f5a'`, secret: 'xoxs-7391046285-4829103756-5827394610-9e1b7d3f5a', note: 'legacy token' },
    { path: 'docs/bot.md', code: `Start the bot with SLACK_BOT_TOKEN=${BOT} npm start`, secret: BOT },
  ],
  falsePositives: [
    { path: 'src/slack.js', code: 'const app = new App({ token: process.env.SLACK_BOT_TOKEN });', note: 'environment read' },
    { path: 'src/slack.js', code: "const t = 'xoxb-12345-abcd234';", note: 'too short, ids too short' },
    { path: 'src/slack.js', code: "const t = 'xoxb-xoxb-my-bot-token';", note: 'words' },
    { path: 'src/slack.js', code: "const t = 'xoxp-1234-1234-1234-4ddbc191d40ee098cbaae6f3523ada2d';", note: 'ids too short' },
    { path: 'src/slack.js', code: "const t = 'xoxp-572370529330-573807301142-572331691188-####################';", note: 'masked' },
    { path: 'src/slack.js', code: "const PREFIXES = ['xoxb-', 'xoxp-'];" },
    { path: 'docs/tokens.md', code: 'Bot tokens start with xoxb- and user tokens with xoxp-.' },
    { path: 'src/slack.js', code: `const t = 'axoxb-${BOT.slice(5)}';`, note: 'inside a longer word' },
    { path: 'src/slack.js', code: "const t = 'xoxb-000000000000-aB3dE5gH7jK9Qw3Rt5Yu7Io9';", note: 'a zero id' },
    { path: 'assets/links.md', code: 'https://github.com/xoxa-nyc/xoxa-nyc.github.io/blob/master/README.md' },
  ],
  placeholders: [
    { path: '.env.example', code: 'SLACK_BOT_TOKEN=xoxb-xxxxxxxxx-xxxxxxxxxx-xxxxxxxxxxxx' },
    { path: '.env.example', code: 'SLACK_BOT_TOKEN=xoxb-your-bot-token' },
    { path: '.env.example', code: 'SLACK_USER_TOKEN=xoxp-XXXXXXXXXX-XXXXXXXXXX-XXXXXXXXXXX-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX' },
  ],
};
