/** The management-response matrix as a template kind: read, validate, enrich, tabulate. */
import type { CellValue, Finding } from '../core/types.js';
import type { OutputRecord, SheetAnalysis, TemplateKind } from '../core/kind.js';
import { tableReporter } from '../core/report.js';
import { MATRIX } from './fields.js';
import { MATRIX_MESSAGES } from './messages.js';
import { toMatrixRows, type MatrixRow } from './rows.js';
import { groupRecommendations, type Recommendation } from './recommendations.js';
import { settingsFor } from './resolve-settings.js';
import { settingsOverrideSchema } from './settings.js';
import { UnitDirectory } from './units.js';
import { computeTables, pillarOf, type SettledRecommendation } from './tables.js';
import { checkDeclaredTables } from './declared.js';
import { criterionByDigit } from './rules/criterion.js';
import type { MatrixContext, MatrixRule } from './rules/context.js';
import { checkColumns } from './rules/columns.js';
import { checkNumbering } from './rules/numbering.js';
import { checkPillars } from './rules/pillar.js';
import { checkCriteria } from './rules/criterion.js';
import { checkResponses } from './rules/response.js';
import { checkUnits } from './rules/units.js';
import { checkLinks } from './rules/links.js';
import { checkStatuses } from './rules/status.js';

/** Every rule runs; none stops another. */
export const MATRIX_RULES: readonly MatrixRule[] = [
  checkColumns,
  checkNumbering,
  checkPillars,
  checkCriteria,
  checkResponses,
  checkUnits,
  checkLinks,
  checkStatuses,
];

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
  ctx: Pick<MatrixContext, 'settings' | 'units'>,
): Record<string, CellValue> {
  const pillarNumber = rec ? pillarOf(rec, ctx.settings) : row.pillar;
  return {
    pillar_name: ctx.settings.pillars.find((p) => p.number === pillarNumber)?.name ?? null,
    criterion_name: criterionByDigit(ctx.settings, row.criterionRef)?.name ?? null,
    response_rollup: rec?.response ?? null,
    responsible_unit_names: row.responsibleText ? ctx.units.names(row.responsibleText) : null,
    support_unit_names: row.supportText ? ctx.units.names(row.supportText) : null,
  };
}

export const matrixKind: TemplateKind = {
  def: MATRIX,
  messages: MATRIX_MESSAGES,
  derivedFields: MATRIX_DERIVED,
  settingsSchema: settingsOverrideSchema,

  analyseSheet(table, workbook): SheetAnalysis {
    const { settings } = settingsFor(workbook);
    const units = new UnitDirectory(settings);
    const report = tableReporter(MATRIX_MESSAGES, workbook.options.lang, table);
    const rows = toMatrixRows(table.records, settings, report);
    const recs = groupRecommendations(rows);
    const ctx: MatrixContext = { table, rows, recs, settings, units, report };
    for (const rule of MATRIX_RULES) rule(ctx);
    const byNumber = new Map(recs.map((r) => [r.recNo, r]));
    const records: OutputRecord[] = rows.map((row) => ({
      source: row.source,
      values: canonicalValues(row),
      derived: enrich(row, row.recNo === undefined ? undefined : byNumber.get(row.recNo), ctx),
    }));
    const state: MatrixState = { recs: recs.map((rec) => ({ rec, settings })) };
    return { kind: MATRIX.kind, table, findings: report.findings, records, state };
  },

  checkWorkbook(sheets, workbook): Finding[] {
    const settled = sheets.flatMap((s) => (s.state as MatrixState).recs);
    const findings = [...settingsFor(workbook).findings];
    if (settled.length)
      findings.push(
        ...checkDeclaredTables(
          settled.map((s) => s.rec),
          computeTables(settled).acceptance,
          workbook,
        ),
      );
    return findings;
  },

  consolidate(sheets) {
    return { findings: [], tables: computeTables(sheets.flatMap((s) => (s.state as MatrixState).recs)) };
  },
};
