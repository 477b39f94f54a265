/** The inter-agency PSEA mapping as a template kind: read, validate, enrich, tabulate. */
import type { CellValue } from '../core/types.js';
import type { OutputRecord, SheetAnalysis, TemplateKind } from '../core/kind.js';
import { runRules, tablePlace } from '../core/emit.js';
import { inferDayMonthOrder } from '../core/dates.js';
import { MAPPING } from './fields.js';
import { MAPPING_SETTINGS } from './settings.js';
import { AgencyDirectory } from './agencies.js';
import { toMappingRows, type MappingRow } from './rows.js';
import type { MappingState } from './pairs.js';
import { computeMappingTables } from './tables.js';
import { BATCH_RULES, MAPPING_RULES, SHEET_RULES, WORKBOOK_RULES } from './rules/index.js';

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
  rules: MAPPING_RULES,
  settings: MAPPING_SETTINGS,
  derivedFields: MAPPING_DERIVED,

  analyseSheet(table, workbook, readings): SheetAnalysis {
    const directory = new AgencyDirectory(workbook.settings.get(MAPPING_SETTINGS).agencies);
    const order = inferDayMonthOrder(table.records.map((r) => r.values.timeline ?? null));
    const rows = toMappingRows(table.records, directory, readings, order);
    const findings = runRules(SHEET_RULES, { table, rows }, tablePlace(table), workbook.rendering);
    const records: OutputRecord[] = rows.map((row) => ({
      source: row.source,
      values: canonicalValues(row),
      derived: enrich(row),
    }));
    const state: MappingState = { rows };
    return { kind: MAPPING.kind, table, findings, records, state };
  },

  checkWorkbook(sheets, workbook) {
    return runRules(WORKBOOK_RULES, { sheets }, { file: workbook.file }, workbook.rendering);
  },

  consolidate(sheets, options, rendering = { lang: options.lang }) {
    const findings = runRules(BATCH_RULES, { sheets }, { file: '' }, rendering);
    return { findings, tables: computeMappingTables(sheets) };
  },
};
