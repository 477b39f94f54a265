/**
 * Rows for the exceljs streaming writer, fast. exceljs gives every new cell its own style object, so the
 * writer works out the style XML of each cell again (most of its time on a 100k-row sheet). Cells of a
 * plain row share one style object per value type instead, which exceljs caches by identity.
 */
import type ExcelJS from 'exceljs';

// One object per type: exceljs picks the number format from the first cell a style object is seen on.
const DATE_STYLE: Partial<ExcelJS.Style> = { numFmt: 'yyyy-mm-dd' };
const NUMBER_STYLE: Partial<ExcelJS.Style> = {};
const OTHER_STYLE: Partial<ExcelJS.Style> = {};

export function addPlainRow(sheet: ExcelJS.Worksheet, values: readonly unknown[]): void {
  const row = sheet.addRow(values as unknown[]);
  row.eachCell((cell) => {
    const value = cell.value;
    cell.style = (value instanceof Date ? DATE_STYLE : typeof value === 'number' ? NUMBER_STYLE : OTHER_STYLE) as ExcelJS.Style;
  });
  row.commit();
}
