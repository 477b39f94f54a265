/** Reads every input, runs the core on it, and gathers the report, the records and the tables of each kind. */
import {
  KINDS,
  LABELS,
  addAccounting,
  appendAll,
  batchSheet,
  buildReport,
  emptyAccounting,
  raisedFinding,
  type AnalyseOptions,
  type Finding,
  type InputReport,
  readable,
  type OutputRecord,
  type Rendering,
  type Report,
  type RowAccounting,
  type WorkbookAnalysis,
} from '../templates/index.js';
import type { TableNames } from '../templates/core/settings-names.js';
import { eachFileFindings, eachFileResult, poolSize } from './parallel/pool.js';
import type { FileFindings, FileResult, InputSummary } from './parallel/file-task.js';
import type { Delivery } from './parallel/delivery.js';
import { inputLine } from './read/index.js';
import { outputFields, parameterKeys } from './write/record-columns.js';
import { Interner } from './intern.js';

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
  /** What the tables' keys stand for (a pillar's number), for the outputs that show them in the user's language. */
  names?: TableNames;
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
  /** How a streamed consolidation's results come from the workers (tests: small parts, a failing worker). */
  delivery?: Omit<Delivery, 'stageDir'>;
}

/**
 * What a streamed consolidation keeps of a finding once the writers have it: what the report counts by (rule,
 * severity) and what the dashboard groups by (file, sheet, row). The report built from these has every count right;
 * its findings hold only these fields.
 */
export type FindingKey = Pick<Finding, 'rule' | 'severity' | 'file' | 'sheet' | 'row'>;

/** What the files of a run add up to as they are read: the report's inputs, findings and row accounting. */
class RunTally {
  readonly inputs: InputSummary[] = [];
  readonly reported: InputReport[] = [];
  readonly findings: Finding[] = [];
  readonly unreadable: string[] = [];
  readonly accounting = emptyAccounting();
  /** One string per file name, shared by the keys of its findings. */
  private readonly names = new Map<string, string>();

  constructor(
    readonly options: AnalyseOptions,
    readonly rendering: Rendering = { lang: options.lang, labels: LABELS },
    /** Set when the findings go to writers as they come: the tally keeps their keys only. */
    readonly onFindings?: (findings: readonly Finding[]) => void,
  ) {}

  /** The run's findings as they come: kept whole, or handed on and kept as keys. */
  take(findings: readonly Finding[]): void {
    if (!this.onFindings) {
      appendAll(this.findings, findings);
      return;
    }
    this.onFindings(findings);
    for (const { rule, severity, file, sheet, row } of findings) {
      let name = file === undefined ? undefined : this.names.get(file);
      if (file !== undefined && name === undefined) this.names.set(file, (name = file));
      const key: FindingKey = { rule, severity, file: name as string };
      if (sheet !== undefined) key.sheet = sheet;
      if (row !== undefined) key.row = row;
      this.findings.push(key as Finding);
    }
  }

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
      const findings: Finding[] = [];
      appendAll(findings, ...analysis.sheets.map((s) => s.findings), analysis.findings);
      this.take(findings);
      addAccounting(this.accounting, analysis.accounting);
    } else if (error) {
      const finding = raisedFinding(error.reason, { file: summary.path }, {}, this.rendering);
      summary.error = inputLine(error.file, error.reason, this.options.lang);
      input.reason = { rule: finding.rule, params: finding.params, message: finding.message };
      this.unreadable.push(summary.error);
      this.take([finding]);
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
  return consolidateBatch(files, options, hooks);
}

/** Where a streamed consolidation hands what it reads (pipeline/write/streamed-outputs.ts). */
export interface ConsolidationSink {
  /** One input sheet's records, in input order; a sheet's records come before its file's findings. */
  addRecords(kind: Pick<KindOutput, 'kind' | 'fields' | 'derived'>, records: readonly OutputRecord[]): void;
  /** Findings in the report's order: each file's, then the rules across files'. */
  addFindings(findings: readonly Finding[]): void;
  /** The output folder, where a file's records and findings wait until the whole file is read. */
  readonly out?: string;
}

