import type { RuleCases } from '../types.js';

// Made-up tokens in npm's shapes: they publish nothing.
const TOKEN = 'npm_' + 'aB3dE5gH7jK9' + 'Qw3Rt5Yu7Io9' + 'Zx2Cv4Bn6Mq8';
const UUID = '3f9a1c7e-5b2d-4f6a-8c0e-1b3d5f7a9c2e';

export const cases: RuleCases = {
  rule: 'npm-token',
  truePositives: [
    { path: '.npmrc', code: `//registry.npmjs.org/:_authToken=${TOKEN}`, secret: TOKEN },
    { path: '.env', code: `NPM_TOKEN=${TOKEN}`, secret: TOKEN },
    { path: '.github/workflows/publish.yml', code: `        env:\n          NODE_AUTH_TOKEN: ${TOKEN}`, secret: TOKEN },
    { path: 'scripts/publish.js', code: `const token = '${TOKEN}';`, secret: TOKEN },
    { path: 'scripts/publish.sh', code: `npm config set //registry.npmjs.org/:_authToken ${TOKEN}`, secret: TOKEN },
    { path: '.npmrc', code: `//registry.npmjs.org/:_authToken=${UUID}`, secret: UUID, note: 'an older UUID token' },
    { path: 'Dockerfile', code: `RUN echo "//registry.npmjs.org/:_authToken=${TOKEN}" > .npmrc && npm ci`, secret: TOKEN },
    { path: 'config/release.json', code: `{ "npmToken": "${TOKEN}" }`, secret: TOKEN },
    { path: 'packages/web/.npmrc', code: `@acme:registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${UUID}`, secret: UUID },
    { path: 'docs/release.md', code: `Publish with NPM_TOKEN=${TOKEN} npm publish.`, secret: TOKEN },
  ],
  falsePositives: [
    { path: '.npmrc', code: '//registry.npmjs.org/:_authToken=${NPM_TOKEN}', note: 'reference' },
    { path: 'scripts/build.js', code: 'const cache = process.env.npm_config_cache;', note: 'npm_ config variable' },
    { path: 'scripts/build.js', code: "if (process.env.npm_lifecycle_event === 'prepublishOnly') build();" },
    { path: 'scripts/build.sh', code: 'echo "$npm_package_version"' },
    { path: 'scripts/publish.js', code: `const token = '${TOKEN.slice(0, 39)}';`, note: '35 characters' },
    { path: 'scripts/publish.js', code: 'const token = process.env.NPM_TOKEN;', note: 'environment read' },
    { path: '.npmrc', code: '//registry.npmjs.org/:_authToken=00000000-0000-0000-0000-000000000000', note: 'zero UUID' },
    { path: '.npmrc', code: 'always-auth=true\nregistry=https://registry.npmjs.org/' },
    { path: 'scripts/publish.js', code: `const id = '${UUID}';`, note: 'a UUID outside an .npmrc auth line' },
    { path: 'scripts/publish.js', code: `const token = 'xnpm_${TOKEN.slice(4)}';`, note: 'inside a longer word' },
  ],
  placeholders: [
    { path: '.npmrc', code: '//registry.npmjs.org/:_authToken=npm_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' },
    { path: '.env.example', code: 'NPM_TOKEN=npm_YOUR_TOKEN' },
    { path: '.npmrc', code: '//registry.npmjs.org/:_authToken=<your-token>' },
  ],
};
