/** Turns table records into focal-point rows: the agency read, the e-mail addresses, the dates. */
import type { CellValue, SourceRef } from '../core/types.js';
import type { TableRecord } from '../core/table.js';
import type { SheetReadings } from '../core/readings.js';
import { parseDate, type DayMonthOrder, type ParsedDate } from '../core/dates.js';
import { cellText, isBlank } from '../core/text.js';
import type { AgencyMatch } from '../inter-agency/agencies.js';
import type { Vocabulary } from '../inter-agency/vocabulary.js';

export interface FocalPointRow {
  source: SourceRef;
  record: TableRecord;
  agencyText: string;
  agencyMatch?: AgencyMatch;
  /** The acronym when known (a typo counts under the agency it suggests), else as typed. */
  agency: string;
  name: string;
  emails: string[];
  phone: string;
  dates: { field: 'trained_on' | 'appointed_on'; raw: CellValue; date?: ParsedDate }[];
}

/** name@domain.tld: what an e-mail address needs to reach someone. */
export const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[A-Za-z]{2,}$/;

export function toFocalPointRows(
  records: readonly TableRecord[],
  vocabulary: Vocabulary,
  readings: SheetReadings,
  order?: DayMonthOrder,
): FocalPointRow[] {
  return records.map((record) => {
    const v = (field: string) => cellText(record.values[field]);
    const row = record.source.row;
    const agencyText = v('agency');
    const agencyMatch = agencyText ? vocabulary.agencies.lookup(agencyText) : undefined;
    if (agencyMatch?.kind === 'known' && !agencyMatch.official)
      readings.normalised.push({ row, field: 'agency', text: agencyText, canonical: agencyMatch.agency.acronym });
    const dates = (['trained_on', 'appointed_on'] as const).map((field) => {
      const raw = record.values[field] ?? null;
      const date = parseDate(raw, order);
      if (!isBlank(raw)) readings.dates.push({ row, field, text: cellText(raw), ...(date ? { date } : {}) });
      return { field, raw, ...(date ? { date } : {}) };
    });
    return {
      source: record.source,
      record,
      agencyText,
      agencyMatch,
      agency: agencyMatch?.kind === 'known' ? agencyMatch.agency.acronym : (agencyMatch?.suggestion ?? agencyText),
      name: v('name'),
      emails: v('email')
        .split(/\s*[;,\n]\s*/)
        .filter(Boolean),
      phone: v('phone'),
      dates,
    };
  });
}
