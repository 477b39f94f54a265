/** The inter-agency PSEA mapping as a template kind: read, validate, enrich, tabulate. */
import type { CellValue, Finding } from '../core/types.js';
import type { OutputRecord, SheetAnalysis, TemplateKind } from '../core/kind.js';
import { tableReporter } from '../core/report.js';
import { inferDayMonthOrder } from '../core/dates.js';
import { MAPPING } from './fields.js';
import { MAPPING_MESSAGES } from './messages.js';
import { mappingSettingsFor, mappingSettingsSchema } from './settings.js';
import { toMappingRows, type MappingRow } from './rows.js';
import type { MappingState } from './pairs.js';
import { computeMappingTables } from './tables.js';
import type { MappingRule } from './rules/context.js';
import { checkColumns } from './rules/columns.js';
import { checkAgencies } from './rules/agency.js';
import { checkStandardArea } from './rules/standard-area.js';
import { checkGaps } from './rules/gap.js';
import { checkTimelines } from './rules/timeline.js';
import { checkEvidence } from './rules/evidence.js';
import { checkDuplicates } from './rules/duplicate.js';
import { checkConflicts } from './rules/conflict.js';
import { checkCompleteness } from './rules/completeness.js';

/** Every rule runs; none stops another. Status and code-list values are checked as rows are read. */
export const MAPPING_RULES: readonly MappingRule[] = [
  checkColumns,
  checkAgencies,
  checkStandardArea,
  checkGaps,
  checkTimelines,
  checkEvidence,
];

export const MAPPING_DERIVED = ['agency_name', 'standard_name', 'standard_area', 'timeline_date'] as const;

function canonicalValues(row: MappingRow): Record<string, CellValue> {
  const values: Record<string, CellValue> = { ...row.record.values };
  if (row.agencyKey) values.agency = row.agencyKey;
  if (row.agencyType) values.agency_type = row.agencyType;
  if (row.area) values.area = row.area;
  if (row.standard) values.standard = row.standard.id;
  if (row.status) values.status = row.status;
  return values;
}

function enrich(row: MappingRow): Record<string, CellValue> {
  const match = row.agencyMatch;
  return {
    agency_name: match?.kind === 'known' ? match.agency.name || null : null,
    standard_name: row.standard?.label.en ?? null,
    standard_area: row.standard?.area ?? null,
    timeline_date: row.timeline?.iso ?? null,
  };
}

export const mappingKind: TemplateKind = {
  def: MAPPING,
  messages: MAPPING_MESSAGES,
  derivedFields: MAPPING_DERIVED,
  settingsSchema: mappingSettingsSchema,

  analyseSheet(table, workbook): SheetAnalysis {
    const { directory } = mappingSettingsFor(workbook);
    const report = tableReporter(MAPPING_MESSAGES, workbook.options.lang, table);
    const order = inferDayMonthOrder(table.records.map((r) => r.values.timeline ?? null));
    const rows = toMappingRows(table.records, directory, report, order);
    for (const rule of MAPPING_RULES) rule({ table, rows, report });
    const records: OutputRecord[] = rows.map((row) => ({
      source: row.source,
      values: canonicalValues(row),
      derived: enrich(row),
    }));
    const state: MappingState = { rows };
    return { kind: MAPPING.kind, table, findings: report.findings, records, state };
  },

  checkWorkbook(sheets, workbook): Finding[] {
    return [...mappingSettingsFor(workbook).findings, ...checkDuplicates(sheets, workbook.options.lang)];
  },

  consolidate(sheets, options) {
    const findings = [...checkConflicts(sheets, options.lang), ...checkCompleteness(sheets, options.lang)];
    return { findings, tables: computeMappingTables(sheets) };
  },
};
