/** The management-response matrix as a template kind: read, validate, enrich, tabulate. */
import type { CellValue } from '../core/types.js';
import type { OutputRecord, SheetAnalysis, TemplateKind } from '../core/kind.js';
import { runRules, tablePlace } from '../core/emit.js';
import { MATRIX } from './fields.js';
import { toMatrixRows, type MatrixRow } from './rows.js';
import { groupRecommendations, type Recommendation } from './recommendations.js';
import { MATRIX_SETTINGS } from './settings.js';
import { UnitDirectory } from './units.js';
import { CriterionIndex } from './criteria.js';
import { linksByRec } from './links.js';
import { computeTables, pillarOf, type SettledRecommendation } from './tables.js';
import type { MatrixContext } from './rules/context.js';
import { MANAGEMENT_RESPONSE_RULES, SHEET_RULES, WORKBOOK_RULES } from './rules/index.js';

export const MATRIX_DERIVED = [
  'pillar_name',
  'criterion_name',
  'response_rollup',
  'responsible_unit_names',
  'support_unit_names',
] as const;

interface MatrixState {
  recs: SettledRecommendation[];
}

function canonicalValues(row: MatrixRow): Record<string, CellValue> {
  const values: Record<string, CellValue> = { ...row.record.values };
  if (row.recNo !== undefined) values.rec_no = row.recNo;
  values.point = row.point || null;
  if (row.pillar !== undefined) values.pillar = row.pillar;
  if (row.response !== undefined) values.response = row.response;
  if (row.statusT2 !== undefined) values.status_t2 = row.statusT2;
  if (row.statusT3 !== undefined) values.status_t3 = row.statusT3;
  return values;
}

function enrich(
  row: MatrixRow,
  rec: Recommendation | undefined,
  ctx: Pick<MatrixContext, 'settings' | 'units' | 'criteria'>,
): Record<string, CellValue> {
  const pillarNumber = rec ? pillarOf(rec, ctx.settings) : row.pillar;
  return {
    pillar_name: ctx.settings.pillars.find((p) => p.number === pillarNumber)?.name ?? null,
    criterion_name: ctx.criteria.digit(row.criterionRef)?.name ?? null,
    response_rollup: rec?.response ?? null,
    responsible_unit_names: row.responsibleText ? ctx.units.names(row.responsibleText) : null,
    support_unit_names: row.supportText ? ctx.units.names(row.supportText) : null,
  };
}

export const matrixKind: TemplateKind = {
  def: MATRIX,
  rules: MANAGEMENT_RESPONSE_RULES,
  settings: MATRIX_SETTINGS,
  derivedFields: MATRIX_DERIVED,

  analyseSheet(table, workbook, readings): SheetAnalysis {
    const settings = workbook.settings.get(MATRIX_SETTINGS);
    const units = new UnitDirectory(settings);
    const rows = toMatrixRows(table.records, settings, units, readings);
    const recs = groupRecommendations(rows);
    const criteria = new CriterionIndex(settings);
    const ctx: MatrixContext = { table, rows, recs, settings, units, criteria, links: linksByRec(recs) };
    const findings = runRules(SHEET_RULES, ctx, tablePlace(table), workbook.rendering);
    const byNumber = new Map(recs.map((r) => [r.recNo, r]));
    const records: OutputRecord[] = rows.map((row) => ({
      source: row.source,
      values: canonicalValues(row),
      derived: enrich(row, row.recNo === undefined ? undefined : byNumber.get(row.recNo), ctx),
    }));
    const state: MatrixState = { recs: recs.map((rec) => ({ rec, settings })) };
    return { kind: MATRIX.kind, table, findings, records, state };
  },

  checkWorkbook(sheets, workbook) {
    const settled = sheets.flatMap((s) => (s.state as MatrixState).recs);
    if (!settled.length) return [];
    const ctx = {
      recs: settled.map((s) => s.rec),
      acceptance: computeTables(settled).acceptance,
      otherSheets: workbook.otherSheets,
    };
    return runRules(WORKBOOK_RULES, ctx, { file: workbook.file, sheet: '' }, workbook.rendering);
  },

  consolidate(sheets) {
    return { findings: [], tables: computeTables(sheets.flatMap((s) => (s.state as MatrixState).recs)) };
  },
};
