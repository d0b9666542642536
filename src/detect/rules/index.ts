// Every rule jwtguard runs, in the order their findings are listed.
import type { Rule } from '../types.js';
import { jwtCallLiteral } from './jwtCallLiteral.js';
import { jwtSecretAssignment } from './jwtSecretAssignment.js';
import { jwtSecretFallback } from './jwtSecretFallback.js';
import { privateKey } from './privateKey.js';
import { jwtToken } from './jwtToken.js';
import { jwkPrivateKey } from './jwkPrivateKey.js';
import { jwtHighEntropyNearCall } from './jwtHighEntropyNearCall.js';
import { JWT_KEY_IDENTIFIER } from '../fileStage.js';
import { JWT_SHARED_KEY } from '../sharedKeys.js';
import { anthropicApiKey } from './anthropicApiKey.js';
import { awsAccessKeyId } from './awsAccessKeyId.js';
import { awsSecretAccessKey } from './awsSecretAccessKey.js';
import { azureConnectionString } from './azureConnectionString.js';
import { discordBotToken } from './discordBotToken.js';
import { genericSecretAssignment } from './genericSecretAssignment.js';
import { githubToken } from './githubToken.js';
import { gitlabToken } from './gitlabToken.js';
import { googleApiKey } from './googleApiKey.js';
import { googleServiceAccountKey } from './googleServiceAccountKey.js';
import { herokuApiKey } from './herokuApiKey.js';
import { mailgunApiKey } from './mailgunApiKey.js';
import { npmToken } from './npmToken.js';
import { openaiApiKey } from './openaiApiKey.js';
import { sendgridApiKey } from './sendgridApiKey.js';
import { shopifyToken } from './shopifyToken.js';
import { slackToken } from './slackToken.js';
import { slackWebhookUrl } from './slackWebhookUrl.js';
import { stripeSecretKey } from './stripeSecretKey.js';
import { telegramBotToken } from './telegramBotToken.js';
import { twilioAuthToken } from './twilioAuthToken.js';
import { urlCredentials } from './urlCredentials.js';

/** Provider tokens with a fixed shape (issue 8): AWS, GitHub, GitLab, Slack, Stripe, Google, …. */
const PROVIDER_RULES: readonly Rule[] = [
  awsAccessKeyId, awsSecretAccessKey, githubToken, gitlabToken, slackToken, slackWebhookUrl, stripeSecretKey,
  googleApiKey, googleServiceAccountKey, npmToken, sendgridApiKey, twilioAuthToken, openaiApiKey, anthropicApiKey,
  azureConnectionString, herokuApiKey, shopifyToken, mailgunApiKey, discordBotToken, telegramBotToken,
];

export const RULES: readonly Rule[] = [
  jwtCallLiteral, jwtSecretFallback, jwtSecretAssignment, privateKey, jwtToken, jwkPrivateKey, jwtHighEntropyNearCall,
  // Reported by the stages after the line rules (src/detect/fileStage.ts, sharedKeys.ts).
  JWT_KEY_IDENTIFIER, JWT_SHARED_KEY,
  ...PROVIDER_RULES, urlCredentials, genericSecretAssignment,
];
