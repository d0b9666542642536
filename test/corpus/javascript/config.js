require('dotenv').config();

module.exports = {
  port: process.env.PORT || 3000,
  jwtSecret: process.env.JWT_SECRET || 'config-fallback-secret', // jwtguard-expect: jwt-secret-fallback
  jwtExpiresIn: process.env.JWT_EXPIRES_IN || '1d',
  refreshSecret: process.env.REFRESH_TOKEN_SECRET ?? 'refresh-fallback', // jwtguard-expect: jwt-secret-fallback
  cookieName: process.env.JWT_COOKIE_NAME || 'access_token',
  logLevel: process.env.LOG_LEVEL ?? 'info',
  signingKey: process.env.NODE_ENV === 'production' ? process.env.SIGNING_KEY : 'dev-only-signing-key', // jwtguard-expect: jwt-secret-fallback
  issuer: process.env.JWT_ISSUER || 'https://auth.example.com',
  db: { url: process.env.DATABASE_URL },
};
