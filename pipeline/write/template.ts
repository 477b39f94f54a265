/** Writes a blank template workbook from the core's description of it. */
import ExcelJS from 'exceljs';
import type { CellValue, Lang, TemplateDef } from '../../templates/index.js';
import {
  blankTemplate,
  listRange,
  BLANK_HEADER_ROW,
  INSTRUCTIONS_SHEET,
  LISTS_MARKER,
  LISTS_SHEET,
} from '../../templates/core/blank.js';

export function buildTemplateWorkbook(
  def: TemplateDef,
  lang: Lang,
  extraLists: Record<string, string[]> = {},
  settingsRows: CellValue[][] = [],
): ExcelJS.Workbook {
  const blank = blankTemplate(def, lang, extraLists);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'psea-sheets';
  const sheet = workbook.addWorksheet(blank.sheetName, { views: [{ state: 'frozen', ySplit: BLANK_HEADER_ROW }] });
  sheet.getCell(1, 1).value = blank.title;
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  blank.columns.forEach((column, i) => {
    const cell = sheet.getCell(BLANK_HEADER_ROW, i + 1);
    cell.value = column.header;
    cell.font = { bold: true };
    cell.alignment = { wrapText: true, vertical: 'top' };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: column.required ? 'FFFCE4D6' : 'FFDDEBF7' } };
    const col = sheet.getColumn(i + 1);
    col.width = column.width;
    col.alignment = { wrapText: true, vertical: 'top' };
  });

  const lists = workbook.addWorksheet(LISTS_SHEET, { state: 'hidden' });
  lists.getCell(1, Object.keys(blank.lists).length + 1).value = LISTS_MARKER;
  Object.entries(blank.lists).forEach(([name, values], index) => {
    lists.getCell(1, index + 1).value = name;
    values.forEach((value, r) => (lists.getCell(r + 2, index + 1).value = value));
    const formula = listRange(index, values.length);
    blank.columns.forEach((column, c) => {
      if (column.list !== name) return;
      for (let r = BLANK_HEADER_ROW + 1; r <= BLANK_HEADER_ROW + blank.dataRows; r++) {
        sheet.getCell(r, c + 1).dataValidation = {
          type: 'list',
          allowBlank: true,
          formulae: [formula],
          showErrorMessage: true,
          errorStyle: 'warning',
        };
      }
    });
  });

  const instructions = workbook.addWorksheet(INSTRUCTIONS_SHEET[lang]);
  instructions.getColumn(1).width = 110;
  instructions.getCell(1, 1).value = blank.title;
  instructions.getCell(1, 1).font = { bold: true, size: 14 };
  blank.instructions.forEach((line, i) => {
    instructions.getCell(i + 3, 1).value = `${i + 1}. ${line}`;
    instructions.getCell(i + 3, 1).alignment = { wrapText: true };
  });
  if (settingsRows.length) {
    // Named "Settings" in every language: the name the readers look for (templates/core/settings-sheet.ts).
    const settings = workbook.addWorksheet('Settings');
    settingsRows.forEach((row) => settings.addRow(row));
    [12, 22, 36, 8, 8, 90].forEach((width, i) => (settings.getColumn(i + 1).width = width));
    const header = settingsRows.findIndex((r) => r.length > 1 && r.every((c) => typeof c === 'string'));
    if (header >= 0) settings.getRow(header + 1).font = { bold: true };
  }
  return workbook;
}
