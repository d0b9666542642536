// A literal given to a password, secret, token or API-key name in code or config
// (`DB_PASSWORD=…`, `apiKey: '…'`, `client_secret = "…"`), reported when it is random for its
// alphabet or a known weak value. Quiet in tests and fixtures (the `testPaths` setting), for
// placeholders, references (`${VAR}`, vault and ARN references, password hashes) and for JWT-ish
// names, which jwt-secret-assignment reports. A catch-all: where a provider rule reports the same
// value, that finding stands and this one is dropped.
import { boundValues } from '../boundValues.js';
import { namesKeyOfExistingSecret } from '../configEntries.js';
import { isHighEntropy } from '../entropy.js';
import { isJwtName, normalizeName } from '../names.js';
import { isPlaceholder } from '../placeholder.js';
import { settings } from '../settings.js';
import { isTestPath } from '../testPaths.js';
import { looksGenerated } from '../tokenShape.js';
import { isKnownWeakKey } from '../weakKeys.js';
import type { Rule, RuleMatch } from '../types.js';

/** One word of a name that is a secret by itself, or ends one (`dbpassword`, `authtoken`). */
const SECRET_WORDS = ['password', 'passwd', 'passphrase', 'secret', 'token', 'apikey', 'accesskey', 'secretkey', 'privatekey'];
const EXACT_SECRET_WORDS = new Set(['pass', 'pwd']);
/** `<qualifier> key` is a secret: api key, access key, … (`signing key` is jwt-secret-assignment's). */
const KEY_QUALIFIERS = new Set(['api', 'access', 'secret', 'private', 'auth', 'account', 'master', 'encryption', 'app', 'client', 'license', 'subscription']);
/** Words that may follow the secret word: `SECRET_KEY_BASE`, `DB_PASSWORD_PROD`, `apiKeyValue`. */
const TRAILING_OK = new Set([
  'key', 'base', 'value', 'val', 'str', 'string', 'b64', 'base64', 'hex', 'raw', 'plain', 'plaintext',
  'prod', 'production', 'staging', 'stage', 'dev', 'development', 'local', 'live', 'primary', 'secondary',
  'current', 'v1', 'v2', '1', '2',
]);
/** Words before the secret word that make it something else: CSRF and paging tokens, form fields, fakes. */
const NOT_BEFORE = new Set([
  'csrf', 'xsrf', 'page', 'next', 'cursor', 'continuation', 'cancel', 'cancellation', 'sync', 'pad', 'eos', 'bos',
  'unk', 'sep', 'cls', 'mask', 'special', 'max', 'min', 'num', 'forgot', 'confirm', 'show', 'hide', 'toggle', 'is',
  'has', 'use', 'enable', 'require', 'validate', 'check', 'placeholder', 'label', 'hint', 'input', 'field',
  'regex', 'pattern', 'device', 'push', 'fcm', 'apns', 'public', 'publishable', 'invalid', 'wrong', 'bad', 'fake',
  'mock', 'dummy', 'test', 'example', 'sample', 'old', 'new', 'expired',
]);

/** Words of a name: `dbPassword`, `DB_PASSWORD`, `x-api-key`, `config.db.password`. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
}

function isSecretWord(words: readonly string[], i: number): boolean {
  const word = words[i]!;
  if (EXACT_SECRET_WORDS.has(word) || SECRET_WORDS.some((secret) => word.endsWith(secret))) return true;
  return word === 'key' && i > 0 && KEY_QUALIFIERS.has(words[i - 1]!);
}

/** Names seen recently and whether each is a secret name: a line or file repeats the same few. */
const secretNameMemo = new Map<string, boolean>();
const MEMO_SIZE = 512;

/** True when the name ends with a secret word (then only TRAILING_OK words) and no NOT_BEFORE word precedes it. */
export function isSecretName(name: string): boolean {
  let known = secretNameMemo.get(name);
  if (known === undefined) {
    if (secretNameMemo.size >= MEMO_SIZE) secretNameMemo.clear();
    known = judgeName(name);
    secretNameMemo.set(name, known);
  }
  return known;
}

function judgeName(name: string): boolean {
  const words = nameWords(name);
  let last = words.length - 1;
  while (last >= 0 && TRAILING_OK.has(words[last]!) && !isSecretWord(words, last)) last--;
  if (last < 0 || !isSecretWord(words, last)) return false;
  return !words.slice(0, last).some((word) => NOT_BEFORE.has(word));
}

