/** List validation on the enumerated columns of every recognised sheet, fed by the hidden Lists sheet. */
import { KINDS, columnLetter, type Lang, type WorkbookAnalysis } from '../../../templates/index.js';
import { blankTemplate } from '../../../templates/core/blank.js';
import type { ExcelHost } from './host.js';
import { applyListRule, findList, listSource, listsLayout, onListsSheet, writeLists } from './lists.js';
import { findOwnSheets } from './own-sheets.js';

/** Rows below the last record that get dropdowns too, for the next entries. */
export const SPARE_ROWS = 200;

export interface DropdownTarget {
  sheet: string;
  address: string;
  source: string;
}

/** Which columns of which sheets get which list: pure, from the core's analysis. */
export function dropdownTargets(
  analysis: WorkbookAnalysis,
  lang: Lang,
  firstRows: Record<string, number>,
  lastRows: Record<string, number>,
): DropdownTarget[] {
  const layout = listsLayout();
  const targets: DropdownTarget[] = [];
  for (const sheet of analysis.sheets) {
    const kind = KINDS.find((k) => k.def.kind === sheet.kind);
    if (!kind) continue;
    // The sheet's own language, so a dropdown offers the words its fixes write; the pane's when nothing tells.
    const words = sheet.lang ?? lang;
    const blank = blankTemplate(kind.def, words);
    const { header } = sheet.table;
    const firstRow = firstRows[sheet.table.sheet] ?? 1;
    const top = firstRow + header.rows[header.rows.length - 1] + 1;
    const bottom = Math.max(top, lastRows[sheet.table.sheet] ?? top) + SPARE_ROWS;
    for (const column of blank.columns) {
      const index = header.fieldColumns[column.key];
      if (!column.list || index === undefined) continue;
      const list = findList(layout, words, kind.def.kind, column.list);
      if (!list) continue;
      const letter = columnLetter(index);
      targets.push({
        sheet: sheet.table.sheet,
        address: `${letter}${top}:${letter}${bottom}`,
        source: listSource(list),
      });
    }
  }
  return targets;
}

/** Three round trips: find the pane's own Lists sheet (never a user's sheet of that name); write it and every rule. */
export async function applyDropdowns(
  host: ExcelHost,
  targets: readonly DropdownTarget[],
): Promise<{ columns: number; syncs: number }> {
  return host.run(async (context) => {
    const lists = (await findOwnSheets(context, host)).claim(context, 'lists');
    writeLists(lists.sheet, listsLayout());
    for (const t of targets)
      applyListRule(
        context.workbook.worksheets.getItem(t.sheet).getRange(t.address),
        onListsSheet(t.source, lists.name),
      );
    await context.sync();
    return { columns: targets.length, syncs: 3 };
  });
}
