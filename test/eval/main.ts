// `npm run eval` (which builds first): evaluates the corpus, prints the tables and exits 1 when a
// rule or a language is below its target (2 when it could not run).
import { existsSync } from 'node:fs';
import { evaluate, formatEvaluation, PENDING_ROOT } from './evaluate.js';

try {
  const evaluation = evaluate();
  process.stdout.write(formatEvaluation(evaluation));
  if (existsSync(PENDING_ROOT)) {
    process.stdout.write('\n== pending (test/corpus-pending: measured, not yet a gate) ==\n\n');
    process.stdout.write(formatEvaluation(evaluate(PENDING_ROOT)));
  }
  process.exitCode = evaluation.failures.length === 0 ? 0 : 1;
} catch (error) {
  process.stderr.write(`eval: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
