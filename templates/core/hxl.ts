/**
 * HXL hashtags (hxlstandard.org) for the CSV exports. Template fields carry their own tag (FieldDef.hxl);
 * this file holds the rest: provenance columns, derived columns and the columns of the summary tables.
 */
import type { FieldDef } from './schema.js';
import { foldKey } from './text.js';

export const PROVENANCE_HXL: Readonly<Record<string, string>> = {
  source_file: '#meta+source+file',
  source_sheet: '#meta+source+sheet',
  source_row: '#meta+source+row',
};

/** Derived columns the kinds add (names, roll-ups). */
export const DERIVED_HXL: Readonly<Record<string, string>> = {
  pillar_name: '#sector+name',
  criterion_name: '#meta+criterion+name',
  response_rollup: '#status+response+rec',
  responsible_unit_names: '#org+responsible+name',
  support_unit_names: '#org+support+name',
  agency_name: '#org+name',
  standard_name: '#indicator+standard+name',
  standard_area: '#sector+standard',
  timeline_date: '#date+due+parsed',
  agency_written: '#org+name+written',
  source_cell: '#meta+source+cell',
  periods: '#date+periods',
  section: '#sector+section',
  assessment_total: '#indicator+score+computed',
  assessment_risk: '#indicator+risk+computed',
};

/** Key columns of summary tables, by the column name flattenTables gives them. */
const TABLE_KEY_HXL: Readonly<Record<string, string>> = {
  key: '#meta+key',
  evaluation: '#meta+evaluation',
  pillar: '#sector',
  unit: '#org+responsible',
  criterion: '#meta+criterion',
  agency: '#org+acronym',
  standard: '#indicator+standard',
  area: '#sector',
  status: '#status',
  rule: '#meta+rule',
  severity: '#meta+severity',
  task: '#description',
  responsible_orgs: '#org+responsible',
  due: '#date+due',
  value: '#indicator+value',
};

/** HXL attributes are lower-case letters, digits and underscores. */
export function hxlAttribute(text: string): string {
  return (
    foldKey(text)
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '') || 'x'
  );
}

/** Tag for a records column: the field's own tag, else provenance/derived, else a #meta tag from its name. */
export function recordColumnTag(column: string, fields: readonly FieldDef[]): string {
  return (
    fields.find((f) => f.key === column)?.hxl ??
    PROVENANCE_HXL[column] ??
    DERIVED_HXL[column] ??
    `#meta+${hxlAttribute(column)}`
  );
}

/** Tag for a summary-table column: known keys by name, any other column is a count or rate named by attribute. */
export function tableColumnTag(column: string): string {
  return TABLE_KEY_HXL[column] ?? PROVENANCE_HXL[column] ?? `#indicator+num+${hxlAttribute(column)}`;
}
