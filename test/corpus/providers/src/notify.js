'use strict';
// Sends deploy and incident notices to chat.
const { Telegraf } = require('telegraf');
const { Client, GatewayIntentBits } = require('discord.js');
const mailgun = require('mailgun.js');

const telegram = new Telegraf('7391046285:AAaB3dE5gH7jK9Qw3Rt5Yu7Io9Zx2Cv4Bn6'); // jwtguard-expect: telegram-bot-token
const telegramFromEnv = new Telegraf(process.env.TELEGRAM_BOT_TOKEN);
const TELEGRAM_API = `https://api.telegram.org/bot${process.env.TELEGRAM_BOT_TOKEN}/sendMessage`;

const discord = new Client({ intents: [GatewayIntentBits.Guilds] });
discord.login('ODM5MjAxNzQ2MTgyNzM2NDU1.GaB3dE.Qw3Rt5Yu7Io9Zx2Cv4Bn6Mq8pL0kJ8hG6fD4Mn'); // jwtguard-expect: discord-bot-token
const discordFromEnv = () => discord.login(process.env.DISCORD_TOKEN);

const mg = new mailgun(FormData).client({ username: 'api', key: '9e1b7d3f5a0c4d2b8e6a0c7fb5d2f3a9-4d2b8e6a-b5d2f3a9' }); // jwtguard-expect: mailgun-api-key
const mgPublic = { username: 'api', key: 'pubkey-9e1b7d3f5a0c4d2b8e6a0c7fb5d2f3a9' };
const cacheKey = 'key-4d2b8e6a0c7fb5d2f3a9c1e77c0e4b6a';

const SLACK_HOOK = 'https://hooks.slack.com/services/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'; // jwtguard-expect: slack-webhook-url
const SLACK_HOOK_HOST = 'https://hooks.slack.com/services/';
const slackHookFromEnv = process.env.SLACK_WEBHOOK_URL;

const INCIDENT_PASSWORD = 'admin'; // jwtguard-expect: generic-secret-assignment
const sendgridKeyFromParts = (id, secret) => 'SG.' + id + '.' + secret;
const describe = (msg) => `${msg.subject} to ${msg.to}`;
const SENDGRID_KEY_SHAPE = /^SG\.[\w-]{22}\.[\w-]{43}$/;
const incidentToken = process.env.INCIDENT_TOKEN;
const nextPageToken = 'Mn5Bv3Cx1Zl7Hy6Tg4Rf2Ed8';

module.exports = { telegram, telegramFromEnv, TELEGRAM_API, discordFromEnv, mg, mgPublic, cacheKey, SLACK_HOOK, SLACK_HOOK_HOST, slackHookFromEnv, INCIDENT_PASSWORD, incidentToken, nextPageToken };
