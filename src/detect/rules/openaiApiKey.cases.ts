import type { RuleCases } from '../types.js';

// Made-up keys in OpenAI's shapes (T3BlbkFJ is base64 for "OpenAI"): they run nothing.
const LEGACY = 'sk-' + 'aB3dE5gH7jK9Qw3Rt5Yu' + 'T3BlbkFJ' + 'Zx2Cv4Bn6Mq8pL0kJ8hG';
const HALF = 'aB3dE5gH7jK9' + 'Qw3Rt5Yu7Io9' + 'Zx2Cv4Bn6Mq8' + 'pL0kJ8hG6fD4' + 'a_B-3dE5gH';
const PROJECT = `sk-proj-${HALF}T3BlbkFJ${HALF}`;
const BARE = 'sk-' + 'Qw3Rt5Yu7Io9' + 'Zx2Cv4Bn6Mq8' + 'pL0kJ8hG6fD4' + 'aB3dE5gH7jK9';

export const cases: RuleCases = {
  rule: 'openai-api-key',
  truePositives: [
    { path: '.env', code: `OPENAI_API_KEY=${PROJECT}`, secret: PROJECT },
    { path: 'src/ai.ts', code: `const openai = new OpenAI({ apiKey: '${LEGACY}' });`, secret: LEGACY, note: 'older key with the marker' },
    { path: 'app/ai.py', code: `client = OpenAI(api_key="${PROJECT}")`, secret: PROJECT },
    { path: 'config/ai.yml', code: `openai:\n  api_key: ${LEGACY}`, secret: LEGACY },
    { path: '.env', code: `OPENAI_API_KEY=${BARE}`, secret: BARE, note: 'no marker, OpenAI named' },
    { path: 'config/ai.json', code: `{ "openaiKey": "sk-svcacct-${HALF}T3BlbkFJ${HALF}" }`, secret: `sk-svcacct-${HALF}T3BlbkFJ${HALF}`, note: 'service account key' },
    { path: 'scripts/usage.sh', code: `curl https://api.openai.com/v1/organization/usage -H "Authorization: Bearer sk-admin-${HALF}T3BlbkFJ${HALF}"`, secret: `sk-admin-${HALF}T3BlbkFJ${HALF}`, note: 'admin key' },
    { path: 'internal/ai/client.go', code: `client := openai.NewClient(option.WithAPIKey("${PROJECT}"))`, secret: PROJECT },
    { path: 'src/ai.js', code: `// OpenAI\nconst apiKey = '${BARE}';`, secret: BARE, note: 'OpenAI named on the line above' },
    { path: 'docs/ai.md', code: `export OPENAI_API_KEY=${LEGACY}`, secret: LEGACY },
    { path: 'src/ai.ts', code: `const key = 'sk-proj-${HALF}${HALF}';`, secret: `sk-proj-${HALF}${HALF}`, note: 'a project key without the marker' },
  ],
  falsePositives: [
    { path: 'src/ai.ts', code: 'const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });', note: 'environment read' },
    { path: 'src/ai.ts', code: `const key = '${BARE}';`, note: 'a bare sk- key with no OpenAI context' },
    { path: 'src/ai.ts', code: "const key = 'sk-ant-api03-" + HALF + HALF + "AA';", note: "Anthropic's, not OpenAI's" },
    { path: 'src/styles.css', code: '.task-list .disk-usage { color: red; }', note: 'words ending in sk-' },
    { path: 'src/ai.ts', code: "if (!key.startsWith('sk-')) throw new Error('not an OpenAI key');" },
    { path: 'src/ai.ts', code: "const key = 'sk-proj-abc123';", note: 'too short' },
    { path: 'docs/ai.md', code: 'OpenAI keys start with sk-proj- for project keys.' },
    { path: 'src/ai.ts', code: "// OpenAI\nconst key = 'sk-1234567890abcdefghijklmnopqrstuvwxyzABCDEFGHIJKL';", note: 'a counting placeholder' },
    { path: 'src/ai.ts', code: 'const key = `sk-proj-${part}`;', note: 'built from a variable' },
    { path: '.github/workflows/eval.yml', code: 'OPENAI_API_KEY: ${{ secrets.OPENAI_API_KEY }}' },
  ],
  placeholders: [
    { path: '.env.example', code: 'OPENAI_API_KEY=sk-...' },
    { path: '.env.example', code: 'OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' },
    { path: '.env.example', code: 'OPENAI_API_KEY=sk-proj-your-key-here' },
  ],
};
