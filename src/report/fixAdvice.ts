// How to fix a finding and how to allow it, said in the file's own language.
import type { Language } from '../detect/language.js';
import { secretFixAdvice } from './secretAdvice.js';

const ENV_READ: Partial<Record<Language, string[]>> = {
  javascript: ['const secret = process.env.JWT_SECRET;', "if (!secret) throw new Error('JWT_SECRET is not set');"],
  python: ['secret = os.environ["JWT_SECRET"]  # raises KeyError when unset'],
  go: ['secret := os.Getenv("JWT_SECRET")', 'if secret == "" { log.Fatal("JWT_SECRET is not set") }'],
  java: ['String secret = System.getenv("JWT_SECRET");', 'if (secret == null) throw new IllegalStateException("JWT_SECRET is not set");'],
  kotlin: ['val secret = System.getenv("JWT_SECRET") ?: error("JWT_SECRET is not set")'],
  csharp: ['var secret = Environment.GetEnvironmentVariable("JWT_SECRET")', '    ?? throw new InvalidOperationException("JWT_SECRET is not set");'],
  ruby: ['secret = ENV.fetch("JWT_SECRET")  # raises KeyError when unset'],
  php: ["$secret = getenv('JWT_SECRET') ?: throw new RuntimeException('JWT_SECRET is not set');"],
  rust: ['let secret = std::env::var("JWT_SECRET").expect("JWT_SECRET is not set");'],
  shell: [': "${JWT_SECRET:?JWT_SECRET is not set}"   # read from the environment, stop when unset'],
  yaml: [
    'jwt_secret: ${JWT_SECRET}   # filled in from the environment at deploy time',
    '(Kubernetes: valueFrom: { secretKeyRef: { name: jwt, key: secret } } instead of value:)',
  ],
  properties: ['jwt.secret=${JWT_SECRET}'],
  toml: ['# leave the key out of this file and read JWT_SECRET from the environment'],
  hocon: ['secret = ${JWT_SECRET}   # no literal default before it: startup fails when it is unset'],
  terraform: [
    'value = random_password.jwt.result   # or a variable with no default, set from a secret store',
    '(a literal default stays in the state and the repository, `sensitive = true` or not)',
  ],
  sql: ['seed the row from the deployment (a parameter such as :jwt_secret), not from a literal in the file'],
  json: [
    'leave the key out of this file and read JWT_SECRET from the environment',
    '(ASP.NET Core: the environment variable Jwt__Key, or `dotnet user-secrets set "Jwt:Key" …`, fills Jwt:Key)',
  ],
};

/** A default after the environment read is the bug: the read itself stays, without the default. */
const FALLBACK_READ: Partial<Record<Language, string[]>> = {
  java: [...ENV_READ.java!, 'with Spring: @Value("${jwt.secret}") with no `:default`, so startup fails when it is unset'],
  kotlin: [...ENV_READ.kotlin!, 'with Spring: @Value("\\${jwt.secret}") with no `:default`, so startup fails when it is unset'],
  php: ["'secret' => env('JWT_SECRET'),   // no default: set JWT_SECRET in the environment", ...ENV_READ.php!],
  yaml: ['jwt_secret: ${JWT_SECRET}   # no default after `:`: fill it in from the environment at deploy time'],
  properties: ['jwt.secret=${JWT_SECRET}   # no `:default`: startup fails when it is unset'],
  shell: ENV_READ.shell!,
  dotenv: ['JWT_SECRET=${JWT_SECRET}   # no default after `:-`'],
};

const GENERATE_AND_ROTATE = 'generate a key with `openssl rand -hex 32`; rotate any key that was ever committed.';

export function fixAdvice(rule: string, language: Language): string[] {
  // Provider tokens, URL passwords, generic secrets: revoke at the provider, then read from the environment.
  const secret = secretFixAdvice(rule, language);
  if (secret) return secret;
  if (rule === 'private-key') {
    return [
      'load the key from a file outside the repository or from a secret manager, by a path in the environment;',
      'this key is now public: make a new pair (`openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out private.pem`).',
    ];
  }
  if (language === 'dotenv' && rule !== 'jwt-secret-fallback') {
    return [
      'keep real values out of git: list this file in .gitignore and commit a .env.example with `JWT_SECRET=`;',
      `set the value in your deployment's secret settings; ${GENERATE_AND_ROTATE}`,
    ];
  }
  const read = (rule === 'jwt-secret-fallback' ? FALLBACK_READ[language] : undefined) ?? ENV_READ[language] ?? ENV_READ.javascript!;
  const lead = rule === 'jwt-secret-fallback'
    ? 'drop the fallback and fail fast when the variable is unset:'
    : 'read the key from the environment and fail fast when it is unset:';
  return [lead, ...read.map((line) => `  ${line}`), GENERATE_AND_ROTATE];
}

const HASH_COMMENT: readonly Language[] = ['python', 'ruby', 'shell', 'yaml', 'dotenv', 'toml', 'properties', 'hocon', 'terraform'];

export function allowAdvice(language: Language): string {
  if (language === 'json') return 'JSON has no comments: move the value out of this file.';
  if (language === 'markup') return 'if this is not a real key, end the line with <!-- jwtguard:allow <reason> -->';
  const opener = language === 'sql' ? '--' : HASH_COMMENT.includes(language) ? '#' : '//';
  return `if this is not a real key, end the line with ${opener} jwtguard:allow <reason>`;
}
