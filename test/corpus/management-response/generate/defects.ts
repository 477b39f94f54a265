/** A planted defect on one cell: the manifest entry for a finding a correct reader must raise there. */
import type { Defect } from './model.js';

export type DefectAt = (
  row: number,
  col: string,
  field: string,
  what: string,
  rule: string,
  severity: Defect['severity'],
) => Defect;

export const defectsOn =
  (sheet: string): DefectAt =>
  (row, col, field, what, rule, severity) => ({ sheet, row, cell: `${col}${row}`, field, what, rule, severity });
