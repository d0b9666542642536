// Deterministic workloads for the bench, each a git repository in a cache folder, made once and
// reused while the generator's version is unchanged.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Bump a workload's version when what it makes changes, so cached repositories are made again. */
const GENERATOR_VERSIONS = { W1: 2, W2: 2, W3: 2, W4: 1 };

const GIT_ENV = {
  ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('GIT_'))),
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Bench',
  GIT_AUTHOR_EMAIL: 'bench@example.com',
  GIT_COMMITTER_NAME: 'Bench',
  GIT_COMMITTER_EMAIL: 'bench@example.com',
  GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z',
  GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z',
};

export function git(cwd, args, input) {
  return execFileSync('git', args, { cwd, env: GIT_ENV, input, maxBuffer: 1 << 30, stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] }).toString();
}

/** A fixed-seed generator: the same workload on every machine. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const WORDS = ['user', 'token', 'order', 'account', 'session', 'payload', 'config', 'request', 'result', 'value',
  'cache', 'item', 'list', 'handler', 'client', 'server', 'route', 'model', 'query', 'params', 'options', 'data'];

/** Lines of ordinary code, with the JWT-adjacent lines real services have (reads of the environment). */
function codeLine(next) {
  const w = () => WORDS[Math.floor(next() * WORDS.length)];
  const n = () => Math.floor(next() * 1000);
  switch (Math.floor(next() * 12)) {
    case 0: return `const ${w()}${n()} = await ${w()}Service.find${w()}({ id: ${w()}.id, limit: ${n()} });`;
    case 1: return `  if (!${w()} || ${w()}.length === 0) return res.status(404).json({ error: '${w()} not found' });`;
    case 2: return `import { ${w()}, ${w()}${n()} } from './${w()}/${w()}.js';`;
    case 3: return `  logger.info('processing ${w()}', { ${w()}: ${w()}.id, elapsed: Date.now() - start });`;
    case 4: return `  const token = jwt.sign({ sub: ${w()}.id }, process.env.JWT_SECRET, { expiresIn: '${n()}s' });`;
    case 5: return `export function ${w()}${n()}(${w()}, ${w()}) { return ${w()}.map((x) => x.${w()} * ${n()}); }`;
    case 6: return `  // ${w()} ${w()} ${w()}: keep the ${w()} in sync with the ${w()} table`;
    case 7: return `  "${w()}_${w()}": "${w()}-${n()}",`;
    case 8: return `  return { ...${w()}, ${w()}: ${w()}.${w()} ?? '${w()}', updatedAt: new Date().toISOString() };`;
    case 9: return `}`;
    case 10: return `  for (const ${w()} of ${w()}s) await queue.push({ type: '${w()}', ${w()} });`;
    default: return `  const ${w()} = config.get('${w()}.${w()}');`;
  }
}

function codeFile(next, lines) {
  const out = [];
  for (let i = 0; i < lines; i++) out.push(codeLine(next));
  return `${out.join('\n')}\n`;
}

/** One minified line of `length` characters. */
function minifiedLine(next, length) {
  let out = '';
  while (out.length < length) out += `function ${WORDS[Math.floor(next() * WORDS.length)]}${Math.floor(next() * 99)}(a,b){return a.${WORDS[Math.floor(next() * WORDS.length)]}(b)||"${Math.floor(next() * 1e9).toString(36)}"};`;
  return out.slice(0, length);
}

function freshRepo(dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  git(dir, ['init', '-q', '--initial-branch=main']);
  git(dir, ['config', 'commit.gpgsign', 'false']);
  git(dir, ['config', 'gc.auto', '0']);
}

function writeTree(dir, files) {
  for (const [path, content] of files) {
    const full = join(dir, path);
    mkdirSync(join(full, '..'), { recursive: true });
    writeFileSync(full, content);
  }
}

/**
 * Stages everything and brings the index's cache-tree up to date, as `git commit` does before it
 * runs the pre-commit hook: what jwtguard finds when a commit runs it.
 */
function stageForCommit(dir) {
  git(dir, ['add', '-A']);
  git(dir, ['write-tree']);
}

