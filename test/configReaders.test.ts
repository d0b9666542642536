// The config readers name each value by what it is (issue 13, shape 6): the full names they give,
// which jwt-secret-assignment then judges. The rule's cases test the findings; these pin the names.
import { describe, expect, it } from 'vitest';
import { configEntries } from '../src/detect/configEntries.js';
import { languageOf } from '../src/detect/language.js';

/** The entries of the last line of `code`, read with the lines above as its window. */
function entriesOf(path: string, code: string, after: string[] = []): Array<[string, string]> {
  const lines = code.split('\n');
  const text = lines.pop()!;
  return configEntries({ path, language: languageOf(path), lineNumber: lines.length + 1, text, before: lines, after }).map((entry) => [entry.name, entry.value]);
}

describe('languages', () => {
  it.each([
    ['src/main/resources/application.conf', 'hocon'],
    ['conf/auth.hocon', 'hocon'],
    ['infra/main.tf', 'terraform'],
    ['env/prod.tfvars', 'terraform'],
    ['db/seed.sql', 'sql'],
  ])('%s is %s', (path, language) => expect(languageOf(path)).toBe(language));
});

describe('HOCON', () => {
  const conf = 'app/application.conf';
  it('names a value by its blocks', () => expect(entriesOf(conf, 'ktor {\n  deployment { port = 8080 }\n}\njwt {\n    secret = "s"')).toEqual([['jwt.secret', 's']]));
  it('reads a dotted path and a one-line block', () => expect(entriesOf(conf, 'a.jwt { secret: "s", audience = api }')).toEqual([['a.jwt.secret', 's'], ['a.jwt.audience', 'api']]));
  it('gives a substitution no value', () => expect(entriesOf(conf, 'jwt {\n  secret = ${?JWT_SECRET}')).toEqual([]));
  it('gives a concatenation with a substitution no value', () => expect(entriesOf(conf, 'jwt.secret = "dev"${?SUFFIX}')).toEqual([]));
  it('reads nothing in an array', () => expect(entriesOf(conf, 'modules = [ com.example.ApplicationKt.module ]')).toEqual([]));
  it('ends a block with its brace', () => expect(entriesOf(conf, 'jwt {\n  realm = x\n}\nsecret = "s"')).toEqual([['secret', 's']]));
});

describe('Terraform', () => {
  const tf = 'infra/main.tf';
  it("names a variable's default by the variable", () => expect(entriesOf(tf, 'variable "jwt_secret" {\n  type = string\n  default = "d"')).toEqual([['jwt_secret', 'd']]));
  it("names a parameter's value by its name above", () => expect(entriesOf(tf, 'resource "aws_ssm_parameter" "p" {\n  name = "/app/jwt_secret"\n  value = "v"')).toEqual([['app.jwt_secret', 'v']]));
  it("names a parameter's value by its name below", () => expect(entriesOf(tf, 'resource "aws_ssm_parameter" "p" {\n  value = "v"', ['  name = "/app/jwt_secret"', '}'])).toEqual([['app.jwt_secret', 'v']]));
  it('names a map entry by its maps', () => expect(entriesOf(tf, 'environment {\n  variables = {\n    JWT_SECRET = "x"')).toEqual([['variables.JWT_SECRET', 'x']]));
  it('gives references and interpolations no value', () => {
    expect(entriesOf(tf, 'resource "aws_ssm_parameter" "p" {\n  value = var.jwt_secret')).toEqual([]);
    expect(entriesOf(tf, 'resource "aws_ssm_parameter" "p" {\n  value = "${random_password.p.result}"')).toEqual([]);
  });
  it('reads nothing in a heredoc', () => expect(entriesOf(tf, 'policy = <<EOF\n{ "jwt_secret" = "x" }')).toEqual([]));
  it('names a variable\'s other attributes by themselves', () => expect(entriesOf(tf, 'variable "jwt_secret" {\n  description = "JWT key"')).toEqual([['description', 'JWT key']]));
});

describe('SQL', () => {
  const sql = 'db/seed.sql';
  it('reads a key/value row', () => expect(entriesOf(sql, "INSERT INTO settings (name, value) VALUES ('jwt_secret', 'x');")).toEqual([['jwt_secret', 'x']]));
  it('names rows by the column list above', () =>
    expect(entriesOf(sql, "INSERT INTO clients (name, jwt_secret)\nVALUES\n  ('a', 'x'),\n  ('b', 'y');")).toEqual([['jwt_secret', 'y']]));
  it('reads a key/value row without a column list in view', () => expect(entriesOf(sql, "  (7, 'jwt_secret', 'x'),")).toEqual([['jwt_secret', 'x']]));
  it('gives parameters no value', () => {
    expect(entriesOf(sql, "INSERT INTO settings (name, value) VALUES ('jwt_secret', :value);")).toEqual([]);
    expect(entriesOf(sql, 'INSERT INTO clients (name, jwt_secret) VALUES (?, ?);')).toEqual([]);
  });
  it('does not take a column list of an ended statement', () =>
    expect(entriesOf(sql, "INSERT INTO clients (name, jwt_secret) VALUES ('a', 'x');\nSELECT 1;\n('b', 'y')")).toEqual([['b', 'y']]));
  it('names an UPDATE of a key/value table by its WHERE', () =>
    expect(entriesOf(sql, "UPDATE settings SET value = 'x' WHERE name = 'jwt_secret';")).toEqual([['jwt_secret', 'x']]));
});

describe('YAML', () => {
  const yml = 'config/app.yml';
  it("names a block scalar's first line by its header", () => expect(entriesOf(yml, 'jwt:\n  secret: >-\n    abc')).toContainEqual(['jwt.secret', 'abc']));
  it('reads an anchored value and an alias', () => {
    const [anchored] = configEntries({ path: yml, language: 'yaml', lineNumber: 1, text: 'x-jwt: &jwt "k"', before: [], after: [] });
    expect(anchored).toMatchObject({ name: 'x-jwt', value: 'k', anchor: 'jwt' });
    const [alias] = configEntries({ path: yml, language: 'yaml', lineNumber: 2, text: '  JWT_SECRET: *jwt', before: ['env:'], after: [] });
    expect(alias).toMatchObject({ name: 'env.JWT_SECRET', alias: 'jwt' });
  });
  it("decodes a Secret's base64 data", () => {
    const [entry] = configEntries({ path: 'k8s/s.yaml', language: 'yaml', lineNumber: 3, text: '  JWT_SECRET: Y2hhbmdlbWU=', before: ['kind: Secret', 'data:'], after: [] });
    expect(entry).toMatchObject({ name: 'data.JWT_SECRET', decoded: 'changeme' });
  });
});
