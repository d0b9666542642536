// The floor: the least a hook can do with a staged diff. It spawns git with the arguments it is
// given (the same ones jwtguard uses), decodes the output and finds every line. CommonJS, one
// file, no dependencies, so that its start-up is Node's own.
const { spawn } = require('node:child_process');
const { StringDecoder } = require('node:string_decoder');

const child = spawn('git', process.argv.slice(2), { stdio: ['ignore', 'pipe', 'inherit'] });
const decoder = new StringDecoder('utf8');
let lines = 0;
child.stdout.on('data', (chunk) => {
  const text = decoder.write(chunk);
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines++;
});
child.on('close', (code) => {
  process.stdout.write(`${lines}\n`);
  process.exitCode = code ?? 1;
});
