import type { RuleCases } from '../types.js';

// Made-up webhook paths in Slack's shape: they post nowhere.
const PATH1 = 'T0D7K2M9Q' + '/' + 'B0F3H8J1L' + '/' + 'aB3dE5gH7jK9Qw3Rt5Yu7Io9';
const PATH2 = 'T8Z2X4C6V' + '/' + 'B7N5M3Q1W' + '/' + 'Qw3Rt5Yu7Io9Zx2Cv4Bn6Mq8';
const HOOK1 = `https://hooks.slack.com/services/${PATH1}`;

export const cases: RuleCases = {
  rule: 'slack-webhook-url',
  truePositives: [
    { path: '.env', code: `SLACK_WEBHOOK_URL=${HOOK1}`, secret: PATH1 },
    { path: 'src/notify.js', code: `await fetch('https://hooks.slack.com/services/${PATH2}', { method: 'POST', body });`, secret: PATH2 },
    { path: 'alerts/notify.py', code: `WEBHOOK = "${HOOK1}"`, secret: PATH1 },
    { path: 'config/alertmanager.yml', code: `    slack_api_url: '${HOOK1}'`, secret: PATH1, note: 'Alertmanager' },
    { path: '.github/workflows/notify.yml', code: `        run: curl -X POST -d '{"text":"deployed"}' https://hooks.slack.com/services/${PATH2}`, secret: PATH2 },
    { path: 'config/hooks.json', code: `{ "slack": "http://hooks.slack.com/services/${PATH1}" }`, secret: PATH1, note: 'http' },
    { path: 'src/workflow.ts', code: `const hook = 'https://hooks.slack.com/workflows/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';`, secret: 'T0F4R2W8K3Z/A05M7P1Q9XB/573819264018375920/Zx2Cv4Bn6Mq8aB3dE5gH7jK9', note: 'workflow webhook' },
    { path: 'internal/alert/slack.go', code: `const webhook = "${HOOK1}"`, secret: PATH1 },
    { path: 'docs/alerts.md', code: `Alerts go to ${HOOK1} (the #ops channel).`, secret: PATH1 },
    { path: 'deploy/values.yaml', code: `slackWebhook: hooks.slack.com/services/${PATH2}`, secret: PATH2, note: 'without a scheme' },
  ],
  falsePositives: [
    { path: 'src/notify.js', code: 'await fetch(process.env.SLACK_WEBHOOK_URL, { method: "POST", body });', note: 'environment read' },
    { path: 'docs/alerts.md', code: 'Create an incoming webhook at https://api.slack.com/messaging/webhooks.' },
    { path: 'src/notify.js', code: "const HOOK_HOST = 'https://hooks.slack.com/services/';", note: 'the host alone' },
    { path: 'src/notify.js', code: 'const hook = `https://hooks.slack.com/services/${team}/${bot}/${secret}`;', note: 'built from variables' },
    { path: 'src/notify.js', code: "const hook = 'https://hooks.slack.com/services/T0D7K2M9Q/B0F3H8J1L/short';", note: 'random part too short' },
    { path: 'src/notify.js', code: "if (!url.startsWith('https://hooks.slack.com/')) throw new Error('not a Slack webhook');" },
    { path: 'config/alertmanager.yml', code: "    slack_api_url_file: /etc/alertmanager/slack_url" },
    { path: 'src/notify.js', code: "const hook = 'https://hooks.example.com/services/T0D7K2M9Q/B0F3H8J1L/aB3dE5gH7jK9Qw3Rt5Yu7Io9';", note: 'another host' },
    { path: 'docs/alerts.md', code: '[Slack webhooks](https://api.slack.com/incoming-webhooks) post JSON to hooks.slack.com.' },
    { path: 'src/notify.js', code: "const hook = 'https://hooks.slack.com/services/T00000000/B00000000/aB3dE5gH7jK9Qw3Rt5Yu7Io9';", note: 'zero ids from the docs' },
  ],
  placeholders: [
    { path: 'docs/alerts.md', code: 'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX', note: "Slack's documented example" },
    { path: '.env.example', code: 'SLACK_WEBHOOK_URL=https://hooks.slack.com/services/XXXXXXXXX/XXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX' },
    { path: '.env.example', code: 'SLACK_WEBHOOK_URL=https://hooks.slack.com/services/your/webhook/here' },
  ],
};
