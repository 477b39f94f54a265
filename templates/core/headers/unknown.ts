/**
 * Header cells no field reads, told apart: a header close to a field (a typo, "Managment respons"; or half its words
 * a field's concepts, "Status" beside Time 2 and Time 3) hides that field; a header far from all of them is a
 * column of the user's own ("Documents", "Funding required (Yes/No)").
 */
import type { ParsedTable } from '../table.js';
import type { TemplateDef } from '../schema.js';
import { headerCells } from '../columns.js';
import { didYouMean } from '../text.js';
import type { ColumnMapping } from './assign.js';
import { closestField } from './matcher.js';

export interface UnreadColumn {
  column: ColumnMapping;
  /** 1-based sheet row and 0-based sheet column of its header cell, and its letter. */
  row: number;
  sheetColumn: number;
  letter: string;
  /** The field it is close to: a did-you-mean on the exact headers, else the closest by concepts (≥ 50%). */
  near?: string;
}

/** Exact spellings (labels first) → field, for the did-you-mean. */
function spellings(def: TemplateDef): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of def.fields)
    for (const s of [...Object.values(f.label), ...(f.exact ?? [])]) if (!out.has(s)) out.set(s, f.key);
  return out;
}

export function unreadColumns(def: TemplateDef, table: ParsedTable): UnreadColumn[] {
  const index = spellings(def);
  const candidates = [...index.keys()];
  const out: UnreadColumn[] = [];
  for (const header of table.headers) {
    const at = headerCells(table, header);
    for (const column of header.columns) {
      if (column.field !== undefined || column.ambiguous) continue;
      const typo = didYouMean(column.header, candidates);
      const closest = closestField(def, { own: column.header });
      const near = typo !== undefined ? index.get(typo) : closest && closest.score >= 0.5 ? closest.field : undefined;
      const place = { column, row: at.row, sheetColumn: at.column(column.index), letter: at.letter(column.index) };
      out.push(near === undefined ? place : { ...place, near });
    }
  }
  return out;
}
