import type { RuleCases } from '../types.js';

// Made-up tokens in GitHub's shapes (prefix and 36 base62 characters; github_pat_ and 82): they
// open nothing, and their checksums are wrong.
const BODY1 = 'aB3dE5gH7jK9' + 'Qw3Rt5Yu7Io9' + 'Zx2Cv4Bn6Mq8';
const BODY2 = 'Qw3Rt5Yu7Io9' + 'pL0kJ8hG6fD4' + 'aB3dE5gH7jK9';
const PAT = `ghp_${BODY1}`;
const FINE = `github_pat_${BODY1.slice(0, 22)}_${BODY2}${BODY1.slice(0, 23)}`;

export const cases: RuleCases = {
  rule: 'github-token',
  truePositives: [
    { path: '.env', code: `GITHUB_TOKEN=${PAT}`, secret: PAT },
    { path: 'src/octokit.js', code: `const octokit = new Octokit({ auth: '${PAT}' });`, secret: PAT },
    { path: 'scripts/release.sh', code: `curl -H "Authorization: token gho_${BODY2}" https://api.github.com/user`, secret: `gho_${BODY2}`, note: 'OAuth token' },
    { path: 'ci/clone.sh', code: `git clone https://x-access-token:ghs_${BODY1}@github.com/acme/api.git`, secret: `ghs_${BODY1}`, note: 'in a clone URL' },
    { path: 'app/github.py', code: `g = Github("ghu_${BODY2}")`, secret: `ghu_${BODY2}` },
    { path: 'config/github.json', code: `{ "refresh_token": "ghr_${BODY1}" }`, secret: `ghr_${BODY1}` },
    { path: '.env.local', code: `GH_PAT=${FINE}`, secret: FINE, note: 'fine-grained personal token' },
    { path: 'deploy/values.yaml', code: `github:\n  token: ${PAT}`, secret: PAT },
    { path: 'internal/gh/client.go', code: `client := github.NewClient(nil).WithAuthToken("${PAT}")`, secret: PAT },
    { path: 'README.md', code: `Run \`gh auth login --with-token <<< ${FINE}\``, secret: FINE },
    { path: '.npmrc', code: `//npm.pkg.github.com/:_authToken=${PAT}`, secret: PAT, note: 'GitHub Packages' },
  ],
  falsePositives: [
    { path: 'src/octokit.js', code: 'const octokit = new Octokit({ auth: process.env.GITHUB_TOKEN });', note: 'environment read' },
    { path: '.github/workflows/ci.yml', code: 'token: ${{ secrets.GITHUB_TOKEN }}', note: 'Actions secret' },
    { path: 'src/gh.js', code: `const t = 'ghp_${BODY1.slice(1)}';`, note: '35 characters' },
    { path: 'src/gh.js', code: `const t = 'ghp_${BODY1}Z';`, note: '37 characters' },
    { path: 'src/gh.js', code: `const t = 'xghp_${BODY1}';`, note: 'inside a longer word' },
    { path: 'src/gh.js', code: `const t = 'ghx_${BODY1}';`, note: 'not a GitHub prefix' },
    { path: 'src/gh.js', code: "const PREFIXES = ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_'];", note: 'the prefixes alone' },
    { path: 'src/gh.js', code: "const t = 'ghp_1234567890abcdefghijklmnopqrstuvwxyz';", note: 'a counting placeholder' },
    { path: 'docs/tokens.md', code: 'Tokens look like `ghp_` followed by 36 letters and digits.' },
    { path: 'src/gh.js', code: `const t = 'GHP_${BODY1}';`, note: 'uppercase prefix' },
    { path: 'src/gh.js', code: `const fine = 'github_pat_${BODY1}';`, note: 'fine-grained prefix, wrong length' },
  ],
  placeholders: [
    { path: '.env.example', code: 'GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' },
    { path: '.env.example', code: 'GITHUB_TOKEN=ghp_YOUR_TOKEN_HERE' },
    { path: 'docs/setup.md', code: 'export GITHUB_TOKEN=ghp_<your token>' },
    { path: '.env.example', code: 'GH_PAT=github_pat_xxxxxxxxxxxxxxxxxxxxxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' },
  ],
};
