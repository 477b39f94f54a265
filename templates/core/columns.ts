/** Where a parsed table's header sits in its sheet, for the layout rules' findings on header cells. */
import type { ParsedTable } from './table.js';
import type { HeaderMatch } from './header.js';
import { columnLetter } from './text.js';

export interface HeaderCells {
  /** Sheet rows of the header, as shown in messages: "3", or "2–3" for a header over two rows. */
  rows: string;
  /** 1-based sheet row of the header's last row: findings about a column sit there. */
  row: number;
  /** 0-based sheet column of a 0-based grid column. */
  column(index: number): number;
  /** Column letter of a 0-based grid column. */
  letter(index: number): string;
}

/** Where `header` (the table's best header unless another is given) sits in the sheet. */
export function headerCells(table: ParsedTable, header: HeaderMatch = table.header): HeaderCells {
  const { firstRow, firstColumn } = table;
  const column = (index: number) => index + firstColumn - 1;
  return {
    rows: header.rows.map((r) => r + firstRow).join('–'),
    row: header.rows[header.rows.length - 1] + firstRow,
    column,
    letter: (index) => columnLetter(column(index)),
  };
}
