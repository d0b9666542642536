// `process.env.JWT_SECRET || 'dev-secret'`: the environment is read, but when it is unset the
// app quietly signs with a key everyone can read. Failing fast is the fix. The same in every
// language (`os.getenv('JWT_SECRET', 'x')`, `ENV.fetch('JWT_SECRET', 'x')`, `env('JWT_SECRET', 'x')`,
// `System.getenv("JWT_SECRET") ?: "x"`, `env::var("JWT_SECRET").unwrap_or(…)`, …), for config
// lookups with a default (`config('jwt.secret', 'x')`, `configuration["Jwt:Key"] ?? "x"`), and for
// placeholder defaults (Spring `${jwt.secret:x}`, docker-compose and shell `${JWT_SECRET:-x}`).
import { keyArgumentsOf } from '../callSites.js';
import { CONFIG_LANGUAGES, configEntries } from '../configEntries.js';
import { hasQuote, literalAt, type StringLiteral } from '../literals.js';
import { isJwtName, nameBefore } from '../names.js';
import { LANGUAGE_SETS, type Language } from '../language.js';
import type { Rule, RuleMatch, ScanLine } from '../types.js';
import { isSecretValue } from './jwtSecretAssignment.js';

/** A read of one environment variable, capturing its name (group 1 or 2). */
const JS_ENV = String.raw`(?:process\.env|import\.meta\.env|Bun\.env)(?:\.([A-Za-z_]\w*)|\[\s*['"]([A-Za-z_]\w*)['"]\s*\])`;

interface FallbackPattern {
  languages: readonly Language[];
  /** Plain text every match holds: the pattern is tried only on lines where it stands. */
  needs: string;
  /** Global regex ending just before the fallback literal (or its quote prefix); group 1 or 2 is the variable. */
  pattern: RegExp;
}

const { javascript: JS, python: PY, go: GO, jvm: JVM, csharp: CS, ruby: RB, php: PHP, rust: RS } = LANGUAGE_SETS;

/** A quoted variable or config key name, captured: `'JWT_SECRET'`, `"Jwt:Key"`, `'jwt.secret'`. */
const NAME = String.raw`['"]([A-Za-z_][\w.:-]{0,80})['"]`;
/** Just before a literal, allowing a quote prefix (`b'…'`, `@"…"`). */
const LITERAL = String.raw`(?=[bBrRuU@]?['"\x60])`;

function fallback(languages: readonly Language[], needs: string, source: string): FallbackPattern {
  return { languages, needs, pattern: new RegExp(source, 'g') };
}

