/** The inter-agency PSEA mapping as a template kind: read (long or wide), validate, enrich, tabulate. */
import type { CellValue } from '../core/types.js';
import type { OutputRecord, SheetAnalysis, TemplateKind } from '../core/kind.js';
import { runRules, tablePlace } from '../core/emit.js';
import { inferDayMonthOrder } from '../core/dates.js';
import { INTER_AGENCY_SETTINGS } from '../inter-agency/settings.js';
import { vocabulary } from '../inter-agency/vocabulary.js';
import { MOS_PSEA } from '../inter-agency/standards/mos-psea.js';
import { MAPPING } from './fields.js';
import { statusLegend } from './legend.js';
import { setsUsed, toMappingRows, type MappingRow } from './rows.js';
import { standardColumns } from './columns.js';
import { batchMappingState, type MappingState } from './pairs.js';
import { computeMappingTables } from './tables.js';
import { BATCH_RULES, MAPPING_RULES, SHEET_RULES, WORKBOOK_RULES } from './rules/index.js';

export const MAPPING_DERIVED = [
  'agency_name',
  'agency_written',
  'standard_name',
  'standard_area',
  'timeline_date',
  'source_cell',
] as const;

function canonicalValues(row: MappingRow): Record<string, CellValue> {
  const values: Record<string, CellValue> = { ...row.record.values };
  if (row.agencyKey) values.agency = row.agencyKey;
  if (row.agencyType) values.agency_type = row.agencyType;
  if (row.area) values.area = row.area;
  values.standard = row.standard?.id ?? (row.standardText || null);
  values.status = row.status ?? (row.statusText || null);
  return values;
}

function enrich(row: MappingRow): Record<string, CellValue> {
  const match = row.agencyMatch;
  return {
    agency_name: match?.kind === 'known' ? match.agency.name || null : null,
    // Another spelling or a typo, counted under agency: the tables' agency_spellings list these.
    agency_written: row.agencyText && row.agencyText !== row.agencyKey ? row.agencyText : null,
    standard_name: row.standard?.label.en ?? null,
    standard_area: row.standard?.area ?? null,
    timeline_date: row.timeline?.iso ?? null,
    source_cell: row.wide?.cell ?? null,
  };
}

export const mappingKind: TemplateKind = {
  def: MAPPING,
  rules: MAPPING_RULES,
  settings: INTER_AGENCY_SETTINGS,
  derivedFields: MAPPING_DERIVED,

  analyseSheet(table, workbook, readings): SheetAnalysis {
    const vocab = vocabulary(workbook.settings);
    const declared = vocab.settings.standardSets;
    const prefer = declared.length ? declared : [MOS_PSEA.id];
    const headers = new Map(table.header.columns.map((c) => [c.index, c.header]));
    const rows = toMappingRows(table.records, {
      vocabulary: vocab,
      legend: statusLegend(table, vocab.settings.statusCodes),
      readings,
      order: inferDayMonthOrder(table.records.map((r) => r.values.timeline ?? null)),
      firstColumn: table.firstColumn,
      prefer,
      headerOf: (index) => headers.get(index) ?? '',
    });
    const columns = standardColumns(table, vocab, prefer);
    const context = { table, rows, columns, vocabulary: vocab };
    const findings = runRules(SHEET_RULES, context, tablePlace(table), workbook.rendering);
    const records: OutputRecord[] = rows.map((row) => ({
      source: row.source,
      values: canonicalValues(row),
      derived: enrich(row),
    }));
    const ids = declared.length ? [...declared] : setsUsed(rows, vocab.standards.sets);
    const sets = ids.map((id) => ({ id, standards: (vocab.standards.set(id)?.standards ?? []).map((s) => s.id) }));
    const state: MappingState = { rows, sets, declared: declared.length > 0 };
    return { kind: MAPPING.kind, table, findings, records, state };
  },

  checkWorkbook(sheets, workbook) {
    const context = { sheets, vocabulary: vocabulary(workbook.settings) };
    return runRules(WORKBOOK_RULES, context, { file: workbook.file }, workbook.rendering);
  },

  batchState: (state) => batchMappingState(state as MappingState),

  consolidate(sheets, options, rendering = { lang: options.lang }) {
    const findings = runRules(BATCH_RULES, { sheets }, { file: '' }, rendering);
    return { findings, tables: computeMappingTables(sheets) };
  },
};
