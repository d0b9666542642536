// Every rule's labeled cases, for the test suite (not shipped: *.cases.ts stays out of the build).
import type { RuleCases } from '../types.js';
import { cases as jwtCallLiteral } from './jwtCallLiteral.cases.js';
import { cases as jwtKeyIdentifier } from './jwtKeyIdentifier.cases.js';
import { cases as jwtSecretAssignment } from './jwtSecretAssignment.cases.js';
import { cases as jwtSecretFallback } from './jwtSecretFallback.cases.js';
import { cases as privateKey } from './privateKey.cases.js';
import { cases as anthropicApiKey } from './anthropicApiKey.cases.js';
import { cases as awsAccessKeyId } from './awsAccessKeyId.cases.js';
import { cases as awsSecretAccessKey } from './awsSecretAccessKey.cases.js';
import { cases as azureConnectionString } from './azureConnectionString.cases.js';
import { cases as discordBotToken } from './discordBotToken.cases.js';
import { cases as genericSecretAssignment } from './genericSecretAssignment.cases.js';
import { cases as githubToken } from './githubToken.cases.js';
import { cases as gitlabToken } from './gitlabToken.cases.js';
import { cases as googleApiKey } from './googleApiKey.cases.js';
import { cases as googleServiceAccountKey } from './googleServiceAccountKey.cases.js';
import { cases as herokuApiKey } from './herokuApiKey.cases.js';
import { cases as mailgunApiKey } from './mailgunApiKey.cases.js';
import { cases as npmToken } from './npmToken.cases.js';
import { cases as openaiApiKey } from './openaiApiKey.cases.js';
import { cases as sendgridApiKey } from './sendgridApiKey.cases.js';
import { cases as shopifyToken } from './shopifyToken.cases.js';
import { cases as slackToken } from './slackToken.cases.js';
import { cases as slackWebhookUrl } from './slackWebhookUrl.cases.js';
import { cases as stripeSecretKey } from './stripeSecretKey.cases.js';
import { cases as telegramBotToken } from './telegramBotToken.cases.js';
import { cases as twilioAuthToken } from './twilioAuthToken.cases.js';
import { cases as urlCredentials } from './urlCredentials.cases.js';
import { cases as jwtToken } from './jwtToken.cases.js';
import { cases as jwkPrivateKey } from './jwkPrivateKey.cases.js';
import { cases as jwtHighEntropyNearCall } from './jwtHighEntropyNearCall.cases.js';

export const RULE_CASES: readonly RuleCases[] = [jwtCallLiteral, jwtKeyIdentifier, jwtSecretFallback, jwtSecretAssignment, privateKey, jwtToken, jwkPrivateKey, jwtHighEntropyNearCall,
  // Provider tokens, URL passwords and generic secrets (issue 8).
  awsAccessKeyId, awsSecretAccessKey, githubToken, gitlabToken, slackToken, slackWebhookUrl, stripeSecretKey, googleApiKey,
  googleServiceAccountKey, npmToken, sendgridApiKey, twilioAuthToken, openaiApiKey, anthropicApiKey, azureConnectionString,
  herokuApiKey, shopifyToken, mailgunApiKey, discordBotToken, telegramBotToken, urlCredentials, genericSecretAssignment];
