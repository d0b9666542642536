// Preloaded into every Node process the bench times (NODE_OPTIONS=--require): at exit it writes
// the process's own peak RSS, without its children. /usr/bin/time reports the peak over the whole
// tree, and on a 100 MB file that is git's (it holds the blob), the same for every tool.
const { appendFileSync } = require('node:fs');

const file = process.env.JWTGUARD_BENCH_RSS_FILE;
if (file) process.on('exit', () => appendFileSync(file, `${process.resourceUsage().maxRSS}\n`));