/** A path, a file or a URL: where a secret is, not the secret (URLs are url-credentials'). */
const LOCATION = /^(?:\.{0,2}\/|~\/|[A-Za-z]:\\|file:)|:\/\/|\.(?:pem|key|crt|cer|der|p12|pfx|jks|keystore|json|txt|ya?ml|env)$/i;
/** References to a secret kept elsewhere, encrypted values, template tags, YAML tags and anchors. */
const REFERENCE = /^(?:ENC\(|\{cipher\}|vault:|arn:aws:|op:\/\/|@Microsoft\.KeyVault|secretsmanager:|ssm:|!|&|\*|<%|\{%|-----BEGIN)/i;
/** Password hashes (bcrypt, argon2, crypt, Django, LDAP): what is stored instead of a password. */
const PASSWORD_HASH = /^(?:\$(?:2[abxy]?|argon2(?:id|i|d)|[156]|pbkdf2[\w-]*|scrypt)\$|(?:pbkdf2_sha256|bcrypt|argon2|sha1|md5)\$|\{(?:SSHA|SHA|SMD5|CRYPT|bcrypt|pbkdf2|scrypt|argon2)[^}]*\})/i;
/** Keys that are public or reach only test data: Stripe publishable and test-mode keys. */
const PUBLIC_OR_TEST_KEY = /^(?:pk_(?:live|test)_|[sr]k_test_)/;
/** The name of another variable: `DB_PASSWORD`, `API_KEY_PROD`. */
const VARIABLE_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;
/** Weak-list words that name a kind or a mode rather than being a password. */
const NOT_A_PASSWORD = new Set(['jwt', 'token', 'key', 'hmac', 'default', 'dev', 'development', 'test', 'testing']);
/** Example and template files, whose weak words are placeholders (random values are still reported). */
const EXAMPLE_FILE = /(?:^|[./_-])(?:example|sample|template|dist|tmpl|tpl)(?:[./_-]|$)/i;

/** What judge() could report: a weak value, or one long enough and without spaces to be random. */
function mayBeSecret(value: string): boolean {
  return isKnownWeakKey(value) || (value.length >= settings().entropy.minLength && !/\s/.test(value));
}

function isExampleFile(path: string): boolean {
  return EXAMPLE_FILE.test(path.slice(path.lastIndexOf('/') + 1));
}

/** Why a value bound to a secret name is a finding, or undefined when it is not one. */
function judge(name: string, value: string, path: string): string | undefined {
  // Cheap first: a value neither on the weak list nor long enough to judge by entropy is no finding.
  const weak = isKnownWeakKey(value);
  if (!weak && value.length < settings().entropy.minLength) return undefined;
  // A value that restates the name or the kind (`password: 'password'`, `CLIENT_SECRET=secret`) is a placeholder.
  const normal = normalizeName(value);
  if (normal === normalizeName(name) || SECRET_WORDS.includes(normal) || EXACT_SECRET_WORDS.has(normal)) return undefined;
  if (isPlaceholder(value) || LOCATION.test(value) || REFERENCE.test(value) || PASSWORD_HASH.test(value)) return undefined;
  if (VARIABLE_NAME.test(value) || PUBLIC_OR_TEST_KEY.test(value)) return undefined;
  if (weak) {
    if (NOT_A_PASSWORD.has(value.toLowerCase()) || isExampleFile(path)) return undefined;
    return `A guessable value is hardcoded as ${name}: it is among the first guesses of anyone who tries.`;
  }
  if (/\s/.test(value) || !isHighEntropy(value) || !looksGenerated(value, 8)) return undefined;
  return `A random-looking literal is hardcoded as ${name}: anyone who reads the repository has it.`;
}

export const genericSecretAssignment: Rule = {
  id: 'generic-secret-assignment',
  description: 'A literal assigned to a password, secret, token or API-key name (DB_PASSWORD, apiKey, client_secret, …), when it is random-looking or a known weak value; not in tests and fixtures.',
  severity: 'error',
  keywords: [
    'pass', 'pwd', 'secret', 'token', 'apikey', 'api_key', 'api-key', 'accesskey', 'access_key', 'access-key',
    'privatekey', 'private_key', 'private-key', 'authkey', 'auth_key', 'accountkey', 'account_key', 'masterkey',
    'master_key', 'encryptionkey', 'encryption_key', 'appkey', 'app_key', 'clientkey', 'client_key', 'licensekey',
    'license_key', 'subscriptionkey', 'subscription_key',
  ],
  fallback: true,
  match(line) {
    if (isTestPath(line.path)) return [];
    const matches: RuleMatch[] = [];
    for (const { name, value, index } of boundValues(line, mayBeSecret)) {
      if (!isSecretName(name) || isJwtName(name)) continue; // JWT-ish names are jwt-secret-assignment's
      if (namesKeyOfExistingSecret(line, name)) continue; // Helm: the key's name inside an existing Secret
      const why = judge(name, value, line.path);
      if (why !== undefined) matches.push({ secret: value, index, why });
    }
    return matches;
  },
};
