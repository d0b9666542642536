import type { RuleCases } from '../types.js';

// Made-up tokens in Telegram's shape: a bot id, a colon, A and 34 characters. They control no bot.
const TOKEN = '7391046285:AA' + 'aB3dE5gH7jK9Qw3Rt5Yu7Io9Zx2Cv4Bn6';
const TOKEN2 = '5820391746:AAG' + 'Qw3Rt5Yu7Io9-x2Cv4Bn6Mq8pL0kJ8hG';

export const cases: RuleCases = {
  rule: 'telegram-bot-token',
  truePositives: [
    { path: '.env', code: `TELEGRAM_BOT_TOKEN=${TOKEN}`, secret: TOKEN },
    { path: 'src/bot.js', code: `const bot = new Telegraf('${TOKEN2}');`, secret: TOKEN2 },
    { path: 'bot/main.py', code: `app = ApplicationBuilder().token("${TOKEN}").build()`, secret: TOKEN },
    { path: 'scripts/notify.sh', code: `curl "https://api.telegram.org/bot${TOKEN}/sendMessage?chat_id=42&text=deployed"`, secret: TOKEN, note: 'in the API URL' },
    { path: 'config/bot.yml', code: `telegram:\n  token: ${TOKEN2}`, secret: TOKEN2 },
    { path: 'config/bot.json', code: `{ "botToken": "${TOKEN}" }`, secret: TOKEN },
    { path: 'internal/bot/main.go', code: `bot, err := tgbotapi.NewBotAPI("${TOKEN2}")`, secret: TOKEN2 },
    { path: 'src/Bot.cs', code: `var bot = new TelegramBotClient("${TOKEN}");`, secret: TOKEN },
    { path: '.github/workflows/notify.yml', code: `          token: ${TOKEN2}`, secret: TOKEN2 },
    { path: 'docs/bot.md', code: `The staging bot is ${TOKEN}.`, secret: TOKEN },
  ],
  falsePositives: [
    { path: 'src/bot.js', code: 'const bot = new Telegraf(process.env.TELEGRAM_BOT_TOKEN);', note: 'environment read' },
    { path: 'src/bot.js', code: `const t = '1234:AA${TOKEN.slice(13)}';`, note: 'id too short' },
    { path: 'src/bot.js', code: `const t = '12345678901234567:AA${TOKEN.slice(13)}';`, note: 'id too long' },
    { path: 'schema/codes.xsd', code: '<xsd:element name="AgencyIdentificationCode" type="clm63055:AgencyIdentificationCodeContentType"/>' },
    { path: 'src/bot.js', code: "const url = `https://api.telegram.org/bot${token}/sendMessage`;", note: 'built from a variable' },
    { path: 'src/bot.js', code: `const t = '${TOKEN}hello';`, note: 'a longer run' },
    { path: 'src/bot.js', code: `const t = '7391046285:A_${'x'.repeat(33)}';`, note: 'masked' },
    { path: 'src/styles.css', code: 'a:active, a:after { color: red; }' },
    { path: 'docs/bot.md', code: 'Tokens look like 123456789:AA followed by 33 characters.' },
    { path: 'src/bot.js', code: `const t = '7391046285:AA${'aB3dE5gH7jK9'.slice(0, 10)}';`, note: 'too short' },
  ],
  placeholders: [
    { path: 'docs/bot.md', code: 'TELEGRAM_BOT_TOKEN=123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11', note: "Telegram's documented example" },
    { path: '.env.example', code: 'TELEGRAM_BOT_TOKEN=<your-bot-token>' },
    { path: '.env.example', code: 'TELEGRAM_BOT_TOKEN=123456789:AAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' },
  ],
};
