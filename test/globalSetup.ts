// Tests run the built bin, as users do: build first (npm test does), or say so plainly.
import { existsSync } from 'node:fs';
import { CLI } from './helpers/repo.js';

export default function setup(): void {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` (npm test builds before testing)`);
}
