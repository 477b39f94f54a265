/**
 * How the product reads each file of the management-response corpus (test/corpus/management-response), against its
 * manifest: records read, planted defects found, errors and warnings on correct files, and the tables it gives
 * (acceptance, each row's latest status, overdue rows, implementation rate). No settings, no profile: each
 * evaluation is read from its own sheets.
 */
import { join } from 'node:path';
import { KINDS, analyseWorkbook, type Finding } from '../../templates/index.js';
import { matrixKind } from '../../templates/management-response/kind.js';
import type { MatrixTables } from '../../templates/management-response/tables/index.js';
import { readInput } from '../../pipeline/read/index.js';
import type { ExpectedFile } from '../corpus/management-response/generate/model.js';

/** The manifest's status classes as the product names them. */
const CLASS: Readonly<Record<string, string>> = {
  not_started: 'not started',
  in_progress: 'in progress',
  completed: 'completed',
  no_longer_applicable: 'no longer applicable',
  unknown: 'unknown',
};

export interface FileFigures {
  file: string;
  organisation: string;
  language: string;
  tool: string;
  clean: boolean;
  records: number;
  expectedRecords: number;
  planted: number;
  found: number;
  missed: string[];
  /** Errors and warnings on a correct file, the layout.* rules of issue 12 included: false findings. */
  unexpected: Finding[];
  /** Errors and warnings of a defect file beyond the planted ones (see explainedExtra). */
  extra: Finding[];
  /** Errors and warnings of the layout.* rules (headers, issue 12), planted or not. */
  layout: Finding[];
  acceptance: Record<string, number>;
  statuses: Record<string, number>;
  overdueRows: Record<string, number>;
  /** Completed rows ÷ (rows with a status − no longer applicable), in per cent to one decimal. */
  rate?: number;
}

export async function fileFigures(dir: string, m: ExpectedFile): Promise<FileFigures> {
  const analysis = analyseWorkbook(await readInput(join(dir, m.file), m.file), KINDS, {
    lang: m.language,
    asOf: m.as_of,
  });
  const findings = [...analysis.sheets.flatMap((s) => s.findings), ...analysis.findings];
  const planted = (f: Finding) => m.defects.some((d) => d.rule === f.rule && d.sheet === f.sheet && d.row === f.row);
  const missed = m.defects
    .filter((d) => !findings.some((f) => f.rule === d.rule && f.sheet === d.sheet && f.row === d.row))
    .map((d) => `${d.rule} ${d.sheet}!${d.cell ?? d.row}`);
  const serious = findings.filter((f) => f.severity !== 'info');
  const sheets = analysis.sheets.filter((s) => s.kind === 'management-response');
  const records = sheets.flatMap((s) => s.records);
  const tables = sheets.length
    ? (matrixKind.consolidate(sheets, { lang: 'en', asOf: m.as_of }).tables as MatrixTables)
    : undefined;
  const acceptance: Record<string, number> = {};
  for (const e of Object.values(tables?.evaluations ?? {}))
    for (const [k, n] of Object.entries(e.acceptance)) if (k !== 'total') acceptance[k] = (acceptance[k] ?? 0) + n;
  const statuses: Record<string, number> = {};
  const overdueRows: Record<string, number> = {};
  for (const r of records) {
    const status = r.derived.latest_status;
    if (typeof status === 'string') statuses[status] = (statuses[status] ?? 0) + 1;
    if (typeof r.derived.days_overdue === 'number') overdueRows[String(r.source.row)] = Number(r.values.rec_no);
  }
  const live = Object.entries(statuses)
    .filter(([s]) => s !== 'no longer applicable')
    .reduce((n, [, c]) => n + c, 0);
  return {
    file: m.file,
    organisation: m.organisation,
    language: m.language,
    tool: m.tool,
    clean: m.clean,
    records: records.length,
    expectedRecords: m.summary.records,
    planted: m.defects.length,
    found: m.defects.length - missed.length,
    missed,
    unexpected: m.clean ? serious : [],
    extra: m.clean ? [] : serious.filter((f) => !planted(f)),
    layout: serious.filter((f) => f.rule.startsWith('layout.')),
    acceptance,
    statuses,
    overdueRows,
    ...(live ? { rate: Math.round(((statuses.completed ?? 0) / live) * 1000) / 10 } : {}),
  };
}

/** The manifest's tables in the product's terms. */
export function expectedTables(m: ExpectedFile) {
  const statuses = Object.fromEntries(Object.entries(m.tables.statuses_latest ?? {}).map(([k, n]) => [CLASS[k], n]));
  return {
    acceptance: m.tables.acceptance,
    statuses,
    overdueRows: m.tables.overdue_rows_to_rec ?? {},
    rate: m.tables.implementation_rate_percent?.rows,
  };
}

/** One Markdown line per file: what the report quotes. */
export function figuresTable(all: readonly FileFigures[]): string {
  const head =
    '| file | org | lang | tool | records | planted found | false errors+warnings (clean) | other findings ' +
    '(defect files) | layout.* | acceptance A/P/N | rows with a status | overdue rows |\n' +
    '|---|---|---|---|---|---|---|---|---|---|---|---|';
  const line = (f: FileFigures) =>
    `| ${f.file} | ${f.organisation} | ${f.language} | ${f.tool} | ${f.records}/${f.expectedRecords} ` +
    `| ${f.clean ? '–' : `${f.found}/${f.planted}`} | ${f.clean ? f.unexpected.length : '–'} ` +
    `| ${f.clean ? '–' : f.extra.length} | ${f.layout.length} ` +
    `| ${Object.values(f.acceptance).join('/')} | ${Object.values(f.statuses).reduce((a, b) => a + b, 0)} ` +
    `| ${Object.keys(f.overdueRows).length} |`;
  return [head, ...all.map(line)].join('\n');
}

/**
 * A finding beyond the planted ones that the manifest explains: a declared acceptance table that disagrees on two
 * of its rows (one recommendation counted in the wrong category) is planted once, on its first row, and reported on
 * each row where the declared and computed counts differ.
 */
export function explainedExtra(m: ExpectedFile, f: Finding): boolean {
  if (f.rule !== 'management-response.declared-table') return false;
  const category = String(f.params.category);
  return m.declared.some(
    (d) =>
      d.kind === 'acceptance' &&
      d.sheet === f.sheet &&
      f.row !== undefined &&
      d.rows.includes(f.row) &&
      d.declared[category] !== undefined &&
      d.declared[category] !== d.computed[category],
  );
}
