/**
 * The one reader of Settings sheets, for every kind: one row per item, `type | key | name | from | to | …`.
 * Each kind declares the row types it reads (pillar, criterion, unit, agency…); a row whose type no kind
 * knows, or that lacks what its type needs, is kept as data for the settings.* rules and ignored. A row whose first
 * cell starts with # is a note, or an example left inactive (the blank templates write them so).
 */
import type { CellValue, SheetGrid } from './types.js';
import { cellText, foldKey } from './text.js';
import type { SettingsSpec } from './settings.js';
import { nameColumns, namesIn } from './settings-names.js';

/** Sheet names that hold settings, in EN/FR/ES. */
export function isSettingsSheet(name: string): boolean {
  return ['settings', 'parametres', 'configuracion', 'ajustes', 'evaluation settings'].includes(foldKey(name));
}

/** What one row type made of a row: an item of its list, or why not. */
export type SettingsRowResult =
  { item: unknown } | { missing: true } | { invalid: { column: string; value: string; expected: string } };

export interface SettingsRowType {
  /** Words of column A that introduce the row (any case or accents): pillar, pilier, pilar. */
  words: readonly string[];
  /** The list of the kind's override the item goes to: pillars, units, agencies. */
  list: string;
  /** The item is one value, not a list: the last such row wins (a numbering scheme, an evaluation id). */
  single?: boolean;
  /** The item has a name that columns like "name (fr)" give in other languages (settings-names.ts): `names`. */
  named?: boolean;
  /** The columns after `type` the row needs, by their documented names, for the finding. */
  needs: readonly string[];
  read(cells: readonly CellValue[]): SettingsRowResult;
}

/** One row of a Settings sheet as read. */
export interface SettingsRowReading {
  sheet: string;
  /** 1-based sheet row. */
  row: number;
  /** Column A as typed. */
  type: string;
  /** The row type that took it; undefined when no kind knows the type. */
  rowType?: SettingsRowType;
  result?: SettingsRowResult;
}

/** The override each spec gets from the Settings sheets (`{ pillars: […], units: […] }`), and every row read. */
export function readSettingsSheets(
  sheets: readonly SheetGrid[],
  specs: readonly SettingsSpec[],
): { overrides: Map<SettingsSpec, Record<string, unknown>>; rows: SettingsRowReading[] } {
  const byWord = new Map<string, { spec: SettingsSpec; type: SettingsRowType }>();
  for (const spec of specs)
    for (const type of spec.rows) for (const word of type.words) byWord.set(foldKey(word), { spec, type });
  const lists = new Map<SettingsSpec, Record<string, unknown>>();
  const rows: SettingsRowReading[] = [];
  for (const sheet of sheets.filter((s) => isSettingsSheet(s.name))) {
    const firstRow = sheet.firstRow ?? 1;
    let names = nameColumns([]);
    sheet.rows.forEach((cells, i) => {
      const type = cellText(cells[0]);
      const folded = foldKey(type);
      // The header row says which columns give names in other languages; it is no setting.
      if (folded === 'type' || folded === 'tipo') names = nameColumns(cells);
      // The header row, and notes or examples left inactive with a leading #, are not settings.
      if (!folded || folded === 'type' || folded === 'tipo' || type.startsWith('#')) return;
      const reading: SettingsRowReading = { sheet: sheet.name, row: firstRow + i, type };
      rows.push(reading);
      const known = byWord.get(folded);
      if (!known) return;
      reading.rowType = known.type;
      reading.result = known.type.read(cells);
      if (!('item' in reading.result)) return;
      const given = known.type.named ? namesIn(cells, names) : undefined;
      if (given) reading.result = { item: { ...(reading.result.item as object), names: given } };
      const list = lists.get(known.spec) ?? {};
      if (known.type.single) list[known.type.list] = reading.result.item;
      else ((list[known.type.list] ??= []) as unknown[]).push(reading.result.item);
      lists.set(known.spec, list);
    });
  }
  return { overrides: lists, rows };
}