/**
 * consolidate, its records and findings handed to `sink` file by file instead of kept: the result's kinds carry
 * their tables and no records, and its report's findings are FindingKeys (every count right).
 */
export async function consolidateStreaming(
  files: readonly string[],
  options: AnalyseOptions,
  sink: ConsolidationSink,
  hooks: ConsolidateHooks = {},
): Promise<Consolidation> {
  return consolidateBatch(files, options, hooks, sink);
}

async function consolidateBatch(
  files: readonly string[],
  options: AnalyseOptions,
  hooks: ConsolidateHooks,
  sink?: ConsolidationSink,
): Promise<Consolidation> {
  const tally = new RunTally(options, undefined, sink && ((findings) => sink.addFindings(findings)));
  const analyses: WorkbookAnalysis[] = [];
  // What a streamed batch keeps of each sheet until the end, its texts held once (intern.ts).
  const interner = new Interner();
  const columns = new Map(
    KINDS.map((k) => [
      k.def.kind,
      { kind: k.def.kind, fields: k.def.fields.map((f) => f.key), derived: [...k.derivedFields] },
    ]),
  );
  const progress = hooks.onFile && ((done: number, file: string) => hooks.onFile?.(done, files.length, file));
  const delivery: false | Delivery = !!sink && { ...hooks.delivery, ...(sink.out ? { stageDir: sink.out } : {}) };
  const columnsOf = (kind: string) => columns.get(kind) ?? { kind, fields: [], derived: [] };
  await eachInInputOrder<FileResult>(
    (visit) => eachFileResult(files, options, visit, progress, hooks.workers ?? poolSize(files.length), delivery),
    (result) => {
      if (sink && result.analysis)
        for (const s of result.analysis.sheets) sink.addRecords(columnsOf(s.kind), s.records);
      tally.add(result);
      // A worker's records and findings came in parts, staged until its file was done: records first, as before.
      for (const part of result.parts?.parts() ?? [])
        if ('records' in part) sink?.addRecords(columnsOf(result.analysis!.sheets[part.sheet].kind), part.records);
        else tally.take(part.findings);
      if (!result.analysis) return;
      analyses.push(
        sink
          ? {
              ...result.analysis,
              sheets: result.analysis.sheets.map((s) => interner.deep(batchSheet(s, KINDS, options))),
              findings: [],
            }
          : result.analysis,
      );
    },
  );
  const kinds: KindOutput[] = [];
  for (const kind of KINDS) {
    const sheets = analyses.flatMap((a) => a.sheets).filter((s) => s.kind === kind.def.kind);
    if (!sheets.length) continue;
    const result = kind.consolidate(sheets, options, tally.rendering);
    tally.take(result.findings);
    const records = sheets.flatMap((s) => s.records);
    kinds.push({
      ...columns.get(kind.def.kind)!,
      records,
      fields: outputFields(kind.def.fields, parameterKeys(records)),
      extra: [...new Set(records.flatMap((r) => Object.keys(r.extra ?? {})))],
      tables: result.tables,
      ...(result.names ? { names: result.names } : {}),
    });
  }
  const report = tally.report();
  const { inputs, unreadable } = tally;
  return { report, inputs, analyses, findings: report.findings, accounting: report.accounting, kinds, unreadable };
}

/** Results that arrive in any order (with their index), visited in input order. */
async function eachInInputOrder<R>(
  run: (visit: (index: number, result: R) => void) => Promise<void>,
  visit: (result: R) => void,
): Promise<void> {
  const pending = new Map<number, R>();
  let next = 0;
  await run((index, result) => {
    pending.set(index, result);
    for (let ready = pending.get(next); ready !== undefined; ready = pending.get(next)) {
      pending.delete(next++);
      visit(ready);
    }
  });
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
  await eachInInputOrder<FileFindings>(
    (visit) => eachFileFindings(files, options, visit, workers),
    (result) => tally.add(result),
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
