/** A PSEA network's focal-point list as a template kind: read, validate, count (no contact reaches the dashboard). */
import type { CellValue } from '../core/types.js';
import type { OutputRecord, SheetAnalysis, TemplateKind } from '../core/kind.js';
import { runRules, tablePlace } from '../core/emit.js';
import { inferDayMonthOrder } from '../core/dates.js';
import { INTER_AGENCY_SETTINGS } from '../inter-agency/settings.js';
import { vocabulary } from '../inter-agency/vocabulary.js';
import { FOCAL_POINTS } from './fields.js';
import { toFocalPointRows } from './rows.js';
import { computeFocalPointTables, type FocalPointState } from './tables.js';
import { BATCH_RULES, FOCAL_POINT_RULES, SHEET_RULES } from './rules/index.js';

export const FOCAL_POINT_DERIVED = ['agency_name', 'trained_date', 'appointed_date'] as const;

export const focalPointsKind: TemplateKind = {
  def: FOCAL_POINTS,
  rules: FOCAL_POINT_RULES,
  settings: INTER_AGENCY_SETTINGS,
  derivedFields: FOCAL_POINT_DERIVED,

  analyseSheet(table, workbook, readings): SheetAnalysis {
    const order = inferDayMonthOrder(
      table.records.flatMap((r) => [r.values.trained_on ?? null, r.values.appointed_on ?? null]),
    );
    const rows = toFocalPointRows(table.records, vocabulary(workbook.settings), readings, order);
    const findings = runRules(SHEET_RULES, { table, rows }, tablePlace(table), workbook.rendering);
    const records: OutputRecord[] = rows.map((row) => {
      const values: Record<string, CellValue> = { ...row.record.values };
      if (row.agency) values.agency = row.agency;
      const date = (field: string) => row.dates.find((d) => d.field === field)?.date?.iso ?? null;
      const match = row.agencyMatch;
      return {
        source: row.source,
        values,
        derived: {
          agency_name: match?.kind === 'known' ? match.agency.name || null : null,
          trained_date: date('trained_on'),
          appointed_date: date('appointed_on'),
        },
      };
    });
    const state: FocalPointState = { rows };
    return { kind: FOCAL_POINTS.kind, table, findings, records, state };
  },

  consolidate(sheets, options, rendering = { lang: options.lang }) {
    const findings = runRules(BATCH_RULES, { sheets }, { file: '' }, rendering);
    return { findings, tables: computeFocalPointTables(sheets) };
  },
};
