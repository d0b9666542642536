import type { RuleCases } from '../types.js';

// Made-up keys in Heroku's shapes (a UUID; HRKU-AA and 58 characters): they deploy nothing.
const UUID = '3f9a1c7e-5b2d-4f6a-8c0e-1b3d5f7a9c2e';
const UUID2 = '9e1b7d3f-5a0c-4d2b-8e6a-f3a9c1e7b5d2';
const HRKU = 'HRKU-AA' + 'aB3dE5gH7jK9' + 'Qw3Rt5Yu7Io9' + 'Zx2Cv4Bn6Mq8' + 'pL0kJ8hG6fD4' + 'a_B-3dE5gH';

export const cases: RuleCases = {
  rule: 'heroku-api-key',
  truePositives: [
    { path: '.env', code: `HEROKU_API_KEY=${UUID}`, secret: UUID },
    { path: '.env', code: `HEROKU_API_KEY=${HRKU}`, secret: HRKU, note: 'current format' },
    { path: 'src/deploy.js', code: `const heroku = new Heroku({ token: '${UUID2}' });`, secret: UUID2 },
    { path: 'config/deploy.yml', code: `heroku:\n  api_key: ${UUID}`, secret: UUID, note: 'Heroku named on the line above' },
    { path: 'deploy/.netrc', code: `machine api.heroku.com\n  login deploy@acme.io\n  password ${UUID2}`, secret: UUID2, note: 'an .netrc entry' },
    { path: '.github/workflows/deploy.yml', code: `        with:\n          heroku_api_key: ${HRKU}`, secret: HRKU },
    { path: 'config/deploy.json', code: `{ "herokuApiKey": "${UUID}" }`, secret: UUID },
    { path: 'scripts/deploy.sh', code: `export HEROKU_API_KEY=${UUID2}`, secret: UUID2 },
    { path: 'scripts/scale.py', code: `conn = heroku3.from_key("${UUID}")`, secret: UUID },
    { path: 'docs/deploy.md', code: `HEROKU_API_KEY=${UUID} git push heroku main`, secret: UUID },
  ],
  falsePositives: [
    { path: '.env', code: `HEROKU_APP_ID=${UUID}`, note: 'an app id' },
    { path: 'config/deploy.yml', code: `heroku:\n  app_uuid: ${UUID}`, note: 'an app UUID' },
    { path: '.env', code: `SENDGRID_API_KEY=${UUID}`, note: 'a UUID key with no Heroku' },
    { path: '.github/workflows/deploy.yml', code: 'heroku_api_key: ${{ secrets.HEROKU_API_KEY }}', note: 'Actions secret' },
    { path: '.env', code: 'HEROKU_API_KEY=HRKU-AA12345', note: 'too short' },
    { path: 'config/deploy.yml', code: `heroku:\n  dyno_id: ${UUID2}` },
    { path: '.env', code: 'HEROKU_API_KEY=00000000-0000-0000-0000-000000000000', note: 'zero UUID' },
    { path: 'scripts/deploy.sh', code: 'heroku git:remote -a acme-prod' },
    { path: 'src/deploy.js', code: `// heroku\nconst requestId = '${UUID}';`, note: 'an id near the word Heroku' },
    { path: 'src/deploy.js', code: 'const heroku = new Heroku({ token: process.env.HEROKU_API_KEY });', note: 'environment read' },
  ],
  placeholders: [
    { path: '.env.example', code: 'HEROKU_API_KEY=your-api-key' },
    { path: '.env.example', code: 'HEROKU_API_KEY=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx' },
    { path: '.env.example', code: 'HEROKU_API_KEY=<heroku-api-key>' },
  ],
};
