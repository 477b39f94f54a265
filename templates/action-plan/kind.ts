/** The inter-agency PSEA workplan as a template kind: read, validate, enrich, tabulate. */
import type { CellValue } from '../core/types.js';
import type { OutputRecord, SheetAnalysis, TemplateKind } from '../core/kind.js';
import { runRules, tablePlace } from '../core/emit.js';
import { inferDayMonthOrder } from '../core/dates.js';
import { a1 } from '../core/text.js';
import { INTER_AGENCY_SETTINGS } from '../inter-agency/settings.js';
import { vocabulary } from '../inter-agency/vocabulary.js';
import { ACTION_PLAN } from './fields.js';
import { toTaskRow, type TaskRow } from './rows.js';
import { readTimeline } from './timeline.js';
import { sheetYear } from './year.js';
import { computeActionPlanTables, isOverdue, type TaskState } from './tables.js';
import { ACTION_PLAN_RULES, SHEET_RULES } from './rules/index.js';

export const ACTION_PLAN_DERIVED = ['start_date', 'due_date', 'overdue', 'periods', 'section'] as const;

function canonicalValues(row: TaskRow): Record<string, CellValue> {
  const values: Record<string, CellValue> = { ...row.record.values };
  if (row.area) values.area = row.area;
  if (row.status) values.status = row.status;
  return values;
}

export const actionPlanKind: TemplateKind = {
  def: ACTION_PLAN,
  rules: ACTION_PLAN_RULES,
  // The organisations a task names are the inter-agency vocabulary's agencies and coordination bodies.
  settings: INTER_AGENCY_SETTINGS,
  derivedFields: ACTION_PLAN_DERIVED,

  analyseSheet(table, workbook, readings): SheetAnalysis {
    const { asOf } = workbook.options;
    const columns = table.header.fieldColumns;
    // A date that can only be read one way (31/03/2021) settles the order for the sheet's other dates.
    const order = inferDayMonthOrder(
      table.records.flatMap((r) => [r.values.start ?? null, r.values.due ?? null, r.values.timeline ?? null]),
    );
    const stated = table.records.flatMap((r) => {
      const timeline = readTimeline(r.values.timeline ?? null, order);
      const column = columns.timeline;
      if (!timeline || column === undefined || typeof r.values.timeline !== 'string') return [];
      return [{ row: r.source.row, cell: a1(table.firstColumn - 1 + column, r.source.row), years: timeline.years }];
    });
    const year = sheetYear(table, stated, asOf);
    const context = {
      orgs: vocabulary(workbook.settings).orgs,
      readings,
      order,
      year: year.year,
      above: table.above,
      firstColumn: table.firstColumn,
      hasStart: 'start' in columns,
      hasStatus: 'status' in columns,
      taskColumn: columns.task,
    };
    const rows = table.records.map((record) => toTaskRow(record, context));
    const findings = runRules(SHEET_RULES, { table, rows, asOf, year }, tablePlace(table), workbook.rendering);
    const records: OutputRecord[] = rows.map((row) => ({
      source: row.source,
      values: canonicalValues(row),
      derived: {
        start_date: row.start?.iso ?? null,
        due_date: row.due?.iso ?? null,
        overdue: isOverdue(row, asOf) ? 'yes' : null,
        periods: row.periods.length ? row.periods.join(', ') : null,
        // The section row the area came from, when it did.
        section: row.sectionArea ? (row.record.section?.text ?? null) : null,
      },
    }));
    const state: TaskState = { rows };
    return { kind: ACTION_PLAN.kind, table, findings, records, state };
  },

  consolidate(sheets, options) {
    return { findings: [], tables: computeActionPlanTables(sheets, options.asOf) };
  },
};
