// One entry to every report format, so that every scanning command offers the same formats and
// the exit code never depends on which one was chosen.
import type { ScanResult } from '../scan/result.js';
import type { Format } from '../commands/command.js';
import { RULES } from '../detect/rules/index.js';
import { humanReport } from './human.js';
import { jsonReport } from './json.js';
import { packageVersion } from '../packageRoot.js';
import { sarifReport, type RuleInfo } from './sarif.js';

export interface RenderOptions {
  color: boolean;
  /** For the human report: what was scanned and what a line is (see HumanReportOptions). */
  subject?: string;
  lineNoun?: string;
  verdict?: { word: string; advice: string };
  /** For SARIF: the version to name (jwtguard's own by default) and the rules to describe (all by default). */
  toolVersion?: string;
  rules?: readonly RuleInfo[];
}

export function renderReport(result: ScanResult, format: Format, options: RenderOptions): string {
  switch (format) {
    case 'json':
      return jsonReport(result);
    case 'human':
      return humanReport(result, options);
    case 'sarif':
      return sarifReport(result, { toolVersion: options.toolVersion ?? packageVersion(), rules: options.rules ?? RULES });
  }
}
