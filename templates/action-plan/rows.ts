/** Turns table records into typed workplan rows. */
import type { CellValue, SourceRef } from '../core/types.js';
import type { TableRecord } from '../core/table.js';
import type { Reporter } from '../core/report.js';
import { readEnum, type EnumRules } from '../core/read-enum.js';
import { parseDate, type DayMonthOrder, type ParsedDate } from '../core/dates.js';
import { cellText } from '../core/text.js';
import { AREA } from '../mapping/areas.js';
import { TASK_STATUS, type TaskStatus } from './values.js';

export interface TaskRow {
  source: SourceRef;
  record: TableRecord;
  task: string;
  area?: string;
  orgsText: string;
  startRaw: CellValue;
  start?: ParsedDate;
  dueRaw: CellValue;
  due?: ParsedDate;
  status?: TaskStatus;
}

const RULES = (invalid: string): EnumRules => ({ invalid, normalised: 'action-plan.value-normalised' });

export function toTaskRows(records: readonly TableRecord[], report: Reporter, order?: DayMonthOrder): TaskRow[] {
  return records.map((record) => {
    const v = (field: string) => cellText(record.values[field]);
    const row = record.source.row;
    return {
      source: record.source,
      record,
      task: v('task'),
      area: readEnum<string>(AREA, v('area'), 'area', row, report, RULES('action-plan.area-value')),
      orgsText: v('responsible_orgs'),
      startRaw: record.values.start ?? null,
      start: parseDate(record.values.start, order),
      dueRaw: record.values.due ?? null,
      due: parseDate(record.values.due, order),
      status: readEnum<TaskStatus>(TASK_STATUS, v('status'), 'status', row, report, RULES('action-plan.status-value')),
    };
  });
}
