/**
 * The outputs of `psea consolidate`, fed file by file as the batch is read (issue 17): records and findings go to
 * consolidated.xlsx, records.json, findings.json/.csv and the CSV exports as they come, spooled on disk beside
 * their outputs; what stays in memory is what the end needs: per record its provenance and the few fields the
 * dashboard counts by, and the records themselves only for --previous (the comparison needs them). finish()
 * writes every output, each atomically, in the order the command prints them.
 */
import { rmSync } from 'node:fs';
import { KINDS, kindById, type Finding, type Lang, type OutputRecord, type Report } from '../../templates/index.js';
import { flattenKindTables } from '../../templates/core/tabulate.js';
import { recordColumnTag, tableColumnTag } from '../../templates/core/hxl.js';
import { outputPath, temporaryPath, writeAtomic, writeAtomicWith } from './atomic.js';
import { ConsolidatedWorkbook, type XlsxMeta } from './consolidated-xlsx.js';
import { outputFields, parameterKeys, recordHeader, recordRow } from './record-columns.js';
import { decodeRecord, encodeRecord, recordJson } from './spooled-records.js';
import { csvFileName, csvText, recordsCsvChunks } from './csv-export.js';
import { findingJsonItem, findingsCsvHeader, findingsCsvLines, reportJsonHead } from './findings.js';
import { COMMA_CSV, type CsvFormat } from './csv-cell.js';
import { RECORDS_FILE } from './records-json.js';
import { TextSpool } from './spool.js';
import { dashboardRecord } from '../dashboard/build.js';
import { Interner } from '../intern.js';
import type { KindOutput } from '../consolidate.js';

export type KindColumns = Pick<KindOutput, 'kind' | 'fields' | 'derived'>;

interface KindSpools {
  /** The kind's name, template fields and derived fields (its output columns are known at the end: columns()). */
  columns: KindColumns;
  extra: string[];
  extraSeen: Set<string>;
  /** Dated rounds' keys ("status_round@2025-12"), in the order met. */
  keyed: Set<string>;
  /** Each record as one line of JSON, dates tagged (records.ts): read back for every output that lists records. */
  records: TextSpool;
  /** Provenance and the dashboard's fields of each record. */
  dashboard: OutputRecord[];
  /** Whole records, for --previous only. */
  kept?: OutputRecord[];
}

export interface StreamOptions {
  csv: boolean;
  hxl: boolean;
  /** Keep every record (the --previous comparison needs them). */
  keepRecords: boolean;
  /** The workbook's language (sheet names, headers, list values); English when not given. */
  lang?: Lang;
  /** Separator and decimal mark of findings.csv and the CSV exports. */
  csvFormat?: CsvFormat;
}

export class StreamedOutputs {
  private readonly kinds = new Map<string, KindSpools>();
  private readonly findingsJson: TextSpool;
  private readonly findingsCsv: TextSpool;
  private readonly xlsxTmp: string;
  private readonly workbook: ConsolidatedWorkbook;
  /** The texts of the records kept for the dashboard, one copy each (intern.ts). */
  private readonly interner = new Interner();
  private get csv(): CsvFormat {
    return this.options.csvFormat ?? COMMA_CSV;
  }

  constructor(
    readonly out: string,
    readonly options: StreamOptions,
  ) {
    this.findingsJson = new TextSpool(outputPath(out, 'findings.json'));
    this.findingsCsv = new TextSpool(outputPath(out, 'findings.csv'));
    this.xlsxTmp = temporaryPath(outputPath(out, 'consolidated.xlsx'));
    this.workbook = new ConsolidatedWorkbook(this.xlsxTmp, options.lang ?? 'en');
  }

  /** The kinds met, in the order of KINDS (as every output lists them); any other after them, as met. */
  private ordered(): KindSpools[] {
    const rank = (kind: string) => {
      const i = KINDS.findIndex((k) => k.def.kind === kind);
      return i < 0 ? KINDS.length : i;
    };
    return [...this.kinds.values()].sort((a, b) => rank(a.columns.kind) - rank(b.columns.kind));
  }

