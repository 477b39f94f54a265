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
import { columnLetter } from '../../templates/core/text.js';
import { addListValidation, printSetup } from './sheet-setup.js';

const TITLE_HEIGHT = 24;
const LINE_HEIGHT = 15;
/** Characters of an 11 pt line in the 110-wide instructions column, with room for wider letters. */
const CHARS_PER_LINE = 95;

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
  sheet.getRow(1).height = TITLE_HEIGHT; // a 14 pt title in a 15 pt row is clipped
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

  // The title runs across the header's columns on one line: the wrapping its column has would fold it over them.
  sheet.getCell(1, 1).alignment = { wrapText: false, vertical: 'middle' };

  const lists = workbook.addWorksheet(LISTS_SHEET, { state: 'hidden' });
  lists.getCell(1, Object.keys(blank.lists).length + 1).value = LISTS_MARKER;
  Object.entries(blank.lists).forEach(([name, values], index) => {
    lists.getCell(1, index + 1).value = name;
    values.forEach((value, r) => (lists.getCell(r + 2, index + 1).value = value));
    const formula = listRange(index, values.length);
    blank.columns.forEach((column, c) => {
      if (column.list !== name) return;
      const letter = columnLetter(c);
      addListValidation(
        sheet,
        `${letter}${BLANK_HEADER_ROW + 1}:${letter}${BLANK_HEADER_ROW + blank.dataRows}`,
        formula,
      );
    });
  });
  printSetup(sheet, `1:${BLANK_HEADER_ROW}`);

  const instructions = workbook.addWorksheet(INSTRUCTIONS_SHEET[lang]);
  instructions.getColumn(1).width = 110;
  printSetup(instructions, '1:1');
  instructions.getCell(1, 1).value = blank.title;
  instructions.getCell(1, 1).font = { bold: true, size: 14 };
  instructions.getRow(1).height = TITLE_HEIGHT;
  blank.instructions.forEach((line, i) => {
    const text = `${i + 1}. ${line}`;
    instructions.getCell(i + 3, 1).value = text;
    instructions.getCell(i + 3, 1).alignment = { wrapText: true, vertical: 'top' };
    // Rows keep the height they are given, so a wrapped line gets the height of its lines (LibreOffice and Excel
    // would otherwise print the next instruction over it).
    instructions.getRow(i + 3).height = LINE_HEIGHT * Math.max(1, Math.ceil(text.length / CHARS_PER_LINE));
  });
  if (settingsRows.length) {
    // Named "Settings" in every language: the name the readers look for (templates/core/settings-sheet.ts).
    const settings = workbook.addWorksheet('Settings');
    settingsRows.forEach((row) => settings.addRow(row));
    [12, 22, 36, 8, 8, 90].forEach((width, i) => (settings.getColumn(i + 1).width = width));
    const header = settingsRows.findIndex((r) => r.length > 1 && r.every((c) => typeof c === 'string'));
    if (header >= 0) settings.getRow(header + 1).font = { bold: true };
    printSetup(settings, header >= 0 ? `${header + 1}:${header + 1}` : '1:1');
  }
  return workbook;
}
