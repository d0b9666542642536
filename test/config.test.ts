// The config: lookup order, every key's effect on a real scan, and every kind of mistake named
// key by key (exit 2, one line). The shipped JSON Schema and the validator judge the same configs alike.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { RULES } from '../src/detect/rules/index.js';
import { settings } from '../src/detect/settings.js';
import { validateConfig } from '../src/config/validate.js';
import { jsonErrorPlace } from '../src/config/load.js';
import { preparePlan } from '../src/config/plan.js';
import { compileValuePattern, matchingPattern, MAX_VALUE_LENGTH } from '../src/config/valuePattern.js';
import { globMatcher } from '../src/config/globs.js';
import { isSimpleGlob, simpleGlobMatcher } from '../src/config/pathMatch.js';
import { DEFAULT_EXCLUDE } from '../src/config/config.js';
import { PROJECT_ROOT, Repo, expectNoSecret } from './helpers/repo.js';
import { configSchema, configSchemaText } from './helpers/configSchema.js';

const RULE_IDS = RULES.map((rule) => rule.id);
const SCHEMA_PATH = join(PROJECT_ROOT, 'src/config/jwtguard.schema.json');
if (process.env.UPDATE_GOLDEN) writeFileSync(SCHEMA_PATH, configSchemaText());
const SCHEMA = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as object;
const LITERAL = "const jwt = require('jsonwebtoken');\nconst token = jwt.sign(payload, 'shhhhh-4f9a1c');\n";
const SECRET = 'shhhhh-4f9a1c';