  private spools(columns: KindColumns): KindSpools {
    let entry = this.kinds.get(columns.kind);
    if (!entry) {
      entry = {
        columns,
        extra: [],
        extraSeen: new Set(),
        keyed: new Set(),
        // Named by the output it serves, not the kind: a spool's name never depends on a name from elsewhere.
        records: new TextSpool(outputPath(this.out, RECORDS_FILE)),
        dashboard: [],
        kept: this.options.keepRecords ? [] : undefined,
      };
      this.kinds.set(columns.kind, entry);
    }
    return entry;
  }

  /** A kind's output columns, now that every record is in. */
  private columnsOf(k: KindSpools): Pick<KindOutput, 'kind' | 'fields' | 'derived' | 'extra'> {
    const def = kindById(k.columns.kind)?.def;
    const fields = def ? outputFields(def.fields, k.keyed) : k.columns.fields;
    return { kind: k.columns.kind, fields, derived: k.columns.derived, extra: k.extra };
  }

  /** One input sheet's records (a sheet with none still makes its kind's outputs). */
  addRecords(columns: KindColumns, records: readonly OutputRecord[]): void {
    const entry = this.spools(columns);
    this.workbook.noteRecords(columns.kind, records);
    parameterKeys(records, entry.keyed);
    for (const record of records) {
      for (const h of Object.keys(record.extra ?? {}))
        if (!entry.extraSeen.has(h)) {
          entry.extraSeen.add(h);
          entry.extra.push(h);
        }
      entry.records.write(encodeRecord(record) + '\n');
      entry.dashboard.push(this.interner.deep(dashboardRecord(columns.kind, record)));
      entry.kept?.push(record);
    }
  }

  /** A kind's records as they were given, read back from the spool. */
  private *recordsOf(k: KindSpools): Generator<OutputRecord> {
    for (const line of k.records.lines()) if (line) yield decodeRecord(line);
  }

  addFindings(findings: readonly Finding[]): void {
    if (!findings.length) return;
    this.workbook.addFindings(findings);
    for (const f of findings)
      this.findingsJson.write((this.findingsJson.pieces ? ',\n' : '') + findingJsonItem(f, '  '));
    this.findingsCsv.write((this.findingsCsv.pieces ? '\r\n' : '') + findingsCsvLines(findings, this.csv));
  }

  /** Each kind's columns, as KindOutput has them, with the records kept for the dashboard (and --previous). */
  kindRecords(which: 'dashboard' | 'kept'): Pick<KindOutput, 'kind' | 'records' | 'fields' | 'derived' | 'extra'>[] {
    return this.ordered().map((k) => ({
      ...this.columnsOf(k),
      records: (which === 'kept' ? k.kept : k.dashboard) ?? [],
    }));
  }

  /** Writes every output; returns their paths in the order they were written. */
  async finish(
    report: Report,
    tables: readonly Pick<KindOutput, 'kind' | 'tables' | 'names'>[],
    meta: XlsxMeta,
    more: { dashboard: () => string; changes?: string },
  ): Promise<string[]> {
    const paths: string[] = [];
    const write = async (name: string, data: string | Iterable<string>) => {
      const path = outputPath(this.out, name);
      await writeAtomic(path, data);
      paths.push(path);
    };
    const { findings: _, ...head } = report;
    const json = this.findingsJson;
    await write(
      'findings.json',
      concat(reportJsonHead(head), json.pieces ? '[\n' : '[]', json.text(), json.pieces ? '\n  ]' : '', '\n}\n'),
    );
    const csv = this.findingsCsv;
    await write('findings.csv', concat('\uFEFF', findingsCsvHeader(this.csv), csv.text(), '\r\n'));
    await write(
      'tables.json',
      JSON.stringify(Object.fromEntries(tables.map((k) => [k.kind, k.tables])), null, 2) + '\n',
    );
    await write(RECORDS_FILE, this.recordsJson(meta));
    const xlsx = outputPath(this.out, 'consolidated.xlsx');
    await writeAtomicWith(xlsx, async (tmp) => {
      this.workbook.useNames(tables);
      for (const k of this.ordered()) this.workbook.writeRecords(this.columnsOf(k), this.recordsOf(k));
      this.workbook.finish(tables, report, meta, tmp);
    });
    paths.push(xlsx);
    await write('dashboard.html', more.dashboard());
    if (more.changes) await write('changes.json', more.changes);
    if (this.options.csv) paths.push(...(await this.writeCsvExports(tables)));
    this.discard();
    return paths;
  }

