/**
 * The two paths a workbook takes to the core, side by side: the CLI's readers (the fast reader and exceljs) on the
 * file's bytes, and the pane's real read path (addin/src/excel/read.ts + compute) on the fake Excel loaded from the
 * same bytes. What each path found, in one comparable shape.
 */
import { KINDS, analyseWorkbook, type Finding, type WorkbookAnalysis } from '../../templates/index.js';
import { parseInput } from '../../pipeline/read/index.js';
import { analyseGrids } from '../../addin/src/compute.js';
import { readWorkbook } from '../../addin/src/excel/read.js';
import { fakeHost, type FakeWorkbook } from '../addin/fake-excel.js';

export const OPTIONS = { lang: 'en' as const, asOf: '2026-11-23' };

export interface PathResult {
  findings: string[];
  records: string[];
}

/** A finding as both paths must agree on it: rule, place, params, value, suggestion (not the file's name). */
const findingKey = (f: Finding) =>
  JSON.stringify([f.rule, f.severity, f.sheet ?? '', f.cell ?? '', f.row ?? 0, f.field ?? '', f.params, f.value ?? '']);

function shape(analysis: WorkbookAnalysis, findings: readonly Finding[]): PathResult {
  return {
    findings: findings.map(findingKey).sort(),
    // A record as both paths must agree on it: values, extra columns and derived fields (a Gantt's periods).
    records: analysis.sheets
      .flatMap((s) =>
        s.records.map((r) => JSON.stringify([s.kind, r.source.sheet, r.source.row, r.values, r.extra, r.derived])),
      )
      .sort(),
  };
}

const allFindings = (a: WorkbookAnalysis) => [...a.sheets.flatMap((s) => s.findings), ...a.findings];

/** The CLI's default reader (the fast one, exceljs for the zips it leaves out). */
export async function cliPath(bytes: Buffer, name: string): Promise<PathResult> {
  const grid = await parseInput(bytes, name, name);
  const analysis = analyseWorkbook(grid, KINDS, OPTIONS);
  return shape(analysis, allFindings(analysis));
}

/** The CLI's reference reader, exceljs (PSEA_READER=exceljs). */
export async function exceljsPath(bytes: Buffer, name: string): Promise<PathResult> {
  const before = process.env.PSEA_READER;
  process.env.PSEA_READER = 'exceljs';
  try {
    const analysis = analyseWorkbook(await parseInput(bytes, name, name), KINDS, OPTIONS);
    return shape(analysis, allFindings(analysis));
  } finally {
    if (before === undefined) delete process.env.PSEA_READER;
    else process.env.PSEA_READER = before;
  }
}

/** The pane: the fake Excel opened on the file, read as the pane reads, analysed as the pane analyses. */
export async function panePath(excel: FakeWorkbook, name: string): Promise<PathResult> {
  const read = await readWorkbook(fakeHost(excel));
  const { analysis, findings } = analyseGrids(name, read.grids, {
    ...OPTIONS,
    date1904: read.date1904,
    notes: read.notes,
  });
  return shape(analysis, findings);
}
