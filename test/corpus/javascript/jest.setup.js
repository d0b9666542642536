// Test environment: every suite signs with the same throwaway key unless CI provides one.
process.env.JWT_SECRET = process.env.JWT_SECRET || 'jest-setup-fallback-secret'; // jwtguard-expect: jwt-secret-fallback
process.env.NODE_ENV = 'test';
process.env.JWT_EXPIRES_IN = '5m';
jest.setTimeout(10000);
