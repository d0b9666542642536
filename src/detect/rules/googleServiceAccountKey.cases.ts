import type { RuleCases } from '../types.js';

// A made-up PKCS#8 body (the standard header bytes, then a pattern): it signs nothing. Written with
// literal `\n` escapes, as a key file's JSON holds it.
const BODY = '\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ\\nCq7Xw3Kp9Lm2Vb8Nc4Rt6Yh1Jd5Gf0SeUaPo+/AbQw3Rt5Yu7Io9\\n';
const KEY = `-----BEGIN PRIVATE KEY-----${BODY}-----END PRIVATE KEY-----\\n`;
const FILE_HEAD = '{\n  "type": "service_account",\n  "project_id": "acme-prod",\n  "private_key_id": "3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f0a",';
const FILE_TAIL = '  "client_email": "deployer@acme-prod.iam.gserviceaccount.com",\n  "client_id": "104857392610384756102"\n}';

export const cases: RuleCases = {
  rule: 'google-service-account-key',
  truePositives: [
    { path: 'keys/acme-prod.json', code: `${FILE_HEAD}\n  "private_key": "${KEY}",\n${FILE_TAIL}`, secret: BODY, note: 'a key file as downloaded' },
    { path: 'config/gcp.json', code: `{"type":"service_account","project_id":"acme","private_key":"${KEY}","client_email":"ci@acme.iam.gserviceaccount.com"}`, secret: BODY, note: 'minified on one line' },
    { path: 'config/gcp.json', code: `{\n  "private_key": "${KEY}",\n  "client_email": "ci@acme.iam.gserviceaccount.com"\n}`, secret: BODY, note: 'client_email without type' },
    { path: 'jobs/bigquery.py', code: `info = {\n    "type": "service_account",\n    "private_key": "${KEY}",\n}\ncreds = service_account.Credentials.from_service_account_info(info)`, secret: BODY, note: 'a Python dict' },
    { path: 'src/gcp.js', code: `const credentials = {\n  type: 'service_account',\n  private_key: '${KEY}',\n  client_email: 'ci@acme.iam.gserviceaccount.com',\n};`, secret: BODY, note: 'a JS object with bare keys' },
    { path: 'config/gcp.json', code: `{\n  "type": "service_account",\n  "private_key": "-----BEGIN RSA PRIVATE KEY-----${BODY}-----END RSA PRIVATE KEY-----\\n"\n}`, secret: BODY, note: 'RSA header' },
    { path: 'k8s/gcp-secret.yaml', code: `stringData:\n  key.json: '{"type": "service_account", "private_key": "${KEY}"}'`, secret: BODY, note: 'inside a Kubernetes secret' },
    { path: 'internal/gcp/creds.go', code: `const serviceAccount = \`{"type":"service_account","private_key":"${KEY}"}\``, secret: BODY, note: 'a Go raw string' },
    { path: 'lib/gcp.rb', code: `CREDENTIALS = {\n  "type" => "service_account",\n  "private_key" => "${KEY}",\n}`, secret: BODY, note: 'a Ruby hash' },
    { path: 'app/Gcp.php', code: `$credentials = [\n    'type' => 'service_account',\n    'private_key' => '${KEY}',\n];`, secret: BODY, note: 'a PHP array' },
  ],
  falsePositives: [
    { path: 'config/gcp.json', code: `${FILE_HEAD}\n  "private_key": "-----BEGIN PRIVATE KEY-----\\nMIIE...\\n-----END PRIVATE KEY-----\\n",\n${FILE_TAIL}`, note: 'elided body' },
    { path: 'src/gcp.js', code: "const credentials = {\n  type: 'service_account',\n  private_key: process.env.GCP_PRIVATE_KEY,\n};", note: 'environment read' },
    { path: 'config/gcp.json', code: `${FILE_HEAD}\n${FILE_TAIL}`, note: 'a key file without its key' },
    { path: 'config/gcp.json', code: '{ "type": "service_account", "private_key_id": "3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f0a" }', note: 'the key id only' },
    { path: 'deploy/gcp.yml', code: 'type: service_account\nprivate_key: ${GCP_PRIVATE_KEY}', note: 'reference' },
    { path: 'config/gcp.json', code: '{ "type": "service_account", "private_key": "" }', note: 'empty' },
    { path: 'docs/gcp.md', code: 'The key file has "type": "service_account" and a "private_key" field with a PEM block.' },
    { path: 'config/gcp.json', code: '{ "type": "service_account", "private_key": "<your private key>" }' },
    { path: 'config/gcp.json', code: `{ "type": "service_account", "public_key": "-----BEGIN PUBLIC KEY-----${BODY}-----END PUBLIC KEY-----" }`, note: 'a public key' },
    { path: 'src/gcp.py', code: 'private_key = credentials_info["private_key"]', note: 'a lookup' },
  ],
  placeholders: [
    { path: 'docs/gcp.json', code: '{ "type": "service_account", "private_key": "-----BEGIN PRIVATE KEY-----\\nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\\n-----END PRIVATE KEY-----\\n" }' },
    { path: 'docs/gcp.json', code: '{ "type": "service_account", "private_key": "-----BEGIN PRIVATE KEY-----\\n<your key here>\\n-----END PRIVATE KEY-----\\n" }' },
  ],
};
