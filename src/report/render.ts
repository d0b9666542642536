// One entry to every report format, so that every scanning command offers the same formats and
// the exit code never depends on which one was chosen.
import type { ScanResult } from '../scan/result.js';
import type { Format } from '../commands/command.js';
import { humanReport } from './human.js';
import { jsonReport } from './json.js';

export interface RenderOptions {
  color: boolean;
}

export function renderReport(result: ScanResult, format: Format, options: RenderOptions): string {
  switch (format) {
    case 'json':
      return jsonReport(result);
    case 'human':
      return humanReport(result, { color: options.color });
  }
}
