// Docs and tests (issue 13, shape 7): code blocks of Markdown, MDX and reStructuredText are read in
// their language; a known, weak or demo key in docs or tests warns, a real-looking one blocks; JSON
// and SARIF say which and where. Real repositories, real `git add`, real commits through the hook.
import { afterEach, describe, expect, it } from 'vitest';
import { expectNoSecret, Repo } from './helpers/repo.js';

const repos: Repo[] = [];
afterEach(() => {
  for (const repo of repos.splice(0)) repo.remove();
});

function repo(): Repo {
  const r = Repo.create();
  repos.push(r);
  return r;
}

/** Made up for these tests: random-looking, on no list. */
const REAL_LOOKING = 'q8Vt2LmZ0xKc7RwP4nYs9bJh';

const README = [
  '# Usage',
  '',
  'Sign a token with the key from the environment, not a literal like jwt.sign(p, \'prose-key\').',
  '',
  '```js',
  "const jwt = require('jsonwebtoken');",
  "const token = jwt.sign({ foo: 'bar' }, 'shhhhh');",
  '```',
  '',
].join('\n');

describe('docs: code blocks are code', () => {
  it('a README fence with the jsonwebtoken demo key warns without blocking; prose is not code', () => {
    const r = repo();
    r.stage({ 'README.md': README });
    const { code, report } = r.jwtguardJson();
    expect(code).toBe(0);
    expect(report.findings).toEqual([
      expect.objectContaining({ rule: 'jwt-call-literal', path: 'README.md', line: 7, severity: 'warning', blocking: false, context: 'docs' }),
    ]);
    const human = r.jwtguard();
    expect(human.code).toBe(0);
    expect(human.stdout).toContain('In documentation a known or demo key only warns');
    expect(human.stdout).toContain('nothing blocks');
  });

  it('a real-looking key in a docs fence blocks the commit through the hook', () => {
    const r = repo();
    r.useProjectHooks();
    r.stage({ 'docs/auth.md': README.replace("'shhhhh'", `'${REAL_LOOKING}'`) });
    const run = r.commit(['-m', 'docs']);
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).toContain('docs/auth.md:7:');
    expectNoSecret([run], [REAL_LOOKING]);
    expect(r.jwtguardJson().report.findings).toEqual([expect.objectContaining({ blocking: true, context: 'docs', severity: 'error' })]);
  });

  it('MDX: ESM lines are JavaScript, fences in their language; reStructuredText code-block directives', () => {
    const r = repo();
    r.stage({
      'site/page.mdx': `import jwt from 'jsonwebtoken'\nexport const demo = jwt.sign({ a: 1 }, '${REAL_LOOKING}')\n\n# Title\n\n\`\`\`python\nimport jwt\njwt.encode({'a': 1}, 'secret', algorithm='HS256')\n\`\`\`\n`,
      'guide.rst': `Tokens\n======\n\n.. code-block:: python\n   :linenos:\n\n   import jwt\n   jwt.encode({"a": 1}, "${REAL_LOOKING}", algorithm="HS256")\n\nText again: jwt.encode(p, "prose-key")\n`,
    });
    const found = r.jwtguardJson().report.findings.map((f) => `${f.path}:${f.line} ${f.blocking ? 'blocks' : 'warns'}`).sort();
    expect(found).toEqual(['guide.rst:8 blocks', 'site/page.mdx:2 blocks', 'site/page.mdx:8 warns']);
  });

  it('a change deep inside a README reads the fence the diff shows, and keeps prose as prose', () => {
    const r = repo();
    const filler = Array.from({ length: 40 }, (_, i) => `Paragraph ${i}.`).join('\n');
    r.stage({ 'README.md': `${filler}\n\n\`\`\`js\nconst token = jwt.sign(payload, process.env.JWT_SECRET);\n\`\`\`\n` });
    r.commitQuietly();
    r.stage({ 'README.md': `${filler}\n\n\`\`\`js\nconst token = jwt.sign(payload, process.env.JWT_SECRET);\nconst other = jwt.sign(payload, '${REAL_LOOKING}');\n\`\`\`\n\nSee jwt.sign(payload, 'prose-key') above.\n` });
    const found = r.jwtguardJson().report.findings.map((f) => `${f.line} ${f.context}`);
    expect(found).toEqual(['44 docs']);
  });
});

describe('tests: a demo key warns, a real-looking key blocks', () => {
  it('test paths warn on weak keys and block on real-looking ones; code blocks on both', () => {
    const r = repo();
    const weak = "const jwt = require('jsonwebtoken');\nexport const token = jwt.sign({ id: 1 }, 'test-secret');\n";
    const real = weak.replace('test-secret', REAL_LOOKING);
    r.stage({ 'test/auth.test.js': weak, 'spec/tokens.spec.js': real, 'src/auth.js': weak });
    const { code, report } = r.jwtguardJson();
    expect(code).toBe(1);
    const found = report.findings.map((f) => `${f.path} ${f.context} ${f.blocking ? 'blocks' : 'warns'}`).sort();
    expect(found).toEqual(['spec/tokens.spec.js test blocks', 'src/auth.js code blocks', 'test/auth.test.js test warns']);
  });

  it('SARIF results carry blocking and context', () => {
    const r = repo();
    r.stage({ 'test/auth.test.js': "const jwt = require('jsonwebtoken');\njwt.sign({ id: 1 }, 'secret');\n" });
    const run = r.jwtguard(['--format', 'sarif']);
    expect(run.code).toBe(0);
    const results = (JSON.parse(run.stdout) as { runs: Array<{ results: Array<{ level: string; properties: unknown }> }> }).runs[0]!.results;
    expect(results).toEqual([expect.objectContaining({ level: 'warning', properties: { blocking: false, context: 'test' } })]);
  });
});
