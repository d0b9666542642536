import type { RuleCases } from '../types.js';

// Made-up tokens in Discord's shape: base64 of a made-up bot id, a timestamp part, an HMAC part.
// They log in nowhere.
const ID18 = 'ODM5MjAxNzQ2MTgyNzM2NDU1'; // base64 of 839201746182736455
const ID19 = 'MTEyMDM5NDg1NzI2MTAzODQ3NQ'; // base64 of 1120394857261038475
const ID17 = 'MjgzNzQ2MTUwMjkzODQ3NTY'; // base64 of 28374615029384756
const HMAC = 'aB3dE5gH7jK9Qw3Rt5Yu7Io9Zx2Cv4Bn6Mq';
const TOKEN = `${ID18}.Gx7kPq.${HMAC}`;
const TOKEN2 = `${ID19}.GbR2_t.${HMAC.slice(0, 27)}`;

export const cases: RuleCases = {
  rule: 'discord-bot-token',
  truePositives: [
    { path: '.env', code: `DISCORD_TOKEN=${TOKEN}`, secret: TOKEN },
    { path: 'src/bot.js', code: `client.login('${TOKEN2}');`, secret: TOKEN2 },
    { path: 'bot/main.py', code: `bot.run("${TOKEN}")`, secret: TOKEN },
    { path: 'config/bot.json', code: `{ "token": "${TOKEN2}" }`, secret: TOKEN2 },
    { path: 'config/bot.yml', code: `discord:\n  token: ${TOKEN}`, secret: TOKEN },
    { path: 'internal/bot/main.go', code: `dg, err := discordgo.New("Bot " + "${TOKEN}")`, secret: TOKEN },
    { path: 'src/bot.ts', code: `const BOT_TOKEN = '${ID17}.Cl2FMQ.${HMAC.slice(0, 27)}';`, secret: `${ID17}.Cl2FMQ.${HMAC.slice(0, 27)}`, note: 'an older 17-digit id' },
    { path: 'scripts/register.sh', code: `curl -H "Authorization: Bot ${TOKEN}" https://discord.com/api/v10/applications/@me`, secret: TOKEN },
    { path: 'src/Bot.cs', code: `await client.LoginAsync(TokenType.Bot, "${TOKEN2}");`, secret: TOKEN2 },
    { path: 'docs/bot.md', code: `Run with DISCORD_TOKEN=${TOKEN} npm start.`, secret: TOKEN },
  ],
  falsePositives: [
    { path: 'src/bot.js', code: 'client.login(process.env.DISCORD_TOKEN);', note: 'environment read' },
    { path: 'src/auth.js', code: "const token = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.Zx2Cv4Bn6Mq8pL0kJ8hG6fD4aB3dE5gH7jK';", note: 'a JWT' },
    { path: 'src/bot.js', code: `const token = 'MmFiY2RlZmdoaWprbG1ub3Bx.Gx7kPq.${HMAC}';`, note: 'first part is not an id' },
    { path: 'src/bot.js', code: `const token = '${ID18}.Gx7kPq.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx';`, note: 'masked HMAC' },
    { path: 'src/bot.js', code: `const token = '${ID18}.Gx7kPq.short';`, note: 'HMAC too short' },
    { path: 'docs/bot.md', code: 'A bot token has three parts separated by dots.' },
    { path: 'src/bot.js', code: `const token = '${ID18}.Gx7kPq';`, note: 'two parts' },
    { path: 'src/bot.js', code: 'const token = `${id}.${timestamp}.${hmac}`;', note: 'built from variables' },
    { path: 'src/bot.js', code: `// token\nconst version = 'Node.v20.${HMAC}';` },
    { path: 'src/bot.js', code: `const token = 'x${TOKEN}';`, note: 'inside a longer word' },
  ],
  placeholders: [
    { path: '.env.example', code: 'DISCORD_TOKEN=your-bot-token' },
    { path: '.env.example', code: 'DISCORD_TOKEN=XXXXXXXXXXXXXXXXXXXXXXXX.XXXXXX.XXXXXXXXXXXXXXXXXXXXXXXXXXX' },
    { path: '.env.example', code: 'DISCORD_TOKEN=<bot-token>' },
  ],
};
