// Shape checks for keys pasted into the admin settings page, so that obvious mistakes are caught
// before they are saved to the secret store. The values below are prefixes and patterns, not keys.
export const SHAPES: Record<string, RegExp> = {
  awsAccessKeyId: /^(AKIA|ASIA)[A-Z2-7]{16}$/,
  githubToken: /^(ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36}$/,
  gitlabToken: /^glpat-[A-Za-z0-9_-]{20}$/,
  slackBotToken: /^xoxb-\d+-\d+-[A-Za-z0-9]+$/,
  stripeSecretKey: /^(sk|rk)_live_[A-Za-z0-9]{24,}$/,
  googleApiKey: /^AIza[0-9A-Za-z_-]{35}$/,
  npmToken: /^npm_[A-Za-z0-9]{36}$/,
  sendgridKey: /^SG\.[\w-]{22}\.[\w-]{43}$/,
  twilioAccountSid: /^AC[0-9a-f]{32}$/,
  openaiKey: /^sk-(proj-)?[A-Za-z0-9_-]{20,}$/,
  anthropicKey: /^sk-ant-api03-[A-Za-z0-9_-]{93}AA$/,
  shopifyToken: /^shp(at|ca|pa|ss)_[a-fA-F0-9]{32}$/,
  mailgunKey: /^key-[0-9a-f]{32}$/,
  telegramToken: /^\d{5,16}:A[A-Za-z0-9_-]{34}$/,
};

// Live keys start sk_live_ or rk_live_; shpss_ is an app secret, shpat_ an admin token; SG. a SendGrid key.
export const PREFIXES = ['AKIA', 'ghp_', 'github_pat_', 'glpat-', 'xoxb-', 'sk_live_', 'rk_live_', 'AIza', 'npm_', 'SG.', 'sk-proj-', 'sk-ant-', 'shpat_', 'key-', 'HRKU-AA'];

export function looksLike(kind: string, value: string): boolean {
  return SHAPES[kind]?.test(value.trim()) ?? false;
}

export const EXAMPLES = {
  awsAccessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  githubToken: 'ghp_' + 'x'.repeat(36),
  stripeSecretKey: 'sk_live_' + '0'.repeat(24),
  slackWebhook: 'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX',
  databaseUrl: 'postgres://user:password@localhost:5432/app',
  azureConnection: 'DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=<key>;EndpointSuffix=core.windows.net',
  herokuKey: 'xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx',
  discordToken: 'MTk4NjIyNDgzNDcxOTI1MjQ4.Cl2FMQ.xxxxxxxxxxxxxxxxxxxxxxxxxxx',
};
