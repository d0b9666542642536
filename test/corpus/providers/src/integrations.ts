// Clients for the third-party services the storefront talks to.
import Stripe from 'stripe';
import { WebClient } from '@slack/web-api';
import { Octokit } from '@octokit/rest';
import OpenAI from 'openai';
import Anthropic from '@anthropic-ai/sdk';
import twilio from 'twilio';
import sgMail from '@sendgrid/mail';

const env = process.env;

export const stripe = new Stripe('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', { apiVersion: '2024-06-20' }); // jwtguard-expect: stripe-secret-key
export const stripeSandbox = new Stripe('sk_test_Qw3Rt5Yu7Io9Zx2Cv4Bn6Mq8', { apiVersion: '2024-06-20' });
export const stripeFromEnv = new Stripe(env.STRIPE_SECRET_KEY ?? '', { apiVersion: '2024-06-20' });
export const restrictedReporting = new Stripe('rk_live_pL0kJ8hG6fD4Mn5Bv3Cx1Zl7'); // jwtguard-expect: stripe-secret-key

export const slack = new WebClient('xoxb-7391047396-4829103756189-Qw3Rt5Yu7Io9Zx2Cv4Bn6Mq8'); // jwtguard-expect: slack-token
export const slackUser = new WebClient('xoxp-7391046286-4829103757-5827394611-9e1b7d3f5a0c4d2b8e6a0c7fb5d2f3a9'); // jwtguard-expect: slack-token
export const slackFromEnv = new WebClient(env.SLACK_BOT_TOKEN);
const SLACK_TOKEN_PREFIXES = ['xoxb-', 'xoxp-', 'xoxa-'];

export const octokit = new Octokit({ auth: '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' }); // jwtguard-expect: github-token
export const actionsBot = new Octokit({ auth: 'ghs_pL0kJ8hG6fD4Mn5Bv3Cx1Zl7Hy6Tg4Rf2Ed8' }); // jwtguard-expect: github-token
export const octokitFromEnv = new Octokit({ auth: env.GITHUB_TOKEN });
export function looksLikeGithubToken(value: string): boolean {
  return /^gh[pousr]_[A-Za-z0-9]{36}$/.test(value) || value.startsWith('github_pat_');
}

export const openai = new OpenAI({ apiKey: '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' }); // jwtguard-expect: openai-api-key
export const openaiFromEnv = new OpenAI({ apiKey: env.OPENAI_API_KEY });
export const anthropic = new Anthropic({ apiKey: 'sk-ant-api03-Qw3Rt5Yu7Io9Zx2Cv4Bn6Mq8pL0kJ8hG6fD4Mn5Bv3Cx1Zl7Hy6Tg4Rf2Ed8Wq9Sx7Dc5Fv3Uj1Ik3Ol5Pm7aB3dE5gH7AA' }); // jwtguard-expect: anthropic-api-key
export const anthropicFromEnv = new Anthropic({ apiKey: env.ANTHROPIC_API_KEY });
const MODEL = 'claude-sonnet-4-5';

const accountSid = 'AC9e1b7d3f5a0c4d2b8e6a0c7fb5d2f3a9';
const authToken = 'b5d2f3a9c1e77c0e4b6a8d1fe2c4a6f8'; // jwtguard-expect: twilio-auth-token
export const sms = twilio(accountSid, authToken);
export const smsFromEnv = twilio(env.TWILIO_ACCOUNT_SID, env.TWILIO_AUTH_TOKEN);

sgMail.setApiKey('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'); // jwtguard-expect: sendgrid-api-key

const mapsKey = 'AIzaSyQw3Rt5Yu7Io9Zx2Cv4Bn6Mq8pL0kJ8hG6'; // jwtguard-expect: google-api-key
export const geocodeUrl = (q: string) => `https://maps.googleapis.com/maps/api/geocode/json?key=${mapsKey}&address=${encodeURIComponent(q)}`;

export const shopifyAdminToken = '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'; // jwtguard-expect: shopify-token
export const shopifyStore = 'acme.myshopify.com';

const webhookSecret = 'Zx2Cv4Bn6Mq8pL0kJ8hG6fD4'; // jwtguard-expect: generic-secret-assignment
const apiKeyHeader = 'X-Api-Key';
const csrfToken = 'pL0kJ8hG6fD4Mn5Bv3Cx1Zl7';
const passwordMinLength = 12;
const tokenUrl = 'https://oauth2.googleapis.com/token';
const resetPasswordPath = '/account/reset-password';
export const config = { webhookSecret, apiKeyHeader, csrfToken, passwordMinLength, tokenUrl, resetPasswordPath, MODEL, SLACK_TOKEN_PREFIXES };

export const mongoUrl = 'mongodb+srv://storefront:pL0kJ8hG6fD4@cluster0.ab1cd.mongodb.net/shop'; // jwtguard-expect: url-credentials
export const localMongoUrl = 'mongodb://localhost:27017/shop';
export const templateUrl = `postgres://${env.DB_USER}:${env.DB_PASS}@${env.DB_HOST}/shop`;
