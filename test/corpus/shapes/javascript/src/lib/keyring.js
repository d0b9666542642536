// Shard keys of the nightly job, fetched from the secrets manager at start-up.
const { SecretsManagerClient, GetSecretValueCommand } = require('@aws-sdk/client-secrets-manager');

const client = new SecretsManagerClient({ region: process.env.AWS_REGION });
const cache = new Map();

async function load() {
  const out = await client.send(new GetSecretValueCommand({ SecretId: 'billing/shard-keys' }));
  for (const [shard, key] of Object.entries(JSON.parse(out.SecretString))) cache.set(Number(shard), key);
}

module.exports = { load, get: (shard) => cache.get(shard) };
