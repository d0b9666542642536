#!/usr/bin/env node
// The bin (dist/jwtguard.cjs). It runs the bundled CLI, dist/cli.cjs, with the V8 code cache the
// build leaves beside it (dist/cli.cjs.v8cache, see build.mjs): compiling the bundle and the
// functions a commit's scan calls is a sixth of a small commit's time, and Node 18 and 20 have no
// compile cache of their own. A cache made for another build is not offered to V8, and one V8
// refuses (another Node, other V8 flags) is dropped: the CLI then compiles as usual.
'use strict';
const { readFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { join } = require('node:path');
const { Script } = require('node:vm');

const CLI = join(__dirname, 'cli.cjs');
const CACHE = `${CLI}.v8cache`;

/**
 * The cache's data when it was made for this very bundle: both files start with the same
 * `// jwtguard build <hash of the bundle>` line.
 */
function cacheFor(source) {
  let cache;
  try {
    cache = readFileSync(CACHE);
  } catch {
    return undefined;
  }
  const headerEnd = cache.indexOf(10) + 1;
  if (headerEnd === 0 || cache.toString('latin1', 0, headerEnd) !== source.slice(0, headerEnd)) return undefined;
  return cache.subarray(headerEnd);
}

/** The bundle, compiled as Node compiles a CommonJS module, from the cache when there is one. */
function compileCli({ withCache = true } = {}) {
  const source = readFileSync(CLI, 'utf8');
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  return { source, script: new Script(wrapped, { filename: CLI, cachedData: withCache ? cacheFor(source) : undefined }) };
}

/** Runs the compiled bundle as the module dist/cli.cjs. */
function runCli(script) {
  const cliModule = { exports: {}, id: CLI, filename: CLI, loaded: false };
  script.runInThisContext().call(cliModule.exports, cliModule.exports, createRequire(CLI), cliModule, CLI, __dirname);
}

if (require.main === module) {
  let compiled;
  try {
    compiled = compileCli();
  } catch (error) {
    // A package installed halfway, or a build that stopped: one line, exit 2, as for any setup error.
    const cause = error && error.code === 'ENOENT' ? `${CLI} is missing` : `${CLI} does not load (${error && error.message})`;
    process.stderr.write(`jwtguard: ${cause}: install jwtguard again (npm install), or run npm run build in its checkout\n`);
    process.exit(2);
  }
  runCli(compiled.script);
} else {
  module.exports = { CACHE, compileCli, runCli };
}
