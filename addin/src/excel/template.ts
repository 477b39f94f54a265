/** Inserts a blank template sheet of a kind into the open workbook, as `psea template` writes one. */
import { columnLetter, type Lang, type TemplateKind } from '../../../templates/index.js';
import { blankTemplate, BLANK_HEADER_ROW } from '../../../templates/core/blank.js';
import type { ExcelHost } from './host.js';
import { applyListRule, findList, listSource, listsLayout, writeLists } from './lists.js';
import { findOwnSheets, freeSheetName } from './own-sheets.js';

/** Points per character of column width, roughly, for Calibri 11. */
const POINTS_PER_CHAR = 6.5;

export async function insertTemplate(host: ExcelHost, kind: TemplateKind, lang: Lang): Promise<string> {
  const blank = blankTemplate(kind.def, lang);
  const layout = listsLayout();
  return host.run(async (context) => {
    const own = await findOwnSheets(context, host);
    const lists = own.claim(context, 'lists');
    const name = freeSheetName(blank.sheetName, own.names);
    const sheet = context.workbook.worksheets.add(name);
    sheet.getRange('A1').values = [[blank.title]];
    sheet.getRange('A1').format.font.bold = true;
    const last = columnLetter(blank.columns.length - 1);
    const header = sheet.getRange(`A${BLANK_HEADER_ROW}:${last}${BLANK_HEADER_ROW}`);
    header.values = [blank.columns.map((c) => c.header)];
    header.format.font.bold = true;
    header.format.wrapText = true;
    writeLists(lists.sheet, layout);
    blank.columns.forEach((column, i) => {
      const letter = columnLetter(i);
      sheet.getRange(`${letter}${BLANK_HEADER_ROW}`).format.fill.color = column.required ? '#FCE4D6' : '#DDEBF7';
      sheet.getRange(`${letter}:${letter}`).format.columnWidth = column.width * POINTS_PER_CHAR;
      const list = column.list ? findList(layout, lang, kind.def.kind, column.list) : undefined;
      if (list)
        applyListRule(
          sheet.getRange(`${letter}${BLANK_HEADER_ROW + 1}:${letter}${BLANK_HEADER_ROW + blank.dataRows}`),
          listSource(list, lists.name),
        );
    });
    sheet.freezePanes.freezeRows(BLANK_HEADER_ROW);
    sheet.activate();
    await context.sync();
    return name;
  });
}
