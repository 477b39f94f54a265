/** Writes a workbook spec with exceljs (the tool most of the product's own files come from). */
import ExcelJS from 'exceljs';
import type { WorkbookSpec } from './model.js';

export async function writeWithExceljs(spec: WorkbookSpec, path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'psea-sheets corpus';
  // A fixed date so two builds write the same file.
  wb.created = wb.modified = new Date(Date.UTC(2026, 0, 15));
  for (const s of spec.sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((cells, r) =>
      cells.forEach((value, c) => {
        if (value === null || value === '') return;
        const cell = ws.getCell(r + 1, c + 1);
        cell.value = value;
        if (value instanceof Date) cell.numFmt = s.dateFormat ?? 'dd/mm/yyyy';
        if (typeof value === 'string' && value.includes('\n')) cell.alignment = { wrapText: true, vertical: 'top' };
      }),
    );
    for (const range of s.merges) ws.mergeCells(range);
    s.widths?.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  }
  await wb.xlsx.writeFile(path);
}
