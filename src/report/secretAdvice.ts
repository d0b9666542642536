// How to fix a committed provider token, URL password or hardcoded secret: revoke it where it was
// issued (it is public from the moment it is pushed, and deleting the line does not unpublish it),
// then read it from the environment.
import type { Language } from '../detect/language.js';

interface SecretAdvice {
  /** Where and how to revoke or rotate it. */
  revoke: string;
  /** The environment variable to read instead (NAME in the lines below). */
  variable: string;
  /** Lines that replace the environment read, where reading one variable is not the fix. */
  instead?: string[];
}

const ADVICE: Record<string, SecretAdvice> = {
  'aws-access-key-id': { revoke: 'deactivate the access key in IAM (the user\'s Security credentials) and create a new one', variable: 'AWS_ACCESS_KEY_ID' },
  'aws-secret-access-key': { revoke: 'deactivate the access key in IAM and create a new one (better: a role, an instance profile or OIDC, and no key at all)', variable: 'AWS_SECRET_ACCESS_KEY' },
  'github-token': { revoke: 'revoke the token on GitHub (Settings → Developer settings → Personal access tokens, or the app\'s settings) and make a new one', variable: 'GITHUB_TOKEN' },
  'gitlab-token': { revoke: 'revoke the token in GitLab (the user\'s, project\'s or group\'s Access tokens) and make a new one', variable: 'GITLAB_TOKEN' },
  'slack-token': { revoke: 'revoke the token (api.slack.com/apps → OAuth & Permissions, or auth.revoke) and reinstall the app for a new one', variable: 'SLACK_BOT_TOKEN' },
  'slack-webhook-url': { revoke: 'remove the webhook in the app\'s Incoming Webhooks page and add a new one', variable: 'SLACK_WEBHOOK_URL' },
  'stripe-secret-key': { revoke: 'roll the key in the Stripe dashboard (Developers → API keys)', variable: 'STRIPE_SECRET_KEY' },
  'google-api-key': { revoke: 'regenerate the key in Google Cloud (APIs & Services → Credentials) and restrict the new one to its sites and APIs', variable: 'GOOGLE_API_KEY' },
  'google-service-account-key': {
    revoke: 'delete the key in Google Cloud IAM (Service accounts → Keys) and create a new one',
    variable: 'GOOGLE_APPLICATION_CREDENTIALS',
    instead: ['keep the key file outside the repository and point GOOGLE_APPLICATION_CREDENTIALS at it (the client libraries read it),', 'or use workload identity and no key file at all.'],
  },
  'npm-token': { revoke: 'revoke the token (`npm token revoke`, or npmjs.com → Access Tokens) and make a new one', variable: 'NPM_TOKEN' },
  'sendgrid-api-key': { revoke: 'delete the key in SendGrid (Settings → API Keys) and create a new one', variable: 'SENDGRID_API_KEY' },
  'twilio-auth-token': { revoke: 'rotate the auth token, or delete the API key, in the Twilio Console (API keys & tokens)', variable: 'TWILIO_AUTH_TOKEN' },
  'openai-api-key': { revoke: 'revoke the key in the OpenAI dashboard (API keys) and make a new one', variable: 'OPENAI_API_KEY' },
  'anthropic-api-key': { revoke: 'delete the key in the Anthropic Console (API keys) and make a new one', variable: 'ANTHROPIC_API_KEY' },
  'azure-connection-string': { revoke: 'rotate the key (the storage account\'s Access keys, or the namespace\'s shared access policy)', variable: 'AZURE_STORAGE_CONNECTION_STRING' },
  'heroku-api-key': { revoke: 'regenerate the API key (Account settings, or `heroku authorizations:revoke`)', variable: 'HEROKU_API_KEY' },
  'shopify-token': { revoke: 'rotate the token or the app\'s secret in the Shopify admin (Apps → Develop apps)', variable: 'SHOPIFY_ACCESS_TOKEN' },
  'mailgun-api-key': { revoke: 'rotate the key in Mailgun (API Security)', variable: 'MAILGUN_API_KEY' },
  'discord-bot-token': { revoke: 'reset the token in the Discord developer portal (Bot → Reset Token)', variable: 'DISCORD_TOKEN' },
  'telegram-bot-token': { revoke: 'revoke it with @BotFather (/revoke), which issues a new one', variable: 'TELEGRAM_BOT_TOKEN' },
  'url-credentials': { revoke: 'change the password on the server it opens', variable: 'DATABASE_URL' },
  'generic-secret-assignment': { revoke: 'change the password or secret where it is used', variable: 'SECRET_NAME' },
};

/** Reading NAME from the environment and stopping when it is unset, per language. */
const ENV_READ: Partial<Record<Language, string[]>> = {
  javascript: ['const value = process.env.NAME;', "if (!value) throw new Error('NAME is not set');"],
  python: ['value = os.environ["NAME"]  # raises KeyError when unset'],
  go: ['value := os.Getenv("NAME")', 'if value == "" { log.Fatal("NAME is not set") }'],
  java: ['String value = System.getenv("NAME");', 'if (value == null) throw new IllegalStateException("NAME is not set");'],
  kotlin: ['val value = System.getenv("NAME") ?: error("NAME is not set")'],
  csharp: ['var value = Environment.GetEnvironmentVariable("NAME")', '    ?? throw new InvalidOperationException("NAME is not set");'],
  ruby: ['value = ENV.fetch("NAME")  # raises KeyError when unset'],
  php: ["$value = getenv('NAME') ?: throw new RuntimeException('NAME is not set');"],
  rust: ['let value = std::env::var("NAME").expect("NAME is not set");'],
  shell: [': "${NAME:?NAME is not set}"'],
  yaml: ['key: ${NAME}   # filled in from the environment or a secret store at deploy time'],
  properties: ['key=${NAME}'],
  toml: ['# leave the value out of this file and read NAME from the environment'],
  json: ['leave the value out of this file and read NAME from the environment'],
  markup: ['write a placeholder such as <NAME> in documentation, never a working value'],
};

/** The fix for one of the secret rules (provider tokens, URL passwords, generic secrets), or undefined for other rules. */
export function secretFixAdvice(rule: string, language: Language): string[] | undefined {
  const advice = ADVICE[rule];
  if (!advice) return undefined;
  const revoke = `revoke it first, it is public once pushed: ${advice.revoke};`;
  if (advice.instead) return [revoke, ...advice.instead];
  if (language === 'dotenv') {
    return [revoke, 'keep real values out of git: list this file in .gitignore and commit a .env.example with the names only.'];
  }
  const read = (ENV_READ[language] ?? ENV_READ.javascript!).map((line) => `  ${line.replace(/NAME/g, advice.variable)}`);
  return [revoke, 'then read it from the environment (or a secret manager) and fail fast when it is unset:', ...read];
}
