// `npm run eval` (which builds first): evaluates the corpus, prints the tables and exits 1 when a
// rule or a language is below its target (2 when it could not run).
import { evaluate, formatEvaluation } from './evaluate.js';

try {
  const evaluation = evaluate();
  process.stdout.write(formatEvaluation(evaluation));
  process.exitCode = evaluation.failures.length === 0 ? 0 : 1;
} catch (error) {
  process.stderr.write(`eval: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
