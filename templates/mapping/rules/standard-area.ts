import type { MappingRule } from './context.js';

/** The stated area is the area the standard belongs to. */
export const checkStandardArea: MappingRule = ({ rows, report }) => {
  for (const row of rows) {
    if (!row.standard || !row.area || row.area === row.standard.area) continue;
    report.error(
      'mapping.standard-area',
      { row: row.source.row, field: 'area', value: row.areaText, suggestion: row.standard.area },
      { standard: row.standard.id, expected: row.standard.area, area: row.area },
    );
  }
};
