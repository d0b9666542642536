// Entropy against length (src/detect/entropy.ts): the exact mean entropy of a random string, the
// length-aware judgement, and the letter-pair test that keeps names out of it.
import { describe, expect, it } from 'vitest';
import { entropyThreshold, expectedEntropy, isHighEntropy, readsAsWords, shannonEntropy } from '../src/detect/entropy.js';
import { DEFAULT_SETTINGS, useSettings } from '../src/detect/settings.js';

/** A deterministic stand-in for random draws (xorshift32), so the test never flakes. */
function draws(alphabet: string, length: number, seed: number): string {
  let x = seed;
  let out = '';
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out += alphabet[(x >>> 0) % alphabet.length];
  }
  return out;
}
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

describe('expectedEntropy', () => {
  it('is 0 for one character and log2(k) less a little for long strings', () => {
    expect(expectedEntropy(1, 64)).toBe(0);
    expect(expectedEntropy(4096, 16)).toBeGreaterThan(3.99);
    expect(expectedEntropy(4096, 16)).toBeLessThan(4);
  });

  it('agrees with the mean over many draws', () => {
    for (const length of [12, 16, 20, 32]) {
      let sum = 0;
      const n = 4000;
      for (let s = 1; s <= n; s++) sum += shannonEntropy(draws(BASE64, length, s * 2654435761));
      expect(Math.abs(sum / n - expectedEntropy(length, 64))).toBeLessThan(0.03);
    }
  });

  it('is below the base64 threshold at 16 characters: why a fixed threshold missed short keys', () => {
    expect(expectedEntropy(16, 64)).toBeLessThan(4.2);
    expect(entropyThreshold(16, 'base64')).toBeLessThan(expectedEntropy(16, 64));
    // Long strings keep the configured threshold.
    expect(entropyThreshold(64, 'base64')).toBe(4.2);
  });
});

describe('isHighEntropy', () => {
  it('flags random 16 and 20 character keys', () => {
    for (const key of ['RYT5NLJUEuzADJ1Y', 'CTIKayfJ_3LA62rZ', 'eXCoO8poWyzwJUzeE2HT', 'NpDYj5j6h7nCwB5f49']) expect(isHighEntropy(key), key).toBe(true);
  });

  it('leaves names, paths, MIME types and UUIDs alone', () => {
    for (const value of ['camelCaseFunctionName', '/api/v1/users/me', 'application/json', 'loadUserProfile2', 'X-Requested-With', 'src/body/auth.py', 'c0a0a147-686f-4d75-8a20-b384448c508e']) {
      expect(isHighEntropy(value), value).toBe(false);
    }
  });

  it('judges a prefixed token by its body', () => {
    expect(isHighEntropy('shpat_Zx2Cv4Bn6Mq8')).toBe(false);
    expect(isHighEntropy('whsec_Mn5Bv3Cx1Zl7Hy6Tg4Rf2Ed8')).toBe(true);
  });

  it('keeps the configured minimum length', () => {
    expect(isHighEntropy('RYT5NLJUEuzA')).toBe(false);
    const restore = useSettings({ entropy: { ...DEFAULT_SETTINGS.entropy, minLength: 12 } });
    try {
      expect(isHighEntropy('RYT5NLJUEuzA')).toBe(true);
    } finally {
      restore();
    }
  });
});

describe('readsAsWords', () => {
  it('tells English letter pairs from random ones', () => {
    for (const words of ['userProfileCache', 'application/json', 'SELECT * FROM users', 'refresh_token_ttl']) expect(readsAsWords(words), words).toBe(true);
    for (const random of ['RYT5NLJUEuzADJ1Y', 'xwBKkAtNPnkGOYOH', 'pmkE3SPc9aHT7FbJ']) expect(readsAsWords(random), random).toBe(false);
  });
});
