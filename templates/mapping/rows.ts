/** Turns table records into typed mapping rows; enum values read generously, with a finding when it had to. */
import type { CellValue, SourceRef } from '../core/types.js';
import type { TableRecord } from '../core/table.js';
import type { Reporter } from '../core/report.js';
import { readEnum, type EnumRules } from '../core/read-enum.js';
import { parseDate, type DayMonthOrder, type ParsedDate } from '../core/dates.js';
import { cellText } from '../core/text.js';
import type { AgencyDirectory, AgencyMatch } from './agencies.js';
import { AREA } from './areas.js';
import { STANDARD, standardById, type Standard } from './standards.js';
import { AGENCY_TYPE, STATUS, type AgencyType, type MappingStatus } from './values.js';

export interface MappingRow {
  source: SourceRef;
  record: TableRecord;
  agencyText: string;
  agencyMatch?: AgencyMatch;
  /** The agency acronym when known, else the text as typed: the key of the tables. */
  agencyKey: string;
  agencyType?: AgencyType;
  area?: string;
  areaText: string;
  standard?: Standard;
  status?: MappingStatus;
  gaps: string;
  goodPractice: string;
  plannedAction: string;
  timelineRaw: CellValue;
  timeline?: ParsedDate;
  evidence: string;
}

const RULES = (invalid: string): EnumRules => ({ invalid, normalised: 'mapping.value-normalised' });

export function toMappingRows(
  records: readonly TableRecord[],
  agencies: AgencyDirectory,
  report: Reporter,
  order?: DayMonthOrder,
): MappingRow[] {
  return records.map((record) => {
    const v = (field: string) => cellText(record.values[field]);
    const row = record.source.row;
    const agencyText = v('agency');
    const agencyMatch = agencyText ? agencies.lookup(agencyText) : undefined;
    const standardId = readEnum<string>(
      STANDARD,
      v('standard'),
      'standard',
      row,
      report,
      RULES('mapping.standard-value'),
    );
    return {
      source: record.source,
      record,
      agencyText,
      agencyMatch,
      agencyKey: agencyMatch?.kind === 'known' ? agencyMatch.agency.acronym : agencyText,
      agencyType: readEnum<AgencyType>(
        AGENCY_TYPE,
        v('agency_type'),
        'agency_type',
        row,
        report,
        RULES('mapping.agency-type-value'),
      ),
      area: readEnum<string>(AREA, v('area'), 'area', row, report, RULES('mapping.area-value')),
      areaText: v('area'),
      standard: standardId === undefined ? undefined : standardById(standardId),
      status: readEnum<MappingStatus>(STATUS, v('status'), 'status', row, report, RULES('mapping.status-value')),
      gaps: v('gaps'),
      goodPractice: v('good_practice'),
      plannedAction: v('planned_action'),
      timelineRaw: record.values.timeline ?? null,
      timeline: parseDate(record.values.timeline, order),
      evidence: v('evidence'),
    };
  });
}