const FALLBACKS: readonly FallbackPattern[] = [
  // process.env.JWT_SECRET || 'x', process.env.JWT_SECRET ?? 'x'
  fallback(JS, 'env', String.raw`${JS_ENV}\s*(?:\|\||\?\?)\s*(?=['"\x60])`),
  // process.env.JWT_SECRET ? process.env.JWT_SECRET : 'x' (and any condition before the env read)
  fallback(JS, 'env', String.raw`\?\s*${JS_ENV}\s*:\s*(?=['"\x60])`),
  // t3-env / zod: JWT_SECRET: z.string().min(32).default('x'); envalid: JWT_SECRET: str({ default: 'x' })
  fallback(JS, 'default', String.raw`(?<![\w$])z\s*\.\s*string\s*\(\s*\)(?:\s*\.\s*[A-Za-z]{1,20}\s*\([^()]{0,80}\)){0,6}\s*\.\s*default\s*\(\s*(?=['"\x60])`),
  fallback(JS, 'efault', String.raw`(?<![\w$])str\s*\(\s*\{[^{}]{0,200}?\b(?:default|devDefault)\s*:\s*(?=['"\x60])`),
  // node-config / nconf / convict: config.get('jwt.secret') || 'x'
  // (The object's name is not read: a bounded name part before each candidate would be tried at every position.)
  fallback(JS, 'get', String.raw`(?:[cC]onfig|nconf|convict)\s*\.\s*get\s*\(\s*${NAME}\s*\)\s*(?:\|\||\?\?)\s*(?=['"\x60])`),
  // config.has('k') ? config.get('k') : 'x'
  fallback(JS, 'get', String.raw`\?\s*(?:[cC]onfig|nconf|convict)\s*\.\s*get\s*\(\s*${NAME}\s*\)\s*:\s*(?=['"\x60])`),
  // os.environ.get('X', 'x'), os.getenv('X', 'x'), os.getenv('X', default='x'), os.environ.setdefault('X', 'x')
  fallback(PY, 'env', String.raw`(?<![\w.])(?:os\s*\.\s*)?(?:environ\s*\.\s*(?:get|setdefault)|getenv)\s*\(\s*${NAME}\s*,\s*(?:default\s*=\s*)?${LITERAL}`),
  // os.environ.get('X') or 'x'
  fallback(PY, 'env', String.raw`(?<![\w.])(?:os\s*\.\s*)?(?:environ\s*\.\s*get|getenv)\s*\(\s*${NAME}\s*\)\s+or\s+${LITERAL}`),
  // python-decouple config('X', default='x'), django-environ env('X', default='x') / env.str('X', 'x');
  // Laravel env('JWT_SECRET', 'x') and config('jwt.secret', 'x')
  fallback([...PY, ...PHP], '(', String.raw`(?<![\w.$>:])(?:config|env(?:\s*\.\s*(?:str|get_value))?)\s*\(\s*${NAME}\s*,\s*(?:[a-z_]{1,20}\s*=\s*[\w.]{1,40}\s*,\s*){0,2}(?:default\s*=\s*)?${LITERAL}`),
  // settings.get('JWT_SECRET', 'x'), app.config.get('JWT_SECRET_KEY', 'x'), getattr(settings, 'JWT_SECRET', 'x')
  fallback(PY, 'get', String.raw`\.\s*get\s*\(\s*${NAME}\s*,\s*(?:default\s*=\s*)?${LITERAL}`),
  fallback(PY, 'getattr', String.raw`(?<![\w.])getattr\s*\(\s*[\w.]{1,60}\s*,\s*${NAME}\s*,\s*${LITERAL}`),
  // getEnv("JWT_SECRET", "x") helpers, cmp.Or(os.Getenv("JWT_SECRET"), "x"), viper.SetDefault("jwt.secret", "x")
  fallback(GO, 'nv', String.raw`(?<![\w$])(?:[gG]et[eE]nv|[eE]nv)\w{0,24}\s*\(\s*${NAME}\s*,\s*(?=["\x60])`),
  fallback(GO, 'Getenv', String.raw`(?<![\w$])cmp\s*\.\s*Or\s*\(\s*os\s*\.\s*Getenv\s*\(\s*${NAME}\s*\)\s*,\s*(?=["\x60])`),
  fallback(GO, 'SetDefault', String.raw`\bSetDefault\s*\(\s*${NAME}\s*,\s*(?=["\x60])`),
  // Struct tags: caarlos0/env `env:"JWT_SECRET" envDefault:"x"`, envconfig `envconfig:"JWT_SECRET" default:"x"`
  fallback(GO, 'env', String.raw`\b(?:env|envconfig):"([A-Za-z_]\w{0,80})"[^\x60\n]{0,80}?\b(?:envDefault|default):(?=")`),
  // System.getenv().getOrDefault("X", "x"), System.getProperty("jwt.secret", "x"), env.getProperty("jwt.secret", "x")
  // (also under a constant's name: `env.getProperty(PROPERTY, "x")`, judged by where the value goes)
  fallback(JVM, 'get', String.raw`(?:\.\s*getOrDefault|\bgetProperty)\s*\(\s*(?:${NAME}|([A-Z][A-Z0-9_]{0,60}))\s*,\s*(?=")`),
  // Optional.ofNullable(System.getenv("X")).orElse("x"), Objects.requireNonNullElse(System.getenv("X"), "x")
  fallback(JVM, 'getenv', String.raw`\bgetenv\s*\(\s*${NAME}\s*\)\s*\)\s*\.\s*orElse\s*\(\s*(?=")`),
  fallback(JVM, 'getenv', String.raw`\b(?:requireNonNullElse|defaultIfBlank|defaultIfEmpty|defaultString|firstNonNull)\s*\(\s*System\s*\.\s*getenv\s*\(\s*${NAME}\s*\)\s*,\s*(?=")`),
  // Kotlin: System.getenv("X") ?: "x"; Ktor environment.config.propertyOrNull("jwt.secret")?.getString() ?: "x"
  fallback(JVM, '?:', String.raw`\b(?:getenv|getProperty|propertyOrNull)\s*\(\s*${NAME}\s*\)(?:\s*\?\.\s*getString\s*\(\s*\))?\s*\?:\s*(?=")`),
  // Environment.GetEnvironmentVariable("X") ?? "x", configuration.GetValue<string>("Jwt:Key", "x"), GetSection("Jwt:Key").Value ?? "x"
  fallback(CS, 'GetEnvironmentVariable', String.raw`\bGetEnvironmentVariable\s*\(\s*${NAME}(?:\s*,\s*[\w.]{1,60})?\s*\)\s*\?\?\s*(?=[@$]?")`),
  fallback(CS, 'GetValue', String.raw`\bGetValue\s*<\s*string\??\s*>\s*\(\s*${NAME}\s*(?:,|\)\s*\?\?)\s*(?=[@$]?")`),
  fallback(CS, 'GetSection', String.raw`\bGetSection\s*\(\s*${NAME}\s*\)\s*\.\s*Value\s*\?\?\s*(?=[@$]?")`),
  // Lookups by key with a fallback: configuration["Jwt:Key"] ?? "x", ENV['X'] || 'x', $_ENV['X'] ?? 'x', config['jwt_secret'] || 'x'
  fallback([...CS, ...PHP, ...RB, ...JS], '[', String.raw`\[\s*${NAME}\s*\]\s*(?:\?\?|\?:|\|\||or\b)\s*(?=[@$]?['"\x60])`),
  // ENV.fetch('X', 'x'), ENV.fetch('X') { 'x' }, Rails.application.credentials.jwt_secret || 'x'
  fallback(RB, 'ENV', String.raw`\bENV\s*\.\s*fetch\s*\(?\s*${NAME}\s*,\s*(?=['"])`),
  fallback(RB, 'ENV', String.raw`\bENV\s*\.\s*fetch\s*\(\s*${NAME}\s*\)\s*\{\s*(?:\|[^|]{0,20}\|\s*)?(?=['"])`),
  fallback(RB, 'credentials', String.raw`\bcredentials\s*\.\s*([A-Za-z_]\w{0,60})!?\s*(?:\|\||or\b)\s*(?=['"])`),
  // getenv('X') ?: 'x'
  fallback(PHP, 'getenv', String.raw`\bgetenv\s*\(\s*${NAME}\s*\)\s*(?:\?:|\?\?|\|\||or\b)\s*(?=['"])`),
  // env::var("X").unwrap_or("x".to_string()), .unwrap_or_else(|_| "x".into()), .unwrap_or(String::from("x"))
  fallback(RS, 'unwrap_or', String.raw`(?:env\s*::\s*var|dotenvy?\s*::\s*var|option_env!)\s*\(\s*${NAME}\s*\)(?:\s*\.\s*ok\s*\(\s*\))?\s*\.\s*unwrap_or(?:_else)?\s*\(\s*(?:\|[^|]{0,10}\|\s*)?(?:String\s*::\s*from\s*\(\s*|&\s*)?(?=")`),
];

