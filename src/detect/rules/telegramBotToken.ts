// A Telegram bot token: the bot's numeric id, a colon, and A plus 34 characters
// (`123456789:AA…`). The token printed in Telegram's documentation is a placeholder.
import { isPublishedValue, looksGenerated, tokenMatches } from '../tokenShape.js';
import type { Rule } from '../types.js';

/** Standing alone, or in an API URL: https://api.telegram.org/bot<token>/sendMessage. */
const TELEGRAM_TOKEN = /(?:(?<=\/bot)|(?<![\w:]))\d{5,16}:A(?<body>[A-Za-z0-9_-]{34})(?![\w-])/g;

export const telegramBotToken: Rule = {
  id: 'telegram-bot-token',
  description: 'A Telegram bot token (bot id, a colon and 35 characters starting with A).',
  severity: 'error',
  keywords: [':a'],
  match(line) {
    return tokenMatches(
      line.text,
      TELEGRAM_TOKEN,
      (m) => !isPublishedValue(m[0]) && looksGenerated(m.groups!['body']!.replace(/[-_]/g, ''), 12),
      'A Telegram bot token is committed: anyone who reads it controls the bot and reads its chats until it is revoked with @BotFather.',
    );
  },
};
