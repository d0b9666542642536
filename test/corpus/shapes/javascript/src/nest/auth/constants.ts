// Values the auth module shares. The secret is replaced from the vault in production builds.
export const jwtConstants = {
  secret: 'nest-constants-secret-8bq2Lm', // jwtguard-expect: jwt-key-identifier
  expiresIn: '60s',
  issuer: 'https://api.example.com',
};

export const IS_PUBLIC_KEY = 'isPublic';
export const REFRESH_COOKIE = 'rt';
