/**
 * The hidden Lists sheet that feeds every dropdown. Its layout is fixed (every language ×
 * every kind × every list), so dropdowns, new templates and a second run all agree on it.
 */
import { KINDS, LANGS, columnLetter, type Lang, type TemplateKind } from '../../../templates/index.js';
import { blankTemplate, LISTS_MARKER, LISTS_SHEET } from '../../../templates/core/blank.js';

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

/** A sheet name as a formula names it: quoted unless it is plain letters, digits and underscores. */
const formulaSheet = (name: string) => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`);

/** Absolute source of one list, as a data-validation formula, on the Lists sheet of that name. */
export function listSource(list: ListColumn, sheet = LISTS_SHEET): string {
  const letter = columnLetter(list.column);
  return `=${formulaSheet(sheet)}!$${letter}$2:$${letter}$${list.values.length + 1}`;
}

/** A source made for the default Lists sheet, pointed at the pane's own Lists sheet by its name. */
export function onListsSheet(source: string, sheet: string): string {
  const prefix = `=${LISTS_SHEET}!`;
  return source.startsWith(prefix) ? `=${formulaSheet(sheet)}!${source.slice(prefix.length)}` : source;
}

export function findList(
  layout: readonly ListColumn[],
  lang: Lang,
  kind: string,
  name: string,
): ListColumn | undefined {
  return layout.find((l) => l.lang === lang && l.kind === kind && l.name === name);
}

/**
 * The Lists sheet's values: a header of "lang kind list" names with the core's mark right of them (so neither the
 * core nor an older Excel takes the sheet for the user's), then each list down its column.
 */
export function listsValues(layout: readonly ListColumn[]): string[][] {
  const height = Math.max(0, ...layout.map((l) => l.values.length)) + 1;
  return Array.from({ length: height }, (_, r) => [
    ...layout.map((l) => (r === 0 ? `${l.lang} ${l.kind} ${l.name}` : (l.values[r - 1] ?? ''))),
    r === 0 ? LISTS_MARKER : '',
  ]);
}

/** Queues the (re)writing of the pane's own hidden Lists sheet. */
export function writeLists(sheet: Excel.Worksheet, layout: readonly ListColumn[]): void {
  if (!layout.length) return;
  const values = listsValues(layout);
  sheet.getRange(`A1:${columnLetter(layout.length)}${values.length}`).values = values;
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
