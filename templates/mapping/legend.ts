/**
 * The codes a checklist uses for its statuses ("A = In place, B = partially, C = not in place"): from the legend
 * lines under the table, then the settings (`status code | A | In place`). Codes are matched in any case.
 */
import type { ParsedTable } from '../core/table.js';
import { legendEntry } from '../core/legend.js';
import { matchEnum } from '../core/schema.js';
import { STATUS, type MappingStatus } from '../inter-agency/status.js';
import type { StatusCode } from '../inter-agency/settings.js';

export type StatusLegend = ReadonlyMap<string, StatusCode>;

export function statusLegend(table: ParsedTable, declared: readonly StatusCode[]): StatusLegend {
  const codes = new Map<string, StatusCode>();
  for (const row of table.setAside) {
    if (row.reason !== 'legend') continue;
    const entry = legendEntry(row.text);
    const status = entry && matchEnum(STATUS, entry.meaning)?.value;
    if (entry && status) codes.set(entry.code.toUpperCase(), { code: entry.code, status: status as MappingStatus });
  }
  for (const code of declared) if (!codes.has(code.code.toUpperCase())) codes.set(code.code.toUpperCase(), code);
  return codes;
}
