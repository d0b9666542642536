// `--format sarif`: SARIF 2.1.0 for code-scanning services. Secrets arrive here already redacted:
// a result carries the redacted match and the fingerprint, never the value.
import type { Severity } from '../detect/types.js';
import type { ScanResult } from '../scan/result.js';
import { allowAdvice, fixAdvice } from './fixAdvice.js';
import type { RedactedFinding } from './redact.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const INFORMATION_URI = 'https://www.npmjs.com/package/jwtguard';
/** The key under `partialFingerprints`; versioned so that a change of hash is a new key, not a silent mismatch. */
export const FINGERPRINT_KEY = 'jwtguardFingerprint/v1';

/** What the report says about each rule (the Rule fields a reporter needs). */
export interface RuleInfo {
  id: string;
  description: string;
  severity: Severity;
}

export interface SarifReportOptions {
  toolVersion: string;
  /** Every rule of the run, each becoming one reportingDescriptor. */
  rules: readonly RuleInfo[];
}

const LEVEL: Record<Severity, 'error' | 'warning'> = { error: 'error', warning: 'warning' };

/** A path from the top level as a relative URI reference: each segment percent-encoded. */
export function pathToUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function pascalCase(id: string): string {
  return id.replace(/(^|-)([a-z0-9])/g, (_, _dash: string, ch: string) => ch.toUpperCase());
}

function helpText(rule: RuleInfo): { text: string; markdown: string } {
  const fix = fixAdvice(rule.id, 'javascript');
  const allow = allowAdvice('javascript');
  return {
    text: `${rule.description}\n\nFix: ${fix.join('\n')}\n\nAllow: ${allow}`,
    markdown: `${rule.description}\n\n**Fix:** ${fix[0]}\n\n\`\`\`\n${fix.slice(1).join('\n')}\n\`\`\`\n\n**Allow:** ${allow}`,
  };
}

function descriptor(rule: RuleInfo) {
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.description },
    help: helpText(rule),
    helpUri: `${INFORMATION_URI}#rules`,
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { tags: ['security', 'secrets', 'jwt'], precision: 'high' },
  };
}

function sarifResult(f: RedactedFinding, ruleIndex: Map<string, number>, blocking: boolean) {
  const index = ruleIndex.get(f.rule);
  return {
    ruleId: f.rule,
    ...(index === undefined ? {} : { ruleIndex: index }),
    level: LEVEL[f.severity],
    message: { text: `${f.why} The value is ${f.match}.` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: pathToUri(f.file), uriBaseId: '%SRCROOT%' },
          region: { startLine: f.line, startColumn: f.column },
        },
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
    ...(f.allowReason === undefined
      ? {}
      : {
          suppressions: [
            {
              // An allow comment sits in the file; the config's allow lists sit outside it.
              kind: f.allowedBy === 'config' || f.allowedBy === 'override' ? 'external' : 'inSource',
              status: 'accepted',
              justification: f.allowReason === '' ? 'no reason given' : f.allowReason,
            },
          ],
        }),
    properties: { blocking, context: f.context, ...(f.commit ? { commit: f.commit } : {}) },
  };
}

export function sarifReport(result: ScanResult, options: SarifReportOptions): string {
  const ruleIndex = new Map(options.rules.map((rule, i) => [rule.id, i]));
  const findings = [...result.findings, ...(result.warnings ?? []), ...result.allowed];
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'jwtguard',
            version: options.toolVersion,
            semanticVersion: options.toolVersion,
            informationUri: INFORMATION_URI,
            rules: options.rules.map(descriptor),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: findings.map((f, i) => sarifResult(f, ruleIndex, i < result.findings.length)),
        properties: {
          baselined: result.baselined ?? 0,
          skipped: result.skipped,
          scanned: { files: result.files, addedLines: result.addedLines, excludedFiles: result.excluded ?? 0 },
        },
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