  private *recordsJson(meta: XlsxMeta): Generator<string> {
    const open = (value: object) => {
      const text = JSON.stringify(value);
      return text.slice(0, text.length - 2); // without the closing "]}" of its last, empty, list
    };
    yield open({ format: 'psea-records/1', version: meta.version, date: meta.date, kinds: [] });
    let first = true;
    for (const k of this.ordered()) {
      const { kind, fields, derived, extra } = this.columnsOf(k);
      yield (first ? '' : ',') + open({ kind, fields, derived, extra, records: [] });
      // Each spooled line is already the record's JSON but for its tagged dates: no parse, no stringify, and the
      // lines go out a megabyte at a time, not one write each.
      let chunk: string[] = [];
      let length = 0;
      let comma = '';
      for (const line of k.records.lines()) {
        if (!line) continue;
        const json = recordJson(line);
        chunk.push(json);
        length += json.length;
        if (length < 1 << 20) continue;
        yield comma + chunk.join(',');
        comma = ',';
        chunk = [];
        length = 0;
      }
      yield (chunk.length ? comma + chunk.join(',') : '') + ']}';
      first = false;
    }
    yield ']}\n';
  }

  /** --csv: records-KIND.csv and table-….csv of each kind, named safely inside --out; their paths. */
  async writeCsvExports(tables: readonly { kind: string; tables: unknown }[]): Promise<string[]> {
    const written: string[] = [];
    const taken = new Set<string>();
    for (const k of this.ordered()) {
      const columns = this.columnsOf(k);
      const header = recordHeader(columns);
      const defs = kindById(k.columns.kind)?.def.fields ?? [];
      const tags = this.options.hxl ? header.map((h) => recordColumnTag(h, defs)) : undefined;
      const path = outputPath(this.out, csvFileName('records', k.columns.kind, taken));
      const rows = map(this.recordsOf(k), (r) => recordRow(columns, r));
      await writeAtomic(path, recordsCsvChunks(header, tags, rows, this.csv));
      written.push(path);
      const kindTables = tables.find((t) => t.kind === k.columns.kind)?.tables;
      for (const table of flattenKindTables(k.columns.kind, kindTables)) {
        const tablePath = outputPath(this.out, csvFileName('table', table.name, taken));
        const tableTags = this.options.hxl ? table.header.map(tableColumnTag) : undefined;
        await writeAtomic(tablePath, csvText(table.header, table.rows, tableTags, this.csv));
        written.push(tablePath);
      }
    }
    return written;
  }

  /** Removes every spool (after finish, or when nothing is to be written). */
  discard(): void {
    this.workbook.discard();
    this.findingsJson.discard();
    this.findingsCsv.discard();
    for (const k of this.kinds.values()) k.records.discard();
    rmSync(this.xlsxTmp, { force: true });
  }
}

function* map<T, U>(items: Iterable<T>, f: (item: T) => U): Generator<U> {
  for (const item of items) yield f(item);
}

function* concat(...parts: (string | Iterable<string>)[]): Generator<string> {
  for (const part of parts) {
    if (typeof part === 'string') yield part;
    else yield* part;
  }
}
