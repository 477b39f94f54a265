/** Turns table records into typed workplan rows; what had to be read generously goes to the sheet's readings. */
import type { CellValue, SourceRef } from '../core/types.js';
import type { TableRecord } from '../core/table.js';
import { readEnum, type EnumReading } from '../core/read-enum.js';
import type { SheetReadings } from '../core/readings.js';
import { parseDate, type DayMonthOrder, type ParsedDate } from '../core/dates.js';
import { splitUnits } from '../core/split-codes.js';
import { cellText, isBlank } from '../core/text.js';
import type { AgencyDirectory, AgencyMatch } from '../mapping/agencies.js';
import { AREA } from '../mapping/areas.js';
import { TASK_STATUS, type TaskStatus } from './values.js';

export interface TaskRow {
  source: SourceRef;
  record: TableRecord;
  task: string;
  area?: string;
  orgsText: string;
  /** Each organisation named (split on , ; / and/et/y) and what the directory makes of it. */
  orgs: { token: string; match: AgencyMatch }[];
  startRaw: CellValue;
  start?: ParsedDate;
  dueRaw: CellValue;
  due?: ParsedDate;
  status?: TaskStatus;
  /** The enumerated cells as read, for the rules on values that are not in the list. */
  enums: { area?: EnumReading; status?: EnumReading };
}

export function toTaskRows(
  records: readonly TableRecord[],
  orgs: AgencyDirectory,
  readings: SheetReadings,
  order?: DayMonthOrder,
): TaskRow[] {
  return records.map((record) => {
    const v = (field: string) => cellText(record.values[field]);
    const row = record.source.row;
    const enums = {
      area: readEnum<string>(AREA, v('area'), { row, field: 'area' }, readings),
      status: readEnum<TaskStatus>(TASK_STATUS, v('status'), { row, field: 'status' }, readings),
    };
    const orgsText = v('responsible_orgs');
    const named = splitUnits(orgsText, (t) => orgs.lookup(t).kind === 'known').map((token) => ({
      token,
      match: orgs.lookup(token),
    }));
    for (const { token, match } of named)
      if (match.kind === 'known' && !match.exact)
        readings.normalised.push({ row, field: 'responsible_orgs', text: token, canonical: match.agency.acronym });
    const date = (field: 'start' | 'due') => {
      const parsed = parseDate(record.values[field], order);
      if (!isBlank(record.values[field]))
        readings.dates.push({ row, field, text: v(field), ...(parsed ? { date: parsed } : {}) });
      return parsed;
    };
    return {
      source: record.source,
      record,
      task: v('task'),
      area: enums.area?.value,
      orgsText,
      orgs: named,
      startRaw: record.values.start ?? null,
      start: date('start'),
      dueRaw: record.values.due ?? null,
      due: date('due'),
      status: enums.status?.value as TaskStatus | undefined,
      enums,
    };
  });
}
