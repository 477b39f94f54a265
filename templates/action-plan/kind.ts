/** The inter-agency PSEA workplan as a template kind: read, validate, enrich, tabulate. */
import type { CellValue } from '../core/types.js';
import type { OutputRecord, SheetAnalysis, TemplateKind } from '../core/kind.js';
import { runRules, tablePlace } from '../core/emit.js';
import { inferDayMonthOrder } from '../core/dates.js';
import { MAPPING_SETTINGS } from '../mapping/settings.js';
import { ACTION_PLAN } from './fields.js';
import { orgDirectory } from './orgs.js';
import { toTaskRows, type TaskRow } from './rows.js';
import { computeActionPlanTables, isOverdue, type TaskState } from './tables.js';
import { ACTION_PLAN_RULES, SHEET_RULES } from './rules/index.js';

export const ACTION_PLAN_DERIVED = ['start_date', 'due_date', 'overdue'] as const;

function canonicalValues(row: TaskRow): Record<string, CellValue> {
  const values: Record<string, CellValue> = { ...row.record.values };
  if (row.area) values.area = row.area;
  if (row.status) values.status = row.status;
  return values;
}

export const actionPlanKind: TemplateKind = {
  def: ACTION_PLAN,
  rules: ACTION_PLAN_RULES,
  // The organisations a task names are the mapping's agencies (and the coordination bodies).
  settings: MAPPING_SETTINGS,
  derivedFields: ACTION_PLAN_DERIVED,

  analyseSheet(table, workbook, readings): SheetAnalysis {
    const { asOf } = workbook.options;
    // A date that can only be read one way (31/03/2021) settles the order for the sheet's other dates.
    const order = inferDayMonthOrder(table.records.flatMap((r) => [r.values.start ?? null, r.values.due ?? null]));
    const orgs = orgDirectory(workbook.settings.get(MAPPING_SETTINGS).agencies);
    const rows = toTaskRows(table.records, orgs, readings, order);
    const findings = runRules(SHEET_RULES, { table, rows, asOf }, tablePlace(table), workbook.rendering);
    const records: OutputRecord[] = rows.map((row) => ({
      source: row.source,
      values: canonicalValues(row),
      derived: {
        start_date: row.start?.iso ?? null,
        due_date: row.due?.iso ?? null,
        overdue: isOverdue(row, asOf) ? 'yes' : null,
      },
    }));
    const state: TaskState = { rows };
    return { kind: ACTION_PLAN.kind, table, findings, records, state };
  },

  consolidate(sheets, options) {
    return { findings: [], tables: computeActionPlanTables(sheets, options.asOf) };
  },
};
