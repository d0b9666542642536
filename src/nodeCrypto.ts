// node:crypto, loaded on first use: only a finding needs a hash or an HMAC, and loading the module
// costs about 1.4 ms of every commit's start-up.
import { createRequire } from 'node:module';
import type * as Crypto from 'node:crypto';

let loaded: typeof Crypto | undefined;

export function nodeCrypto(): typeof Crypto {
  loaded ??= createRequire(import.meta.url)('node:crypto') as typeof Crypto;
  return loaded;
}
