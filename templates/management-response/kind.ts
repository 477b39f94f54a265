/** The management-response matrix as a template kind: read, validate, enrich, tabulate. */
import type { CellValue } from '../core/types.js';
import type { OutputRecord, SheetAnalysis, TemplateKind } from '../core/kind.js';
import { runRules, tablePlace } from '../core/emit.js';
import { MATRIX } from './fields.js';
import { MATRIX_SETTINGS } from './settings.js';
import { acceptanceOf, tablesOfCounted } from './tables/index.js';
import { batchMatrixState, countedOf, type MatrixState } from './tables/batch-state.js';
import { namesOfCounted } from './tables/names.js';
import { evidenceOf } from './evaluation/effective.js';
import { MANAGEMENT_RESPONSE_RULES, SHEET_RULES, WORKBOOK_RULES } from './rules/index.js';
import { readSheet } from './read-sheet.js';
import { enricher, MATRIX_DERIVED } from './enrich.js';
import type { MatrixRow } from './rows.js';
import { settingsTemplate } from './settings-template.js';

export { MATRIX_DERIVED };

export const matrixKind: TemplateKind = {
  def: MATRIX,
  rules: MANAGEMENT_RESPONSE_RULES,
  settings: MATRIX_SETTINGS,
  derivedFields: MATRIX_DERIVED,
  settingsTemplate,

  analyseSheet(table, workbook, readings): SheetAnalysis {
    const ctx = readSheet(table, workbook, readings);
    const findings = runRules(SHEET_RULES, ctx, tablePlace(table), workbook.rendering);
    const evaluation = ctx.settings.evaluation?.id ?? fileName(table.file);
    const derive = enricher(ctx, evaluation);
    const records: OutputRecord[] = ctx.rows.map((row) => ({
      source: row.source,
      values: canonicalValues(row),
      derived: derive(row),
    }));
    const roundKeys = ctx.rounds.map((r) => r.key);
    const tracked = ctx.rounds.some((r) => r.status);
    const state: MatrixState = {
      recs: ctx.recs.map((rec) => ({
        rec,
        settings: ctx.settings,
        evaluation,
        rounds: roundKeys,
        keyActions: [...(ctx.actionsByRec.get(rec.recNo) ?? [])],
        tracked,
        place: {
          file: table.file,
          sheet: table.sheet,
          firstColumn: table.firstColumn,
          header: { fieldColumns: table.header.fieldColumns },
        },
      })),
    };
    return { kind: MATRIX.kind, table, findings, records, state };
  },

  checkWorkbook(sheets, workbook) {
    const settled = sheets.flatMap((s) => (s.state as MatrixState).recs);
    if (!settled.length) return [];
    const recs = settled.map((s) => s.rec);
    const ctx = {
      recs,
      settled,
      acceptance: acceptanceOf(recs),
      otherSheets: workbook.otherSheets,
      evidence: evidenceOf(workbook.otherSheets),
    };
    return runRules(WORKBOOK_RULES, ctx, { file: workbook.file, sheet: '' }, workbook.rendering);
  },

  batchState: (state, options) => batchMatrixState(state as MatrixState, options.asOf),

  consolidate(sheets, options) {
    const counted = sheets.flatMap((s) => countedOf(s.state as MatrixState, options.asOf));
    return { findings: [], tables: tablesOfCounted(counted), names: namesOfCounted(counted) };
  },
};

/** The file's own name, without its folders: the evaluation of a file that declares none. */
function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

function canonicalValues(row: MatrixRow): Record<string, CellValue> {
  const values: Record<string, CellValue> = { ...row.record.values };
  if (row.recNo !== undefined) values.rec_no = row.recNo;
  values.point = row.point || null;
  if (row.pillar !== undefined) values.pillar = row.pillar;
  if (row.response !== undefined) values.response = row.response;
  for (const cell of row.rounds) if (cell.status?.value && cell.statusAt) values[cell.statusAt.key] = cell.status.value;
  if (row.recStatus !== undefined) values.rec_status = row.recStatus;
  return values;
}
