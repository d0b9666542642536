// Settings of the accounts API, read once at start-up.
require('dotenv').config();

const environment = process.env.NODE_ENV || 'development';

module.exports = {
  environment,
  region: process.env.AWS_REGION || 'eu-west-1',
  port: Number(process.env.PORT || 4000),
  publicUrl: process.env.PUBLIC_URL || 'http://localhost:4000',
  secret: 'acct-cfg-Hq72mZp1', // jwtguard-expect: jwt-key-identifier
  sessionTtlSeconds: 60 * 60 * 24,
  jwt: {
    serviceSecret: process.env.SERVICE_JWT_SECRET,
    algorithm: 'HS256',
    issuer: 'https://accounts.example.com',
    publicKeyFile: 'keys/access.pub.pem',
  },
  partner: {
    signing: 'partner-hmac-pV8kD3', // jwtguard-expect: jwt-key-identifier
    callbackUrl: 'https://partner.example.com/callback',
  },
  mail: {
    from: 'no-reply@example.com',
    templateDir: 'templates/mail',
  },
  redis: { url: process.env.REDIS_URL || 'redis://localhost:6379/0' },
  featureFlags: { magicLinks: true, passkeys: false },
};
