// Fixtures for the auth middleware tests.
import { describe, it, expect } from 'vitest';
import { authenticate } from '../src/middleware/auth.js';

// Signed with "secret": a test token that forges admin on any server that kept the default key.
const ADMIN_TOKEN = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhZG1pbiIsInJvbGUiOiJhZG1pbiIsImlhdCI6MTcwMDAwMDAwMH0.ztIzSB-ISt3hA70purkJJ6gVjU9G8ak5yScieFQnf2A'; // jwtguard-expect: jwt-token
const USER_TOKEN = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VyLTE3Iiwic2NvcGUiOiJyZWFkIn0.8lL8GosoueDt65U14UxjEfwz3plaS2MWPKl5y6b9SWA'; // jwtguard-expect: jwt-token
const LEGACY = 'eyJhbGciOiJIUzUxMiJ9.eyJ1aWQiOjN9.3r8vU4ORiSQB8Z1o0fo9L2g7ChAXRUgtWg_I8L9GJNVt-XCzYeKTMViMxx-XYJ7NIwAisSHlOfeQTXsDyBog6w'; // jwtguard-expect: jwt-token
const UNSIGNED = 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.';
const MALFORMED = 'eyJhbGciOiJIUzI1NiJ9.not-json.c2lnbmF0dXJlLXNpZ25hdHVyZQ';
const SHAPE = /^eyJ[\w-]+\.[\w-]+\.[\w-]+$/;

describe('authenticate', () => {
  it('accepts a token signed with the test key', async () => {
    const req = { headers: { authorization: `Bearer ${USER_TOKEN}` } };
    expect(await authenticate(req)).toMatchObject({ sub: 'user-17' });
  });

  it('rejects the admin token signed with a public key', async () => {
    expect(await authenticate({ headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })).toBeNull();
  });

  it('rejects alg none and malformed tokens', async () => {
    for (const token of [UNSIGNED, MALFORMED, LEGACY]) {
      expect(SHAPE.test(token)).toBe(true);
      expect(await authenticate({ headers: { authorization: `Bearer ${token}` } })).toBeNull();
    }
  });

  it('reads the header only', () => {
    expect('Bearer eyJhbGciOi...'.startsWith('Bearer eyJ')).toBe(true);
  });
});
