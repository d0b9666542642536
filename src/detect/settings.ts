// Detection settings that a repository's config may extend (extra JWT-ish names, extra weak keys,
// entropy thresholds). One scan runs per process, so the scan entry sets them once, before any
// rule runs; rules read them through the helpers that use them (isJwtName, isKnownWeakKey, …).

export interface EntropyThresholds {
  /** Shortest string judged at all. */
  minLength: number;
  /** Bits per character at or above which a string of that alphabet counts as random. */
  hex: number;
  base64: number;
  other: number;
}

export interface DetectionSettings {
  /** Extra names (compared without case, `_`, `-`, `.`) that hold a JWT key. */
  extraJwtNames: readonly string[];
  /** Extra values that are known weak or leaked keys. */
  extraWeakKeys: readonly string[];
  entropy: EntropyThresholds;
  /**
   * Path globs (picomatch) of tests and fixtures: generic-secret-assignment stays quiet there, since
   * test code hardcodes passwords on purpose. Provider tokens are reported everywhere.
   */
  testPaths: readonly string[];
}

export const DEFAULT_SETTINGS: DetectionSettings = Object.freeze({
  extraJwtNames: [],
  extraWeakKeys: [],
  entropy: Object.freeze({ minLength: 16, hex: 3.0, base64: 4.2, other: 4.0 }),
  testPaths: Object.freeze([
    '**/test/**', '**/tests/**', '**/__tests__/**', '**/__mocks__/**', '**/spec/**', '**/fixtures/**',
    '**/__fixtures__/**', '**/testdata/**', '**/*.test.*', '**/*.spec.*', '**/*_test.*', '**/test_*.py',
    '**/*Test.*', '**/*Tests.*', '**/conftest.py',
  ]),
});

/**
 * How far below the mean entropy of a random string of the same length and alphabet a literal may
 * score and still count as random (see entropy.ts). Picked by measurement (bench/entropy.mjs): at
 * this margin 95-99 % of random keys of 16 to 32 characters pass, and the English letter pairs
 * (entropy.ts) keep out names, paths and MIME types, whose entropy alone passes as often.
 */
export const ENTROPY_BELOW_RANDOM: Readonly<Record<'hex' | 'base64' | 'other', number>> = Object.freeze({ hex: 0.4, base64: 0.4, other: 0.4 });

let active: DetectionSettings = DEFAULT_SETTINGS;

export function settings(): DetectionSettings {
  return active;
}

/** Sets the settings for this process's scan; returns a function that restores the previous ones. */
export function useSettings(next: Partial<DetectionSettings>): () => void {
  const previous = active;
  active = { ...DEFAULT_SETTINGS, ...next, entropy: { ...DEFAULT_SETTINGS.entropy, ...next.entropy } };
  return () => {
    active = previous;
  };
}
