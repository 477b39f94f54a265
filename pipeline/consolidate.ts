/** Reads every input, runs the core on it, and gathers findings, records, tables and row counts. */
import {
  KINDS,
  MESSAGES,
  addAccounting,
  appendAll,
  emptyAccounting,
  renderMessage,
  type AnalyseOptions,
  type Finding,
  type OutputRecord,
  type RowAccounting,
  type WorkbookAnalysis,
} from '../templates/index.js';
import { processFiles, poolSize } from './parallel/pool.js';
import type { InputSummary } from './parallel/file-task.js';

export type { InputSummary };

export interface KindOutput {
  kind: string;
  tablesKey: string;
  records: OutputRecord[];
  /** Canonical fields then derived fields, in output order. */
  fields: string[];
  derived: string[];
  /** Headers of columns the template does not define, kept from the inputs, in order of first appearance. */
  extra?: string[];
  tables: unknown;
}

export interface Consolidation {
  inputs: InputSummary[];
  analyses: WorkbookAnalysis[];
  findings: Finding[];
  kinds: KindOutput[];
  accounting: RowAccounting;
  /** Each file that could not be read, as its one-line message. */
  unreadable: string[];
}

export interface ConsolidateHooks {
  /** Called after each file, for a progress bar. */
  onFile?: (done: number, total: number, file: string) => void;
  /** Worker threads; default one per core for 8 files or more, 0 reads on this thread. */
  workers?: number;
}

export async function consolidate(
  files: readonly string[],
  options: AnalyseOptions,
  hooks: ConsolidateHooks = {},
): Promise<Consolidation> {
  const inputs: InputSummary[] = [];
  const analyses: WorkbookAnalysis[] = [];
  const findings: Finding[] = [];
  const unreadable: string[] = [];
  const accounting = emptyAccounting();
  const progress = hooks.onFile && ((done: number, file: string) => hooks.onFile?.(done, files.length, file));
  const results = await processFiles(files, options, progress, hooks.workers ?? poolSize(files.length));
  for (const { summary, analysis, error } of results) {
    inputs.push(summary);
    if (analysis) {
      analyses.push(analysis);
      appendAll(findings, ...analysis.sheets.map((s) => s.findings), analysis.findings);
      addAccounting(accounting, analysis.accounting);
    } else if (error) {
      summary.error = error.message;
      unreadable.push(error.message);
      const params = { reason: error.reason };
      findings.push({
        rule: 'workbook.unreadable',
        severity: 'error',
        file: summary.path,
        params,
        message: renderMessage(MESSAGES, 'workbook.unreadable', params, options.lang),
      });
    }
  }
  const kinds: KindOutput[] = [];
  for (const kind of KINDS) {
    const sheets = analyses.flatMap((a) => a.sheets).filter((s) => s.kind === kind.def.kind);
    if (!sheets.length) continue;
    const result = kind.consolidate(sheets, options);
    appendAll(findings, result.findings);
    const records = sheets.flatMap((s) => s.records);
    kinds.push({
      kind: kind.def.kind,
      tablesKey: kind.tablesKey,
      records,
      fields: kind.def.fields.map((f) => f.key),
      derived: [...kind.derivedFields],
      extra: [...new Set(records.flatMap((r) => Object.keys(r.extra ?? {})))],
      tables: result.tables,
    });
  }
  return { inputs, analyses, findings, kinds, accounting, unreadable };
}

/** 2 when an input could not be read, 1 when errors were found (unless --report-only), else 0. */
export function exitCode(findings: readonly Finding[], unreadable: number, reportOnly: boolean): number {
  if (unreadable) return 2;
  return findings.some((f) => f.severity === 'error') && !reportOnly ? 1 : 0;
}

export function countBySeverity(findings: readonly Finding[]): Record<Finding['severity'], number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** "rows read 130 = consolidated 124 + set aside 6 (blank 1, section 5)" */
export function accountingLine(a: RowAccounting): string {
  const setAside = Object.values(a.setAside).reduce((s, n) => s + (n ?? 0), 0);
  const reasons = Object.entries(a.setAside)
    .map(([reason, n]) => `${reason} ${n}`)
    .join(', ');
  return `rows read ${a.read} = consolidated ${a.consolidated} + set aside ${setAside}${reasons ? ` (${reasons})` : ''}`;
}