const FALLBACKS_BY_LANGUAGE = new Map<Language, readonly FallbackPattern[]>();

function fallbacksFor(language: Language): readonly FallbackPattern[] {
  let patterns = FALLBACKS_BY_LANGUAGE.get(language);
  if (!patterns) {
    patterns = FALLBACKS.filter((f) => f.languages.includes(language));
    FALLBACKS_BY_LANGUAGE.set(language, patterns);
  }
  return patterns;
}

/**
 * A placeholder with a default: Spring `${jwt.secret:x}`, shell and docker-compose `${JWT_SECRET:-x}`,
 * `${JWT_SECRET-x}`, `${JWT_SECRET:=x}`. Not `${X:?message}` (fails when unset) or `${X:+alt}`.
 */
const PLACEHOLDER_DEFAULT = /\\?\$\{([A-Za-z_][\w.-]{0,80})(?::[-=]?|-)(?![?+])([^{}$\n]{1,200})\}/g;
/** Where such placeholders are read: Spring code and config, compose files, shell, .env. */
const PLACEHOLDER_LANGUAGES: readonly Language[] = ['java', 'kotlin', 'yaml', 'properties', 'dotenv', 'shell', 'toml', 'markup'];

/** `const { JWT_SECRET = 'dev' } = process.env`: destructuring defaults of the environment. */
const ENV_DESTRUCTURING = /\{([^{}]{1,400})\}\s*=\s*(?:process\.env|import\.meta\.env|Bun\.env)\b/g;
const DESTRUCTURED_DEFAULT = /(?:^|,)\s*([A-Za-z_$][\w$]{0,80})\s*(?::\s*([A-Za-z_$][\w$]{0,80})\s*)?=\s*(?=['"\x60])/g;

/** `cond ? 'x' : process.env.JWT_SECRET`: the literal comes first. */
const JS_LITERAL_THEN_ENV = new RegExp(String.raw`^\s*:\s*${JS_ENV}`);

function describe(envName: string | undefined, target: string): RuleMatch['why'] {
  const variable = envName ? `${envName} ` : 'the environment variable ';
  return `When ${variable}is unset, ${target} falls back to a hardcoded key that anyone who reads the repository can use to forge tokens.`;
}

interface Fallback {
  value: string;
  /** 0-based offset of the value in the line. */
  index: number;
}

function judge(envName: string | undefined, target: string | undefined, found: Fallback, inKeyPosition: () => boolean): RuleMatch | undefined {
  const jwtTarget = target !== undefined && isJwtName(target);
  const jwtVariable = envName !== undefined && isJwtName(envName);
  const keyPosition = !jwtTarget && !jwtVariable && inKeyPosition();
  if (!jwtTarget && !jwtVariable && !keyPosition) return undefined;
  if (!isSecretValue(found.value, envName ?? target ?? '')) return undefined;
  const what = jwtTarget ? target! : 'the JWT key';
  return { secret: found.value, index: found.index, why: describe(envName, what) };
}

/** The literal at `at`, stepping over a quote prefix (`b'…'`, `@"…"`); undefined when computed. */
function fixedLiteralAt(text: string, at: number): StringLiteral | undefined {
  const start = /[bBrRuU@]/.test(text[at] ?? '') ? at + 1 : at;
  const literal = literalAt(text.length - start > 4000 ? text.slice(0, start + 4000) : text, start);
  return literal && !literal.interpolated ? literal : undefined;
}

/** The name a config file line gives the value at `index` (`jwt.secret` under `jwt:`), if any. */
function configNameAt(line: ScanLine, index: number): string | undefined {
  if (!CONFIG_LANGUAGES.includes(line.language)) return undefined;
  const entry = configEntries(line).find((e) => e.index <= index && index <= e.index + e.value.length);
  return entry?.name;
}

/** Start of the expression that holds `at`: after the nearest `=`, `:`, `(` or `,` before it. */
function expressionStart(text: string, at: number): number {
  let pos = at;
  while (pos > 0 && !'=:(,{'.includes(text[pos - 1]!)) pos--;
  return pos;
}

export const jwtSecretFallback: Rule = {
  id: 'jwt-secret-fallback',
  description: 'A JWT key read from the environment falls back to a hardcoded literal when the variable is unset.',
  severity: 'error',
  keywords: ['env', '${', '??', '?:', 'config', 'getproperty', 'default(', 'default:', 'getattr', 'credentials', '.get('],
  match(line) {
    // Every fallback but a `${X:-x}` placeholder ends at a quoted literal.
    const quoted = hasQuote(line.text);
    if (!quoted && !line.text.includes('${')) return [];
    const matches: RuleMatch[] = [];
    const inKeyPositionAt = (offset: number) => (): boolean => {
      const keys = keyArgumentsOf(line);
      if (!keys) return false;
      const at = keys.window.lineStart + offset;
      return keys.keyArguments.some(({ span }) => span.start <= at && at < span.end);
    };
    const targetAt = (at: number): string | undefined => nameBefore(line.text, expressionStart(line.text, at));
    for (const { needs, pattern } of quoted ? fallbacksFor(line.language) : []) {
      if (!line.text.includes(needs)) continue;
      pattern.lastIndex = 0;
      for (let m = pattern.exec(line.text); m; m = pattern.exec(line.text)) {
        const literal = fixedLiteralAt(line.text, m.index + m[0].length);
        if (!literal) continue;
        const found = judge(m[1] ?? m[2], targetAt(m.index), { value: literal.value, index: literal.start + 1 }, inKeyPositionAt(m.index));
        if (found) matches.push(found);
      }
    }
    if (PLACEHOLDER_LANGUAGES.includes(line.language) && line.text.includes('${')) {
      PLACEHOLDER_DEFAULT.lastIndex = 0;
      for (let m = PLACEHOLDER_DEFAULT.exec(line.text); m; m = PLACEHOLDER_DEFAULT.exec(line.text)) {
        const raw = m[2]!;
        const valueStart = m.index + m[0].length - 1 - raw.length;
        const trimmed = raw.trim();
        const quoted = /^(['"]).*\1$/.test(trimmed) && trimmed.length >= 2;
        const value = quoted ? trimmed.slice(1, -1) : trimmed;
        const index = valueStart + raw.indexOf(trimmed) + (quoted ? 1 : 0);
        const target = configNameAt(line, m.index) ?? targetAt(m.index);
        const found = judge(m[1], target, { value, index }, () => false);
        if (found) matches.push(found);
      }
    }
    // Both forms below read `process.env` (or import.meta.env, Bun.env).
    if (quoted && line.language === 'javascript' && line.text.includes('env')) {
      ENV_DESTRUCTURING.lastIndex = 0;
      for (let m = ENV_DESTRUCTURING.exec(line.text); m; m = ENV_DESTRUCTURING.exec(line.text)) {
        const bodyStart = m.index + 1;
        DESTRUCTURED_DEFAULT.lastIndex = 0;
        for (let d = DESTRUCTURED_DEFAULT.exec(m[1]!); d; d = DESTRUCTURED_DEFAULT.exec(m[1]!)) {
          const literal = fixedLiteralAt(line.text, bodyStart + d.index + d[0].length);
          if (!literal) continue;
          const found = judge(d[1], d[2], { value: literal.value, index: literal.start + 1 }, () => false);
          if (found) matches.push(found);
        }
      }
      // The literal-first ternary: `isProd ? process.env.JWT_SECRET : 'x'` is above; this is the reverse.
      let pos = line.text.indexOf('?');
      while (pos !== -1) {
        let quoteAt = pos + 1;
        while (line.text[quoteAt] === ' ') quoteAt++;
        const literal = fixedLiteralAt(line.text, quoteAt);
        const env = literal ? JS_LITERAL_THEN_ENV.exec(line.text.slice(literal.end, literal.end + 200)) : null;
        if (literal && env) {
          const found = judge(env[1] ?? env[2], targetAt(pos), { value: literal.value, index: literal.start + 1 }, inKeyPositionAt(pos));
          if (found) matches.push(found);
        }
        pos = line.text.indexOf('?', pos + 1);
      }
    }
    // Two patterns may read the same call (`os.environ.get` is also a `.get`): one finding per place.
    return matches.length < 2 ? matches : matches.filter((m, i) => matches.findIndex((other) => other.index === m.index) === i);
  },
};
