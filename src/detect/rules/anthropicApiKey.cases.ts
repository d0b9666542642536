import type { RuleCases } from '../types.js';

// Made-up keys in Anthropic's shape: they run nothing.
const BODY = ('aB3dE5gH7jK9' + 'Qw3Rt5Yu7Io9' + 'Zx2Cv4Bn6Mq8' + 'pL0kJ8hG6fD4').repeat(2).slice(0, 93) + 'AA';
const KEY = `sk-ant-api03-${BODY}`;
const ADMIN = `sk-ant-admin01-${BODY}`;

export const cases: RuleCases = {
  rule: 'anthropic-api-key',
  truePositives: [
    { path: '.env', code: `ANTHROPIC_API_KEY=${KEY}`, secret: KEY },
    { path: 'src/claude.ts', code: `const anthropic = new Anthropic({ apiKey: '${KEY}' });`, secret: KEY },
    { path: 'app/claude.py', code: `client = anthropic.Anthropic(api_key="${KEY}")`, secret: KEY },
    { path: 'config/ai.yml', code: `anthropic:\n  api_key: ${KEY}`, secret: KEY },
    { path: 'scripts/admin.sh', code: `curl https://api.anthropic.com/v1/organizations/users -H "x-api-key: ${ADMIN}"`, secret: ADMIN, note: 'admin key' },
    { path: 'config/ai.json', code: `{ "anthropicKey": "${KEY}" }`, secret: KEY },
    { path: 'internal/ai/client.go', code: `client := anthropic.NewClient(option.WithAPIKey("${KEY}"))`, secret: KEY },
    { path: '.env.local', code: `CLAUDE_CODE_OAUTH_TOKEN=sk-ant-oat01-${BODY}`, secret: `sk-ant-oat01-${BODY}`, note: 'OAuth token' },
    { path: 'docs/ai.md', code: `Set the key: export ANTHROPIC_API_KEY=${KEY}`, secret: KEY },
    { path: 'notebooks/eval.ipynb', code: `    "os.environ[\\"ANTHROPIC_API_KEY\\"] = \\"${KEY}\\"\\n",`, secret: KEY, note: 'in a notebook cell' },
  ],
  falsePositives: [
    { path: 'src/claude.ts', code: 'const anthropic = new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY });', note: 'environment read' },
    { path: 'src/claude.ts', code: "const key = 'sk-ant-api03-abc123';", note: 'too short' },
    { path: 'src/claude.ts', code: "if (!key.startsWith('sk-ant-')) throw new Error('not an Anthropic key');" },
    { path: 'docs/ai.md', code: 'Anthropic keys start with sk-ant-api03- and are about 108 characters long.' },
    { path: 'src/claude.ts', code: `const key = 'xsk-ant-api03-${BODY}';`, note: 'inside a longer word' },
    { path: 'src/claude.ts', code: `const key = 'sk-ant-xyz03-${BODY}';`, note: 'not a key kind' },
    { path: 'src/claude.ts', code: "const key = 'sk-ant-api03-" + 'a'.repeat(95) + "';", note: 'one letter' },
    { path: 'src/claude.ts', code: 'const key = `sk-ant-api03-${secretPart}`;', note: 'built from a variable' },
    { path: 'src/claude.ts', code: "const model = 'claude-sonnet-4-5';" },
    { path: '.github/workflows/eval.yml', code: 'ANTHROPIC_API_KEY: ${{ secrets.ANTHROPIC_API_KEY }}' },
  ],
  placeholders: [
    { path: '.env.example', code: 'ANTHROPIC_API_KEY=sk-ant-api03-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' },
    { path: '.env.example', code: 'ANTHROPIC_API_KEY=sk-ant-...' },
    { path: '.env.example', code: 'ANTHROPIC_API_KEY=sk-ant-api03-your-key-here-your-key-here-your-key-here' },
  ],
};
