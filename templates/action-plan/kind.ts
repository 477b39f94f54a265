/** The inter-agency PSEA workplan as a template kind: read, validate, enrich, tabulate. */
import type { CellValue } from '../core/types.js';
import type { OutputRecord, SheetAnalysis, TemplateKind } from '../core/kind.js';
import { tableReporter } from '../core/report.js';
import { inferDayMonthOrder } from '../core/dates.js';
import { ACTION_PLAN } from './fields.js';
import { ACTION_PLAN_MESSAGES } from './messages.js';
import { orgDirectory } from './orgs.js';
import { toTaskRows, type TaskRow } from './rows.js';
import { computeActionPlanTables, isOverdue, type TaskState } from './tables.js';
import type { TaskRule } from './rules/context.js';
import { checkColumns } from './rules/columns.js';
import { checkOrgs } from './rules/orgs.js';
import { checkDates } from './rules/dates.js';
import { checkOverdue } from './rules/overdue.js';

export const ACTION_PLAN_RULES: readonly TaskRule[] = [checkColumns, checkOrgs, checkDates, checkOverdue];

export const ACTION_PLAN_DERIVED = ['start_date', 'due_date', 'overdue'] as const;

function canonicalValues(row: TaskRow): Record<string, CellValue> {
  const values: Record<string, CellValue> = { ...row.record.values };
  if (row.area) values.area = row.area;
  if (row.status) values.status = row.status;
  return values;
}

export const actionPlanKind: TemplateKind = {
  def: ACTION_PLAN,
  messages: ACTION_PLAN_MESSAGES,
  derivedFields: ACTION_PLAN_DERIVED,

  analyseSheet(table, workbook): SheetAnalysis {
    const { lang, asOf } = workbook.options;
    const report = tableReporter(ACTION_PLAN_MESSAGES, lang, table);
    // A date that can only be read one way (31/03/2021) settles the order for the sheet's other dates.
    const order = inferDayMonthOrder(table.records.flatMap((r) => [r.values.start ?? null, r.values.due ?? null]));
    const rows = toTaskRows(table.records, report, order);
    for (const rule of ACTION_PLAN_RULES) rule({ table, rows, orgs: orgDirectory(workbook), asOf, report });
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
    return { kind: ACTION_PLAN.kind, table, findings: report.findings, records, state };
  },

  consolidate(sheets, options) {
    return { findings: [], tables: computeActionPlanTables(sheets, options.asOf) };
  },
};