function validatorError(config: unknown): string | undefined {
  try {
    validateConfig(config, '.jwtguardrc.json', RULE_IDS);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

/** Each mistake, the config that makes it, and what the message must say. */
const MISTAKES: Array<[label: string, config: unknown, message: string]> = [
  ['not an object', [], '.jwtguardrc.json: the config must be a JSON object, not an array'],
  ['unknown top-level key', { exclud: [] }, '.jwtguardrc.json: unknown key "exclud"; known keys: include, exclude, rules, allow, jwtNames, weakKeys, entropy, testPaths'],
  ['$schema not a string', { $schema: 1 }, '"$schema" must be a string, not number 1'],
  ['include not an array', { include: 'src' }, '"include" must be an array of strings, not string "src"'],
  ['include item not a string', { include: [1] }, '"include[0]" must be a non-empty string, not number 1'],
  ['include item empty', { include: [''] }, '"include[0]" must be a non-empty string, not string ""'],
  ['exclude glob with a leading slash', { exclude: ['/dist/**'] }, '"exclude[0]" "/dist/**": globs are relative to the repository top level: drop the leading "/"'],
  ['exclude glob reaching out with ..', { exclude: ['src/../../x'] }, '"exclude[0]" "src/../../x": a glob cannot reach outside the repository with ".."'],
  ['exclude glob with a backslash', { exclude: ['src\\a.js'] }, '"exclude[0]" "src\\\\a.js": write paths with "/"'],
  ['rules not an object', { rules: ['jwt-call-literal'] }, '"rules" must be an object, not an array'],
  ['rules with an unknown id', { rules: { 'jwt-call-literl': 'off' } }, '"rules.jwt-call-literl" is not a rule; rules: jwt-call-literal'],
  ['rules with a bad setting', { rules: { 'jwt-call-literal': 'warning' } }, '"rules.jwt-call-literal" must be "off", "warn" or "error", not string "warning"'],
  ['allow not an object', { allow: ['test/**'] }, '"allow" must be an object, not an array'],
  ['allow with an unknown key', { allow: { path: ['test/**'] } }, 'unknown key "allow.path"; known keys: paths, values'],
  ['allow.paths not an array', { allow: { paths: 'test/**' } }, '"allow.paths" must be an array of strings'],
  ['allow.values not strings', { allow: { values: [null] } }, '"allow.values[0]" must be a non-empty string, not null'],
  ['allow.values too long', { allow: { values: ['a'.repeat(201)] } }, 'longer than 200 characters'],
  ['jwtNames not an array', { jwtNames: 'appKey' }, '"jwtNames" must be an array of strings'],
  ['jwtNames without a letter', { jwtNames: ['__'] }, '"jwtNames[0]" "__": a name needs a letter or digit'],
  ['weakKeys item empty', { weakKeys: [''] }, '"weakKeys[0]" must be a non-empty string'],
  ['testPaths not an array', { testPaths: '**/test/**' }, '"testPaths" must be an array of strings'],
  ['entropy not an object', { entropy: 3 }, '"entropy" must be an object, not number 3'],
  ['entropy unknown key', { entropy: { hexx: 3 } }, 'unknown key "entropy.hexx"; known keys: minLength, hex, base64, other'],
  ['entropy out of range', { entropy: { hex: 5 } }, '"entropy.hex" must be a number from 0 to 4, not 5'],
  ['entropy not a number', { entropy: { base64: '4' } }, '"entropy.base64" must be a number from 0 to 6, not string "4"'],
  ['entropy minLength not an integer', { entropy: { minLength: 3.5 } }, '"entropy.minLength" must be an integer from 1 to 1024'],
];

/** Mistakes a JSON Schema cannot see: only the validator refuses these. */
const SEMANTIC_MISTAKES: Array<[label: string, config: unknown, message: string]> = [
  ['unclosed bracket in a glob', { include: ['src/[ab'] }, '"include[0]" "src/[ab": not a valid glob: Missing closing: "]"'],
  ['invalid regular expression', { allow: { values: ['(abc'] } }, '"allow.values[0]" "(abc": not a valid regular expression'],
  ['nested quantifier', { allow: { values: ['(a+)+b'] } }, 'can take exponential time'],
  ['repeated group with a quantifier inside', { allow: { values: ['(\\w+\\.)*com'] } }, 'can take exponential time'],
  ['repeated alternation', { allow: { values: ['(a|ab)*c'] } }, 'can take exponential time'],
  ['backreference', { allow: { values: ['(a)\\1'] } }, 'backreferences'],
  ['too many unbounded quantifiers', { allow: { values: ['.*a.*b.*c.*'] } }, 'more than 3 unbounded quantifiers'],
];

const VALID: unknown[] = [
  {},
  { $schema: './node_modules/jwtguard/src/config/jwtguard.schema.json' },
  { include: [], exclude: [] },
  { include: ['src/**', '*.ts', 'lib/'], exclude: ['vendor/', '**/*.generated.js', 'dist/{a,b}/*.js'] },
  { rules: Object.fromEntries(RULE_IDS.map((id, i) => [id, (['off', 'warn', 'error'] as const)[i % 3]])) },
  { allow: {} },
  { allow: { paths: ['test/fixtures/**', 'docs/'], values: ['example-[a-z0-9-]{1,40}', '(dev|test)-secret', 'x?(ab)?'] } },
  { jwtNames: ['appTokenKey', 'acme.signing_value'], weakKeys: ['acme-dev-key'] },
  { testPaths: ['qa/**', '**/*.fixture.js'] },
  { entropy: { minLength: 1, hex: 0, base64: 6, other: 8 } },
  { entropy: { minLength: 1024, hex: 4, base64: 4.2, other: 3.5 } },
];

describe('config validation names the bad key and why', () => {
  it.each(MISTAKES)('%s', (_label, config, message) => {
    expect(validatorError(config)).toContain(message);
  });

  it.each(SEMANTIC_MISTAKES)('%s', (_label, config, message) => {
    expect(validatorError(config)).toContain(message);
  });

  it.each(VALID.map((config) => [JSON.stringify(config).slice(0, 80), config]))('accepts %s', (_label, config) => {
    expect(validatorError(config)).toBeUndefined();
  });
});

describe('the shipped JSON Schema agrees with the validator', () => {
  const ajv = new Ajv({ strict: true, allErrors: true });
  const validSchema = ajv.compile(SCHEMA);

  it.each(VALID.map((config) => [JSON.stringify(config).slice(0, 80), config]))('both accept %s', (_label, config) => {
    expect(validSchema(config), JSON.stringify(validSchema.errors)).toBe(true);
    expect(validatorError(config)).toBeUndefined();
  });

  it.each(MISTAKES)('both refuse: %s', (_label, config) => {
    expect(validSchema(config)).toBe(false);
    expect(validatorError(config)).toBeDefined();
  });

  it.each(SEMANTIC_MISTAKES)('only the validator can refuse: %s', (_label, config) => {
    expect(validSchema(config)).toBe(true);
    expect(validatorError(config)).toBeDefined();
  });

  it('is the schema the code defines: every rule id, the default excludes, the entropy bounds', () => {
    // After adding a rule: UPDATE_GOLDEN=1 npx vitest run test/config.test.ts
    expect(SCHEMA, 'src/config/jwtguard.schema.json is stale: rerun with UPDATE_GOLDEN=1').toEqual(configSchema());
    const properties = (SCHEMA as { properties: { rules: { properties: Record<string, unknown> } } }).properties.rules.properties;
    expect(Object.keys(properties).sort()).toEqual([...RULE_IDS].sort());
  });
});

describe('allow.values patterns stay fast', () => {
  it('match a value whole, not a part of it', () => {
    const compiled = compileValuePattern('example-[a-z]+');
    if (!('regex' in compiled)) throw new Error(compiled.problem);
    const patterns = [{ source: 'example-[a-z]+', regex: compiled.regex }];
    expect(matchingPattern('example-key', patterns)).toBe('example-[a-z]+');
    expect(matchingPattern('real-example-key', patterns)).toBeUndefined();
    expect(matchingPattern('example-key-2', patterns)).toBeUndefined();
  });

  it(`never try a value longer than ${MAX_VALUE_LENGTH} characters (it stays a finding)`, () => {
    const compiled = compileValuePattern('a*');
    if (!('regex' in compiled)) throw new Error(compiled.problem);
    expect(matchingPattern('a'.repeat(MAX_VALUE_LENGTH), [{ source: 'a*', regex: compiled.regex }])).toBe('a*');
    expect(matchingPattern('a'.repeat(MAX_VALUE_LENGTH + 1), [{ source: 'a*', regex: compiled.regex }])).toBeUndefined();
  });

  it.each(['(a+)+', '(a*)*', '(a?)+', '((ab)+)*', '(?:x|y)+', '(a{1,5})+', '(\\d+)*', '(a|b){2,}', '\\k<n>(?<n>a)'])('refuses %s', (pattern) => {
    expect('problem' in compileValuePattern(pattern)).toBe(true);
  });

  it.each(['example-.*', '[a-z]+-[0-9]+', '(dev|test)-secret', '(?:ab)+', '(foo|bar)?-key', 'a\\+b', '[(+*)]+', 'x{2,}y'])('accepts %s', (pattern) => {
    expect(compileValuePattern(pattern)).toHaveProperty('regex');
  });
});

describe('path globs', () => {
  const paths = [
    'package-lock.json', 'sub/package-lock.json', 'a.min.js', 'web/dist/app.min.js', '.min.js', 'vendor/x.js',
    'src/vendor/y.js', 'src/vendor.js', 'yarn.lock.bak', 'src/a.js', '.env', 'docs/a.md',
  ];

  it('the fast matcher for plain names and suffixes agrees with picomatch', () => {
    const globs = [...DEFAULT_EXCLUDE, 'vendor/', 'docs'];
    expect(globs.every(isSimpleGlob)).toBe(true);
    const fast = simpleGlobMatcher(globs);
    const full = globMatcher(globs);
    for (const path of paths) expect(fast(path), path).toBe(full(path));
  });

  it('read like .gitignore: no slash matches at any depth, a folder covers what is under it', () => {
    const match = globMatcher(['*.min.js', 'vendor', 'src/secret/', 'config/*.json']);
    expect(match('web/dist/app.min.js')).toBe('*.min.js');
    expect(match('lib/vendor/deep/x.js')).toBe('vendor');
    expect(match('src/secret/a/b.js')).toBe('src/secret/');
    expect(match('other/src/secret/a.js')).toBeUndefined();
    expect(match('config/app.json')).toBe('config/*.json');
    expect(match('config/sub/app.json')).toBeUndefined();
  });
});

describe('invalid JSON names the file, line and column', () => {
  it.each([
    ['{\n  "include": ["src/**"],\n}\n', 3, 1],
    ['{\n  "rules": { "a": "off" }\n  "x": 1\n}', 3, 3],
    ['{ "include": [\'src\'] }', 1, 15],
    ['{ "a": 1', 1, 9],
  ])('%j', (text, line, column) => {
    expect(jsonErrorPlace(text)).toEqual({ line, column });
  });

  it('through the command line, with exit 2 and one line', () => {
    const repo = Repo.create();
    repo.write('.jwtguardrc.json', '{\n  "include": ["src/**"],\n}\n');
    repo.stage({ 'src/a.js': LITERAL });
    const run = repo.jwtguard();
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^jwtguard: \.jwtguardrc\.json: invalid JSON at line 3, column 1: .+no comments or trailing commas/);
  });
});

describe('config errors through the command line: exit 2, one line naming the key', () => {
  it.each([
    ['.jwtguardrc.json', '{ "exclud": [] }', 'jwtguard: .jwtguardrc.json: unknown key "exclud"'],
    ['.jwtguardrc.json', '{ "allow": { "values": ["(a+)+$"] } }', 'jwtguard: .jwtguardrc.json: "allow.values[0]" "(a+)+$": a repeated group'],
    ['.jwtguardrc.json', '{ "exclude": ["lib/[x"] }', 'jwtguard: .jwtguardrc.json: "exclude[0]" "lib/[x": not a valid glob'],
    ['.jwtguardrc.json', '{ "rules": { "nope": "off" } }', 'jwtguard: .jwtguardrc.json: "rules.nope" is not a rule'],
    ['jwtguard.config.json', '{ "entropy": { "hex": 9 } }', 'jwtguard: jwtguard.config.json: "entropy.hex" must be a number from 0 to 4, not 9'],
    ['package.json', '{ "name": "x", "jwtguard": { "weakKeys": "k" } }', 'jwtguard: package.json#jwtguard: "weakKeys" must be an array of strings'],
  ])('%s: %s', (file, text, message) => {
    const repo = Repo.create();
    repo.write(file, text);
    repo.stage({ 'a.js': LITERAL });
    for (const args of [[], ['scan'], ['baseline']]) {
      const run = repo.jwtguard(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toContain(message);
    }
  });

  it('--config naming a missing file', () => {
    const run = Repo.create().jwtguard(['--config', 'nope.json']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe('jwtguard: --config nope.json: no such file');
  });

  it('a package.json that never mentions jwtguard is not read, even when broken', () => {
    const repo = Repo.create();
    repo.write('package.json', '{ "name": "x", ');
    repo.stage({ 'a.js': LITERAL });
    expect(repo.jwtguard().code).toBe(1);
  });
});

describe('config lookup order: --config, .jwtguardrc.json, jwtguard.config.json, package.json#jwtguard', () => {
  const OFF = '{ "rules": { "jwt-call-literal": "off" } }';

  it('takes the first file found and reads no other', () => {
    const repo = Repo.create();
    repo.stage({ 'a.js': LITERAL });
    repo.write('package.json', '{ "jwtguard": { "rules": { "jwt-call-literal": "error" } } }');
    expect(repo.jwtguard().code).toBe(1);
    repo.write('package.json', `{ "jwtguard": ${OFF} }`);
    expect(repo.jwtguard().code).toBe(0);
    repo.write('jwtguard.config.json', '{}');
    expect(repo.jwtguard().code).toBe(1);
    repo.write('jwtguard.config.json', OFF);
    repo.write('package.json', '{ "jwtguard": { "broken": true } }'); // not read: a file comes first
    expect(repo.jwtguard().code).toBe(0);
    repo.write('.jwtguardrc.json', '{}');
    repo.write('jwtguard.config.json', '{ not json'); // not read either
    expect(repo.jwtguard().code).toBe(1);
  });

  it('--config FILE wins over them all, relative to the current folder', () => {
    const repo = Repo.create();
    repo.stage({ 'sub/a.js': LITERAL });
    repo.write('.jwtguardrc.json', OFF);
    repo.write('sub/strict.json', '{}');
    expect(repo.jwtguard().code).toBe(0);
    expect(repo.jwtguard(['--config', 'strict.json'], { cwd: join(repo.dir, 'sub') }).code).toBe(1);
  });

  it('is read from the top level when run in a subfolder', () => {
    const repo = Repo.create();
    repo.stage({ 'pkg/src/a.js': LITERAL });
    repo.write('.jwtguardrc.json', OFF);
    expect(repo.jwtguard([], { cwd: join(repo.dir, 'pkg/src') }).code).toBe(0);
  });
});

describe('each key changes the scan', () => {
  it('rules: "warn" reports without blocking; "off" drops the rule', () => {
    const repo = Repo.create();
    repo.stage({ 'a.js': LITERAL });
    repo.write('.jwtguardrc.json', '{ "rules": { "jwt-call-literal": "warn" } }');
    const { code, report } = repo.jwtguardJson();
    expect(code).toBe(0);
    expect(report.findings).toEqual([expect.objectContaining({ rule: 'jwt-call-literal', severity: 'warning', blocking: false, allowedBy: null })]);
    expect(report.summary).toEqual({ blocking: 0, warnings: 1, allowed: 0, baselined: 0 });
    const human = repo.jwtguard();
    expect(human.code).toBe(0);
    expect(human.stdout).toContain('1 warning (shown, not blocking');
    expect(human.stdout).toContain('rules set to "warn" in the config');
    expect(human.stdout).toContain('a.js:2:');
    expect(human.stdout).toContain('nothing blocks');
    expectNoSecret([human], [SECRET]);
  });

  it('exclude: lockfiles and minified bundles are left out by default; a list replaces the defaults', () => {
    const repo = Repo.create();
    repo.stage({ 'web/app.min.js': LITERAL, 'legacy/old.js': LITERAL, 'src/a.js': LITERAL });
    const plain = repo.jwtguardJson();
    expect(plain.report.findings.map((f) => f.path).sort()).toEqual(['legacy/old.js', 'src/a.js']);
    expect(plain.report.scanned.excludedFiles).toBe(1);
    repo.write('.jwtguardrc.json', '{ "exclude": ["legacy/"] }');
    const custom = repo.jwtguardJson();
    expect(custom.report.findings.map((f) => f.path).sort()).toEqual(['src/a.js', 'web/app.min.js']);
    expect(repo.jwtguard().stdout).toContain("excluded by the config's include/exclude: 1 file");
  });

  it('include: only matching paths are read', () => {
    const repo = Repo.create();
    repo.stage({ 'scripts/a.js': LITERAL, 'src/a.js': LITERAL, 'src/deep/b.ts': LITERAL });
    repo.write('.jwtguardrc.json', '{ "include": ["src/**"] }');
    expect(repo.jwtguardJson().report.findings.map((f) => f.path).sort()).toEqual(['src/a.js', 'src/deep/b.ts']);
  });

  it('allow.paths and allow.values let findings through, counted and shown with the pattern', () => {
    const repo = Repo.create();
    repo.stage({
      'test/fixtures/auth.js': LITERAL,
      'src/example.js': "jwt.sign(p, 'example-signing-key');\n",
      'src/real.js': "jwt.sign(p, 'not-an-example-key');\n",
    });
    repo.write('.jwtguardrc.json', JSON.stringify({ allow: { paths: ['test/fixtures/'], values: ['example-[a-z-]{1,40}'] } }));
    const { code, report } = repo.jwtguardJson();
    expect(code).toBe(1);
    expect(report.findings.filter((f) => f.blocking).map((f) => f.path)).toEqual(['src/real.js']);
    expect(report.findings.filter((f) => f.allowedBy).map((f) => [f.path, f.allowedBy])).toEqual([
      ['src/example.js', { kind: 'config', reason: 'allow.values "example-[a-z-]{1,40}"' }],
      ['test/fixtures/auth.js', { kind: 'config', reason: 'allow.paths "test/fixtures/"' }],
    ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))));
    expect(report.summary.allowed).toBe(2);
    const human = repo.jwtguard();
    expect(human.stdout).toContain('allowed by config: 2:');
    expect(human.stdout).toContain('test/fixtures/auth.js:2 jwt-call-literal (allow.paths "test/fixtures/")');
  });

  it('--audit ignores allow comments and the allow lists', () => {
    const repo = Repo.create();
    repo.stage({ 'vendor/auth.js': LITERAL, 'b.js': "jwt.verify(t, 'fixture-key'); // jwtguard:allow fixture\n" });
    repo.write('.jwtguardrc.json', '{ "allow": { "paths": ["vendor/"] } }');
    expect(repo.jwtguard().code).toBe(0);
    const audit = repo.jwtguardJson(['--audit']);
    expect(audit.code).toBe(1);
    expect(audit.report.summary).toEqual({ blocking: 2, warnings: 0, allowed: 0, baselined: 0 });
  });

  it('jwtNames and weakKeys extend the detector', () => {
    const repo = Repo.create();
    repo.stage({ 'src/config.js': "const appTokenKey = 'k7Qz-2mVx-91pL';\njwt.sign(p, process.env.K || 'acme-dev');\n" });
    const before = repo.jwtguardJson().report.findings.map((f) => `${f.rule}:${f.line}`);
    expect(before).not.toContain('jwt-secret-assignment:1');
    repo.write('.jwtguardrc.json', '{ "jwtNames": ["appTokenKey"], "weakKeys": ["acme-dev"] }');
    const after = repo.jwtguardJson().report.findings.map((f) => `${f.rule}:${f.line}`);
    expect(after).toContain('jwt-secret-assignment:1');
    expect(repo.jwtguard().stdout).toContain('publicly known');
  });

  it('testPaths replaces the paths where generic secrets in test code stay quiet', () => {
    const repo = Repo.create();
    const code = "const password = 'Zt8#qLw2!vXr9@Kp';\n";
    repo.stage({ 'qa/login.js': code, 'test/login.js': code });
    const flagged = (): string[] => repo.jwtguardJson().report.findings.filter((f) => f.rule === 'generic-secret-assignment').map((f) => f.path);
    expect(flagged()).toEqual(['qa/login.js']);
    repo.write('.jwtguardrc.json', '{ "testPaths": ["qa/**"] }');
    expect(flagged()).toEqual(['test/login.js']);
  });

  it('entropy thresholds reach the detection settings', async () => {
    const repo = Repo.create();
    repo.write('.jwtguardrc.json', '{ "entropy": { "minLength": 24, "hex": 3.5 } }');
    await preparePlan(repo.dir);
    expect(settings().entropy).toEqual({ minLength: 24, hex: 3.5, base64: 4.2, other: 4.0 });
  });
});
