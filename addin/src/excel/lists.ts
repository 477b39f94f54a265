/**
 * The hidden Lists sheet that feeds every dropdown. Its layout is fixed (every language ×
 * every kind × every list), so dropdowns, new templates and a second run all agree on it.
 */
import { KINDS, LANGS, columnLetter, type Lang, type TemplateKind } from '../../../templates/index.js';
import { blankTemplate, LISTS_SHEET } from '../../../templates/core/blank.js';

export interface ListColumn {
  lang: Lang;
  kind: string;
  name: string;
  values: string[];
  column: number;
}

export function listsLayout(kinds: readonly TemplateKind[] = KINDS): ListColumn[] {
  const out: ListColumn[] = [];
  for (const lang of LANGS) {
    for (const kind of kinds) {
      for (const [name, values] of Object.entries(blankTemplate(kind.def, lang).lists))
        out.push({ lang, kind: kind.def.kind, name, values, column: out.length });
    }
  }
  return out;
}

/** Absolute source of one list, as a data-validation formula. */
export function listSource(list: ListColumn): string {
  const letter = columnLetter(list.column);
  return `=${LISTS_SHEET}!$${letter}$2:$${letter}$${list.values.length + 1}`;
}

export function findList(
  layout: readonly ListColumn[],
  lang: Lang,
  kind: string,
  name: string,
): ListColumn | undefined {
  return layout.find((l) => l.lang === lang && l.kind === kind && l.name === name);
}

/** The Lists sheet's values: a header of "lang kind list" names, then each list down its column. */
export function listsValues(layout: readonly ListColumn[]): string[][] {
  const height = Math.max(0, ...layout.map((l) => l.values.length)) + 1;
  return Array.from({ length: height }, (_, r) =>
    layout.map((l) => (r === 0 ? `${l.lang} ${l.kind} ${l.name}` : (l.values[r - 1] ?? ''))),
  );
}

/** Queues the (re)writing of the hidden Lists sheet; `existing` comes from getItemOrNullObject after a sync. */
export function writeLists(
  context: Excel.RequestContext,
  existing: Excel.Worksheet,
  layout: readonly ListColumn[],
): void {
  if (!layout.length) return;
  const sheet = existing.isNullObject ? context.workbook.worksheets.add(LISTS_SHEET) : existing;
  const values = listsValues(layout);
  sheet.getRange(`A1:${columnLetter(layout.length - 1)}${values.length}`).values = values;
  sheet.visibility = 'Hidden';
}

/** Queues a list rule on a range, replacing whatever validation a paste left there. */
export function applyListRule(range: Excel.Range, source: string): void {
  range.dataValidation.clear();
  range.dataValidation.rule = { list: { inCellDropDown: true, source } };
  range.dataValidation.errorAlert = {
    showAlert: true,
    style: 'Warning',
    title: 'psea',
    message: 'Value not in the list.',
  };
}
