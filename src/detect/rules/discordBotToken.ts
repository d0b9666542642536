// A Discord bot token: three dot-separated base64url parts, the first of which decodes to the
// bot's numeric user id (so it starts with M, N or O). A lookalike whose first part is not an id
// is not a token.
import { looksGenerated, tokenMatches } from '../tokenShape.js';
import type { Rule } from '../types.js';

const DISCORD_TOKEN = /(?<![\w.-])(?<id>[MNO][A-Za-z0-9_-]{21,27})\.[A-Za-z0-9_-]{6}\.(?<hmac>[A-Za-z0-9_-]{25,40})(?![\w.-])/g;
/** The token's dotted middle and the start of its HMAC: a plain first character, found fast. */
const DOTTED_MIDDLE = /\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{25}/;
const SNOWFLAKE = /^\d{17,20}$/;

function isUserId(part: string): boolean {
  // Node's base64 decoder also reads the URL-safe alphabet.
  return SNOWFLAKE.test(Buffer.from(part, 'base64').toString('latin1'));
}

export const discordBotToken: Rule = {
  id: 'discord-bot-token',
  description: 'A Discord bot token (the bot\'s id in base64, a timestamp and an HMAC, dot-separated).',
  severity: 'error',
  keywords: ['discord', 'token', '.login(', '.run('],
  keywordsInWindow: true,
  match(line) {
    if (!DOTTED_MIDDLE.test(line.text)) return [];
    return tokenMatches(
      line.text,
      DISCORD_TOKEN,
      (m) => isUserId(m.groups!['id']!) && looksGenerated(m.groups!['hmac']!, 12),
      'A Discord bot token is committed: anyone who reads it can log in as the bot in every server it has joined until it is reset.',
    );
  },
};
