// The built-in list of known weak keys, and the one sentence every finding about one carries.
import { createHmac } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { DOCUMENTED_WEAK_KEYS, SCRAPED_WEAK_KEYS } from '../src/detect/weakKeyList.js';
import { isKnownWeakKey, knownWeakKeys, PUBLICLY_KNOWN, withPubliclyKnown } from '../src/detect/weakKeys.js';
import { isPlaceholder } from '../src/detect/placeholder.js';
import { useSettings } from '../src/detect/settings.js';
import { detectInText } from './helpers/detect.js';

let restore: (() => void) | undefined;
afterEach(() => {
  restore?.();
  restore = undefined;
});

function hs256(payload: object, key: string): string {
  const part = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  const input = `${part({ alg: 'HS256', typ: 'JWT' })}.${part(payload)}`;
  return `${input}.${createHmac('sha256', key).update(input).digest('base64url')}`;
}

describe('the built-in weak key list', () => {
  it('holds at least 500 distinct keys, documentation defaults among them', () => {
    const all = [...DOCUMENTED_WEAK_KEYS, ...SCRAPED_WEAK_KEYS];
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBeGreaterThanOrEqual(500);
    for (const key of ['secret', 'your-256-bit-secret', 'shhhhh', 'keyboard cat', 'changeme', 'a-string-secret-at-least-256-bits-long', 'AllYourBase']) {
      expect(isKnownWeakKey(key), key).toBe(true);
    }
  });

  it('holds no placeholder, environment variable name, token or blank value', () => {
    const canonical = new Set(['your-256-bit-secret', 'your-384-bit-secret', 'your-512-bit-secret']);
    for (const key of [...DOCUMENTED_WEAK_KEYS, ...SCRAPED_WEAK_KEYS]) {
      if (!canonical.has(key)) expect(isPlaceholder(key), key).toBe(false);
      expect(key.trim().length, key).toBeGreaterThanOrEqual(3);
      expect(key.startsWith('eyJ'), key).toBe(false);
    }
    for (const name of ['JWT_SECRET', 'SECRET_KEY', 'your_jwt_secret_here', '<your-secret>', 'xxxxxxxx']) {
      expect(isKnownWeakKey(name), name).toBe(false);
    }
  });

  it('adds the keys a config lists', () => {
    expect(isKnownWeakKey('team-default-key-7')).toBe(false);
    restore = useSettings({ extraWeakKeys: ['team-default-key-7'] });
    expect(isKnownWeakKey('team-default-key-7')).toBe(true);
    expect(knownWeakKeys()).toContain('team-default-key-7');
  });
});

describe('every finding about a known weak key says it is publicly known', () => {
  it.each([
    ['jwt-call-literal', 'src/auth.js', "jwt.sign(payload, 'keyboard cat');"],
    ['jwt-secret-assignment', 'src/config.js', "const JWT_SECRET = 'changeme';"],
    ['jwt-secret-fallback', 'src/config.js', "const JWT_SECRET = process.env.JWT_SECRET || 'supersecret';"],
  ])('%s', (rule, path, code) => {
    const found = detectInText(path, code).filter((f) => f.rule === rule);
    expect(found.length).toBeGreaterThan(0);
    for (const finding of found) expect(finding.why).toContain(PUBLICLY_KNOWN);
  });

  it('adds the sentence once, and only for a known key', () => {
    expect(withPubliclyKnown('Bad.', 'secret')).toBe(`Bad. ${PUBLICLY_KNOWN}`);
    expect(withPubliclyKnown(`Bad. ${PUBLICLY_KNOWN}`, 'secret')).toBe(`Bad. ${PUBLICLY_KNOWN}`);
    expect(withPubliclyKnown('Bad.', 'k9Qv3LxZ7pT2wR8m')).toBe('Bad.');
  });

  it('names the weak key that signed a committed token, redacted, and tries the config keys too', () => {
    const token = hs256({ sub: 'u1' }, 'changeme');
    const [finding] = detectInText('test/fixture.js', `const t = '${token}';`).filter((f) => f.rule === 'jwt-token');
    expect(finding!.why).toContain('publicly known weak key (chan…(8))');
    expect(finding!.why).not.toContain('changeme');

    const teamToken = hs256({ sub: 'u2' }, 'team-default-key-7');
    expect(detectInText('test/fixture.js', `const t = '${teamToken}';`)[0]!.why).not.toContain('weak key');
    restore = useSettings({ extraWeakKeys: ['team-default-key-7'] });
    const other = hs256({ sub: 'u3' }, 'team-default-key-7');
    expect(detectInText('test/fixture.js', `const t = '${other}';`)[0]!.why).toContain('publicly known weak key (team…(18))');
  });
});
