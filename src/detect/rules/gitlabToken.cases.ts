import type { RuleCases } from '../types.js';

// Made-up tokens in GitLab's shapes: they open nothing.
const BODY = 'aB3dE5gH7jK9' + 'Qw3Rt5Yu';
const PAT = `glpat-${BODY}`;
const ROUTABLE = `glpat-${BODY}Zx2Cv4Bn6Mq8.01a7k3m9q`;

export const cases: RuleCases = {
  rule: 'gitlab-token',
  truePositives: [
    { path: '.env', code: `GITLAB_TOKEN=${PAT}`, secret: PAT },
    { path: '.gitlab-ci.yml', code: `variables:\n  DEPLOY_TOKEN: gldt-${BODY}`, secret: `gldt-${BODY}`, note: 'deploy token' },
    { path: 'scripts/clone.sh', code: `git clone https://oauth2:${PAT}@gitlab.com/acme/api.git`, secret: PAT, note: 'in a clone URL' },
    { path: 'src/gitlab.ts', code: `const api = new Gitlab({ token: '${ROUTABLE}' });`, secret: ROUTABLE, note: 'routable token' },
    { path: 'runner/config.toml', code: `  token = "glrt-${BODY}"`, secret: `glrt-${BODY}`, note: 'runner token' },
    { path: 'ci/trigger.sh', code: `curl -X POST -F token=glptt-3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f0a https://gitlab.example.org/api/v4/projects/1/trigger/pipeline`, secret: 'glptt-3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f0a', note: 'pipeline trigger token' },
    { path: 'app/gitlab.py', code: `gl = gitlab.Gitlab("https://gitlab.com", private_token="${PAT}")`, secret: PAT },
    { path: 'config/gitlab.json', code: `{ "gitlabToken": "${PAT}" }`, secret: PAT },
    { path: 'docs/api.md', code: `curl --header "PRIVATE-TOKEN: ${PAT}" "https://gitlab.com/api/v4/projects"`, secret: PAT },
    { path: 'internal/gl/client.go', code: `git, err := gitlab.NewClient("${PAT}")`, secret: PAT },
  ],
  falsePositives: [
    { path: 'src/gitlab.ts', code: 'const api = new Gitlab({ token: process.env.GITLAB_TOKEN });', note: 'environment read' },
    { path: '.gitlab-ci.yml', code: 'script: curl --header "PRIVATE-TOKEN: $GITLAB_TOKEN" "$CI_API_V4_URL/projects"' },
    { path: 'src/gitlab.ts', code: `const t = 'glpat-${BODY.slice(2)}';`, note: 'too short' },
    { path: 'src/gitlab.ts', code: `const t = 'xglpat-${BODY}';`, note: 'inside a longer word' },
    { path: 'src/gitlab.ts', code: "const PREFIXES = ['glpat-', 'gldt-', 'glrt-'];" },
    { path: 'src/gitlab.ts', code: "const t = 'glpat-12345678901234567890';", note: 'counting digits' },
    { path: 'docs/tokens.md', code: 'Personal tokens start with glpat- and are 20 characters long.' },
    { path: 'src/gitlab.ts', code: `const t = 'GLPAT-${BODY}';`, note: 'uppercase prefix' },
    { path: 'src/routes.ts', code: "router.get('/glpat-settings/profile-tokens', handler);" },
    { path: 'src/gitlab.ts', code: `const t = 'glpatx-${BODY}';`, note: 'not a GitLab prefix' },
  ],
  placeholders: [
    { path: '.env.example', code: 'GITLAB_TOKEN=glpat-XXXXXXXXXXX-XXXXXXXX' },
    { path: '.env.example', code: 'GITLAB_TOKEN=glpat-xxxxxxxxxxxxxxxxxxxx' },
    { path: 'docs/setup.md', code: 'export GITLAB_TOKEN=glpat-<your-token>' },
  ],
};
