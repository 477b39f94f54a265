/** The blank template of a kind, described once; the pipeline writes it with exceljs, the add-in with Office.js. */
import type { Lang } from './types.js';
import type { TemplateDef } from './schema.js';
import { enumLabels } from './schema.js';

export const LISTS_SHEET = 'Lists';
/**
 * Written in row 1 of every Lists sheet we make, right of its lists: our own sheets are told by this mark,
 * never by their name (a user's own sheet may well be called Lists).
 */
export const LISTS_MARKER = 'psea-sheets: dropdown lists';

export function isOwnListsSheet(rows: readonly (readonly unknown[])[]): boolean {
  return (rows[0] ?? []).includes(LISTS_MARKER);
}
export const INSTRUCTIONS_SHEET: Record<Lang, string> = { en: 'Instructions', fr: 'Instructions', es: 'Instrucciones' };

export interface BlankColumn {
  key: string;
  header: string;
  width: number;
  required: boolean;
  /** Name of the list in `lists` that feeds this column's dropdown. */
  list?: string;
}

export interface BlankTemplate {
  sheetName: string;
  title: string;
  columns: BlankColumn[];
  /** List name → values, one column each on the hidden Lists sheet, in this order. */
  lists: Record<string, string[]>;
  instructions: string[];
  /** Rows of the template sheet that carry dropdowns. */
  dataRows: number;
}

/** 1-based sheet row of the header in a blank template: row 1 holds the title. */
export const BLANK_HEADER_ROW = 2;

export function blankTemplate(def: TemplateDef, lang: Lang, extraLists: Record<string, string[]> = {}): BlankTemplate {
  const lists: Record<string, string[]> = {};
  const columns = def.fields
    .filter((field) => field.template !== false)
    .map((field) => {
      const column: BlankColumn = {
        key: field.key,
        header: field.label[lang],
        width: field.width ?? 14,
        required: !!field.required,
      };
      const values = field.enumId ? enumLabels(def.enums[field.enumId], lang) : extraLists[field.key];
      if (values?.length) {
        const name = field.enumId ?? field.key;
        lists[name] = values;
        column.list = name;
      }
      return column;
    });
  return {
    sheetName: def.title[lang].slice(0, 31),
    title: def.title[lang],
    columns,
    lists,
    instructions: def.instructions.map((line) => line[lang]),
    dataRows: 500,
  };
}

/** Excel column letters of the list `index` (0-based) on the Lists sheet, as an absolute range. */
export function listRange(index: number, length: number): string {
  const letter = String.fromCharCode(65 + (index % 26));
  const prefix = index >= 26 ? String.fromCharCode(64 + Math.floor(index / 26)) : '';
  return `${LISTS_SHEET}!$${prefix}${letter}$2:$${prefix}${letter}$${length + 1}`;
}
