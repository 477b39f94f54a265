/** The standard columns of a wide checklist, each with how its header was read (the mapping.standard-read rule). */
import type { ParsedTable } from '../core/table.js';
import { headerCells } from '../core/columns.js';
import { a1 } from '../core/text.js';
import type { StandardHow } from '../inter-agency/standards/catalogue.js';
import type { Standard } from '../inter-agency/standards/types.js';
import type { Vocabulary } from '../inter-agency/vocabulary.js';

export interface StandardColumn {
  header: string;
  /** A1 address of its header cell. */
  cell: string;
  row: number;
  standard: Standard;
  how: StandardHow;
}

export function standardColumns(table: ParsedTable, vocabulary: Vocabulary, prefer: readonly string[]) {
  const at = headerCells(table);
  const out: StandardColumn[] = [];
  for (const column of table.header.columns) {
    if (column.key === undefined || column.field !== 'status') continue;
    const standard = vocabulary.standards.standard(column.key);
    if (!standard) continue;
    const how = vocabulary.standards.match(column.header, prefer)?.how ?? 'near';
    out.push({ header: column.header, cell: a1(at.column(column.index), at.row), row: at.row, standard, how });
  }
  return out;
}
