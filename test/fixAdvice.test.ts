// The fix is said in the file's own language: the environment read of that language, and a
// `${JWT_SECRET}` reference in Spring and config files.
import { describe, expect, it } from 'vitest';
import { fixAdvice } from '../src/report/fixAdvice.js';
import type { Language } from '../src/detect/language.js';

const ENV_READS: Array<[Language, string]> = [
  ['javascript', 'process.env.JWT_SECRET'],
  ['python', 'os.environ["JWT_SECRET"]'],
  ['go', 'os.Getenv("JWT_SECRET")'],
  ['java', 'System.getenv("JWT_SECRET")'],
  ['kotlin', 'System.getenv("JWT_SECRET")'],
  ['csharp', 'Environment.GetEnvironmentVariable("JWT_SECRET")'],
  ['ruby', 'ENV.fetch("JWT_SECRET")'],
  ['php', "getenv('JWT_SECRET')"],
  ['rust', 'std::env::var("JWT_SECRET")'],
  ['shell', '${JWT_SECRET:?'],
  ['yaml', '${JWT_SECRET}'],
  ['properties', 'jwt.secret=${JWT_SECRET}'],
];

describe('fix advice', () => {
  it.each(ENV_READS)('%s: reads the key from the environment with %s', (language, read) => {
    for (const rule of ['jwt-call-literal', 'jwt-secret-assignment', 'jwt-secret-fallback']) {
      expect(fixAdvice(rule, language).join('\n'), `${rule} in ${language}`).toContain(read);
    }
  });

  it('drops a fallback without dropping the read: Spring @Value and Laravel env() without a default', () => {
    expect(fixAdvice('jwt-secret-fallback', 'java').join('\n')).toContain('@Value("${jwt.secret}")');
    expect(fixAdvice('jwt-secret-fallback', 'php').join('\n')).toContain("env('JWT_SECRET')");
    expect(fixAdvice('jwt-secret-fallback', 'dotenv').join('\n')).toContain('${JWT_SECRET}');
  });

  it('tells a .env file to stay out of git', () => {
    expect(fixAdvice('jwt-secret-assignment', 'dotenv').join('\n')).toContain('.gitignore');
  });
});
