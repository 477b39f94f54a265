/** Inserts a blank template sheet of a kind into the open workbook, as `psea template` writes one. */
import { columnLetter, type Lang, type TemplateKind } from '../../../templates/index.js';
import { blankTemplate, BLANK_HEADER_ROW, LISTS_SHEET } from '../../../templates/core/blank.js';
import type { ExcelHost } from './host.js';
import { applyListRule, findList, listSource, listsLayout, writeLists } from './lists.js';

/** A sheet name not yet taken: "Title", "Title (2)", … within Excel's 31 characters. */
export function freeSheetName(wanted: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  if (!lower.has(wanted.toLowerCase())) return wanted;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = wanted.slice(0, 31 - suffix.length) + suffix;
    if (!lower.has(name.toLowerCase())) return name;
  }
}

/** Points per character of column width, roughly, for Calibri 11. */
const POINTS_PER_CHAR = 6.5;

export async function insertTemplate(host: ExcelHost, kind: TemplateKind, lang: Lang): Promise<string> {
  const blank = blankTemplate(kind.def, lang);
  const layout = listsLayout();
  return host.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    const lists = sheets.getItemOrNullObject(LISTS_SHEET);
    await context.sync();
    const name = freeSheetName(
      blank.sheetName,
      sheets.items.map((s) => s.name),
    );
    const sheet = sheets.add(name);
    sheet.getRange('A1').values = [[blank.title]];
    sheet.getRange('A1').format.font.bold = true;
    const last = columnLetter(blank.columns.length - 1);
    const header = sheet.getRange(`A${BLANK_HEADER_ROW}:${last}${BLANK_HEADER_ROW}`);
    header.values = [blank.columns.map((c) => c.header)];
    header.format.font.bold = true;
    header.format.wrapText = true;
    writeLists(context, lists, layout);
    blank.columns.forEach((column, i) => {
      const letter = columnLetter(i);
      sheet.getRange(`${letter}${BLANK_HEADER_ROW}`).format.fill.color = column.required ? '#FCE4D6' : '#DDEBF7';
      sheet.getRange(`${letter}:${letter}`).format.columnWidth = column.width * POINTS_PER_CHAR;
      const list = column.list ? findList(layout, lang, kind.def.kind, column.list) : undefined;
      if (list)
        applyListRule(
          sheet.getRange(`${letter}${BLANK_HEADER_ROW + 1}:${letter}${BLANK_HEADER_ROW + blank.dataRows}`),
          listSource(list),
        );
    });
    sheet.freezePanes.freezeRows(BLANK_HEADER_ROW);
    sheet.activate();
    await context.sync();
    return name;
  });
}
