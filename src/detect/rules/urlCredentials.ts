// A password written into a connection URL: postgres://user:PASSWORD@host, mysql://, mongodb(+srv)://,
// redis(s)://, amqp(s)://, https://user:pass@host, …. The password alone is the secret.
//
// Judgement, so that documentation and local development stay quiet:
// - placeholders are not passwords: `${DB_PASS}`, `$DB_PASS`, `%s`, `<password>`, `****`, and the
//   words docs write in the password's place (`password`, `pass`, `secret`, `your_password`);
// - a reserved or placeholder host (example.com, *.example, *.invalid, `host`) reaches nothing;
// - a low-entropy password to this machine (localhost, 127.0.0.1) is a local default: a leak of
//   it opens nothing, while a high-entropy one may be a tunnel to production and is reported;
// - a password equal to its user name on a one-label host (postgres:postgres@db) is a container
//   default.
// A weak password on a real host (`postgres://app:admin123@db.internal.corp/app` in an .env) is
// reported: that is exactly the leak this rule is for.
import { isHighEntropy } from '../entropy.js';
import { isPlaceholder } from '../placeholder.js';
import type { Rule, RuleMatch } from '../types.js';

const SCHEMES = 'postgres(?:ql)?|mysql2?|mariadb|mssql|sqlserver|oracle|mongodb|redis|rediss|amqps?|https?|s?ftps?|smtps?|ldaps?';
/**
 * scheme(+driver)://user:password@host. Every part is bounded, so a line of repeated
 * `postgres://user:` costs a bounded amount per scheme: the password may hold `@` and `:`
 * (written unencoded) and backtracks to the last `@` within its bound.
 */
const URL_CREDENTIALS = new RegExp(
  `(?<![A-Za-z0-9+.-])(?:${SCHEMES})(?:\\+[a-z0-9]{1,20})?://(?<user>[^\\s:/?#@'"\`<>]{0,128}):(?<password>[^\\s/?#'"\`<>]{1,256})@(?<host>[^\\s/?#:@'"\`<>,;]{1,253})`,
  'gi',
);

/** Words that docs write where the password goes. */
const PASSWORD_WORDS = /^(?:password|passwd|pass|pwd|pw|secret|my[-_]?password|your[-_]?password|user[-_]?password|db[-_]?password|mysecretpassword)$/i;
/** Template and format syntax: `%s`, `%(pw)s`, `{password}`, `{0}`, `:password`. */
const FORMAT = /%[sd]|%\([\w.]+\)[sd]|^\{[\w.]*\}$|^:[A-Za-z_]\w*$/;
const RESERVED_HOST = /(?:^|\.)(?:example\.(?:com|org|net)|example|invalid|test|localdomain)$/i;
const PLACEHOLDER_HOST = /^(?:host|hostname|your[-_]?host|my[-_]?host|db[-_]?host|server|\w+[-_]host)$/i;
const LOCAL_HOST = /^(?:localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|0\.0\.0\.0|\[::1\]|host\.docker\.internal)$/i;

function isPlaceholderPassword(password: string): boolean {
  return isPlaceholder(password) || PASSWORD_WORDS.test(password) || FORMAT.test(password) || password.includes('${') || password.startsWith('$');
}

function isQuiet(user: string, password: string, host: string): boolean {
  if (isPlaceholderPassword(password)) return true;
  if (RESERVED_HOST.test(host) || PLACEHOLDER_HOST.test(host) || isPlaceholder(host)) return true;
  if (LOCAL_HOST.test(host) && !isHighEntropy(password)) return true;
  return !host.includes('.') && password.toLowerCase() === user.toLowerCase();
}

export const urlCredentials: Rule = {
  id: 'url-credentials',
  description: 'A literal password in a connection URL (postgres://, mysql://, mongodb://, redis://, amqp://, https://user:pass@host).',
  severity: 'error',
  keywords: ['://'],
  // A provider token used as the password (https://oauth2:glpat-…@) is reported by the provider's rule.
  fallback: true,
  match(line) {
    const matches: RuleMatch[] = [];
    for (const m of line.text.matchAll(URL_CREDENTIALS)) {
      const { user, password, host } = m.groups as { user: string; password: string; host: string };
      if (isQuiet(user, password, host)) continue;
      matches.push({
        secret: password,
        index: m.index + m[0].indexOf(':', m[0].indexOf('://') + 3) + 1,
        why: `A password is written into the ${m[0].slice(0, m[0].indexOf('://'))}:// URL: anyone who reads it can log in to ${host} as ${user || 'its user'}.`,
      });
    }
    return matches;
  },
};
