/** Reads every input, runs the core on it, and gathers the report, the records and the tables of each kind. */
import {
  KINDS,
  LABELS,
  addAccounting,
  appendAll,
  buildReport,
  emptyAccounting,
  raisedFinding,
  setAsideTotal,
  takesParameter,
  type AnalyseOptions,
  type FieldDef,
  type Finding,
  type InputReport,
  readable,
  type OutputRecord,
  type Rendering,
  type Report,
  type RowAccounting,
  type WorkbookAnalysis,
} from '../templates/index.js';
import { eachFileFindings, processFiles, poolSize } from './parallel/pool.js';
import type { FileFindings, InputSummary } from './parallel/file-task.js';
import { inputLine } from './read/index.js';

export type { InputSummary };

export interface KindOutput {
  kind: string;
  records: OutputRecord[];
  /** Canonical fields then derived fields, in output order. */
  fields: string[];
  derived: string[];
  /** Headers of columns the template does not define, kept from the inputs, in order of first appearance. */
  extra?: string[];
  tables: unknown;
}

export interface Consolidation {
  /** The one report of the run: what every output presents. */
  report: Report;
  inputs: InputSummary[];
  analyses: WorkbookAnalysis[];
  /** The report's findings and row accounting (the same objects). */
  findings: Finding[];
  accounting: RowAccounting;
  kinds: KindOutput[];
  /** Each file that could not be read, as its one-line message in the run's language. */
  unreadable: string[];
}

export interface ConsolidateHooks {
  /** Called after each file, for a progress bar. */
  onFile?: (done: number, total: number, file: string) => void;
  /** Worker threads, each file under its own budget; default one per core; 0 reads on this thread, unguarded. */
  workers?: number;
}

/** What the files of a run add up to as they are read: the report's inputs, findings and row accounting. */
class RunTally {
  readonly inputs: InputSummary[] = [];
  readonly reported: InputReport[] = [];
  readonly findings: Finding[] = [];
  readonly unreadable: string[] = [];
  readonly accounting = emptyAccounting();

  constructor(
    readonly options: AnalyseOptions,
    readonly rendering: Rendering = { lang: options.lang, labels: LABELS },
  ) {}

  /** Counts one file's result; an unreadable file becomes its read.* finding and its one line. */
  add({ summary, analysis, error }: FileFindings): void {
    this.inputs.push(summary);
    const input: InputReport = {
      file: summary.path,
      name: summary.name,
      size: summary.size,
      sha256: summary.sha256,
      read: !error,
    };
    if (analysis) {
      input.templateSheets = analysis.sheets.length;
      appendAll(this.findings, ...analysis.sheets.map((s) => s.findings), analysis.findings);
      addAccounting(this.accounting, analysis.accounting);
    } else if (error) {
      const finding = raisedFinding(error.reason, { file: summary.path }, {}, this.rendering);
      summary.error = inputLine(error.file, error.reason, this.options.lang);
      input.reason = { rule: finding.rule, params: finding.params, message: finding.message };
      this.unreadable.push(summary.error);
      this.findings.push(finding);
    }
    this.reported.push(input);
  }

  report(): Report {
    return buildReport({
      lang: this.options.lang,
      inputs: this.reported,
      findings: this.findings,
      accounting: this.accounting,
    });
  }
}

export async function consolidate(
  files: readonly string[],
  options: AnalyseOptions,
  hooks: ConsolidateHooks = {},
): Promise<Consolidation> {
  const tally = new RunTally(options);
  const analyses: WorkbookAnalysis[] = [];
  const progress = hooks.onFile && ((done: number, file: string) => hooks.onFile?.(done, files.length, file));
  for (const result of await processFiles(files, options, progress, hooks.workers ?? poolSize(files.length))) {
    tally.add(result);
    if (result.analysis) analyses.push(result.analysis);
  }
  const kinds: KindOutput[] = [];
  for (const kind of KINDS) {
    const sheets = analyses.flatMap((a) => a.sheets).filter((s) => s.kind === kind.def.kind);
    if (!sheets.length) continue;
    const result = kind.consolidate(sheets, options, tally.rendering);
    appendAll(tally.findings, result.findings);
    const records = sheets.flatMap((s) => s.records);
    kinds.push({
      kind: kind.def.kind,
      records,
      fields: outputFields(kind.def.fields, records),
      derived: [...kind.derivedFields],
      extra: [...new Set(records.flatMap((r) => Object.keys(r.extra ?? {})))],
      tables: result.tables,
    });
  }
  const report = tally.report();
  const { inputs, unreadable } = tally;
  return { report, inputs, analyses, findings: report.findings, accounting: report.accounting, kinds, unreadable };
}

/**
 * `psea validate`: each file read, checked and let go before the next (memory stays flat however many files),
 * so only the rules of one file run: the cross-file rules need the whole batch (`psea consolidate`).
 */
export async function validateFiles(
  files: readonly string[],
  options: AnalyseOptions,
  workers = poolSize(files.length),
): Promise<{ report: Report; unreadable: string[] }> {
  const tally = new RunTally(options);
  // Each file on a worker under its own budget, as in consolidate; its findings arrive in any order and are
  // counted in input order.
  const pending = new Map<number, FileFindings>();
  let next = 0;
  await eachFileFindings(
    files,
    options,
    (index, result) => {
      pending.set(index, result);
      for (let ready = pending.get(next); ready; ready = pending.get(next)) {
        pending.delete(next++);
        tally.add(ready);
      }
    },
    workers,
  );
  return { report: tally.report(), unreadable: tally.unreadable };
}

/**
 * 2 when an input could not be listed or read, or had nothing a template reads; 1 when errors were found (unless
 * --report-only); else 0.
 */
export function exitCode(report: Report, notListed: number, reportOnly: boolean): number {
  if (notListed || !report.inputs.every(readable)) return 2;
  return report.counts.error && !reportOnly ? 1 : 0;
}

/** "rows read 130 = consolidated 124 + set aside 6 (blank 1, section 5)" */
export function accountingLine(a: RowAccounting): string {
  const setAside = setAsideTotal(a);
  const reasons = Object.entries(a.setAside)
    .map(([reason, n]) => `${reason} ${n}`)
    .join(', ');
  const why = reasons ? ` (${reasons})` : '';
  return `rows read ${a.read} = consolidated ${a.consolidated} + set aside ${setAside}${why}`;
}

/**
 * The output's field columns: the template's fields, a field that takes a parameter (a dated round's status) as
 * one column per parameter the records hold ("status_round@2025-12"), in the order they first appear.
 */
function outputFields(fields: readonly FieldDef[], records: readonly OutputRecord[]): string[] {
  const keyed = new Set<string>();
  for (const record of records) for (const key of Object.keys(record.values)) if (key.includes('@')) keyed.add(key);
  return fields.flatMap((f) => (takesParameter(f) ? [...keyed].filter((k) => k.startsWith(`${f.key}@`)) : [f.key]));
}