const MAKERS = {
  /** W1: a typical commit: 8 changed files, ~300 added lines, in a repository of ~2,000 files. */
  W1(dir) {
    const next = random(1);
    freshRepo(dir);
    const files = [];
    for (let i = 0; i < 2000; i++) files.push([`src/module${i % 40}/file${i}.js`, codeFile(next, 40 + Math.floor(next() * 40))]);
    writeTree(dir, files);
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-q', '-m', 'base']);
    for (let i = 0; i < 8; i++) {
      const [path, content] = files[i * 241];
      writeTree(dir, [[path, content + codeFile(next, 37 + (i % 3))]]);
    }
    stageForCommit(dir);
    return { description: '8 files, ~300 added lines, 2,000-file repository' };
  },

  /** W2: a large commit: ~5,000 new files, ~40 MB of added text, some minified lines of 5–50 KB. */
  W2(dir) {
    const next = random(2);
    freshRepo(dir);
    writeTree(dir, [['README.md', '# bench\n']]);
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-q', '-m', 'base']);
    const files = [];
    for (let i = 0; i < 5000; i++) {
      let content = codeFile(next, 85 + Math.floor(next() * 30));
      if (i % 50 === 0) content += `${minifiedLine(next, 5_000 + Math.floor(next() * 45_000))}\n`;
      files.push([`pkg${i % 100}/src/file${i}.js`, content]);
    }
    writeTree(dir, files);
    stageForCommit(dir);
    return { description: '~5,000 new files, ~40 MB, minified lines of 5-50 KB' };
  },

  /** W3: one 100 MB staged file of ~1M lines. */
  W3(dir) {
    const next = random(3);
    freshRepo(dir);
    writeTree(dir, [['README.md', '# bench\n']]);
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-q', '-m', 'base']);
    const chunks = [];
    let size = 0;
    while (size < 100 * 1024 * 1024) {
      const chunk = codeFile(next, 1000);
      chunks.push(chunk);
      size += chunk.length;
    }
    writeTree(dir, [['data/huge.js', chunks.join('')]]);
    stageForCommit(dir);
    return { description: 'one 100 MB staged file' };
  },

  /** W4: a 2,000-commit history, made with git fast-import; the range is the whole history. */
  W4(dir) {
    const next = random(4);
    freshRepo(dir);
    const out = [];
    const files = new Map();
    for (let c = 0; c < 2000; c++) {
      out.push('commit refs/heads/main', `mark :${c + 1}`, 'committer Bench <bench@example.com> 1767225600 +0000');
      const message = `change ${c}`;
      out.push(`data ${Buffer.byteLength(message)}`, message);
      if (c > 0) out.push(`from :${c}`);
      const touched = 1 + Math.floor(next() * 3);
      for (let t = 0; t < touched; t++) {
        const path = `src/area${Math.floor(next() * 30)}/file${Math.floor(next() * 200)}.js`;
        const content = (files.get(path) ?? '') + codeFile(next, 8 + Math.floor(next() * 12));
        files.set(path, content);
        out.push(`M 100644 inline ${path}`, `data ${Buffer.byteLength(content)}`, content);
      }
      out.push('');
    }
    git(dir, ['fast-import', '--quiet'], `${out.join('\n')}\n`);
    git(dir, ['checkout', '-q', '-f', 'main']);
    const root = git(dir, ['rev-list', '--max-parents=0', 'HEAD']).trim();
    return { description: '2,000 commits', range: `${root}..HEAD` };
  },
};

/** The workload's repository, made now or taken from the cache. */
export function workload(name, cacheDir) {
  const dir = join(cacheDir, `${name}-v${GENERATOR_VERSIONS[name]}`);
  const marker = join(dir, '.git', 'jwtguard-bench.json');
  if (existsSync(marker)) return { dir, ...JSON.parse(spawnSync('cat', [marker]).stdout.toString()) };
  const info = MAKERS[name](dir);
  writeFileSync(marker, JSON.stringify(info));
  return { dir, ...info };
}

/** The files staged in a workload, as paths relative to its top level. */
export function stagedFiles(dir) {
  return git(dir, ['diff', '--cached', '--name-only', '-z', '--diff-filter=AM']).split('\0').filter(Boolean);
}
