/**
 * Writes one sheet row by row and, as it goes, what each row is: title, header, record or set aside.
 * The expected manifest of a sheet is therefore the record of how it was written, not a second copy.
 */
import type { AsideReason, Cell, ExpectedRecord, ExpectedSheet, ExpectedTable, SetAside, SheetSpec } from './model.js';

export interface Column {
  /** Key of the value in a record's cells. */
  key: string;
  field: string | null;
  /** Header text on each header row ('' where empty). */
  header: string[];
  round?: string;
  width?: number;
  note?: string;
}

export const colLetter = (index: number): string =>
  index < 26 ? String.fromCharCode(65 + index) : colLetter(Math.floor(index / 26) - 1) + colLetter(index % 26);

export class SheetBuilder {
  readonly rows: Cell[][] = [];
  readonly merges: string[] = [];
  private readonly tables: { spec: Column[]; table: ExpectedTable; start: number }[] = [];
  private readonly records: ExpectedRecord[] = [];
  private readonly aside: SetAside[] = [];
  private readonly sections: NonNullable<ExpectedSheet['sections']> = [];
  private readonly titles: number[] = [];
  private columns: Column[] = [];
  private start = 0;

  constructor(
    readonly name: string,
    readonly dateFormat?: string,
  ) {}

  get nextRow(): number {
    return this.rows.length + 1;
  }

  private push(cells: Cell[]): number {
    this.rows.push(cells);
    return this.rows.length;
  }

  /** A row above the first table (titles, the evaluation's details, blank lines). */
  title(...cells: Cell[]): number {
    const row = this.push(cells);
    this.titles.push(row);
    return row;
  }

  /** Header rows of a new table starting at column `start`; group labels repeated on adjacent columns merge. */
  table(columns: Column[], opts: { start?: number; mergeGroups?: boolean; mergeDown?: boolean } = {}): number[] {
    this.columns = columns;
    this.start = opts.start ?? 0;
    const depth = Math.max(...columns.map((c) => c.header.length));
    const rows: number[] = [];
    for (let i = 0; i < depth; i++) rows.push(this.writeHeaderRow(columns, i, depth, opts));
    this.tables.push({ spec: columns, table: { header_rows: rows, columns: [], record_rows: [] }, start: this.start });
    return rows;
  }

  private writeHeaderRow(
    columns: Column[],
    i: number,
    depth: number,
    opts: { mergeGroups?: boolean; mergeDown?: boolean },
  ) {
    const cells: Cell[] = Array(this.start).fill(null);
    const row = this.nextRow;
    columns.forEach((c, j) => {
      const text = c.header[i] ?? '';
      const prev = j > 0 ? (columns[j - 1].header[i] ?? '') : null;
      const grouped = opts.mergeGroups && i < depth - 1 && text !== '' && text === prev;
      cells.push(grouped || text === '' ? null : text);
      if (opts.mergeGroups && i < depth - 1 && text !== '' && text !== prev) {
        let k = j;
        while (k + 1 < columns.length && (columns[k + 1].header[i] ?? '') === text) k++;
        if (k > j) this.merges.push(`${colLetter(this.start + j)}${row}:${colLetter(this.start + k)}${row}`);
      }
      if (opts.mergeDown && i === 0 && c.header.slice(1).every((h) => !h) && depth > 1) {
        const col = colLetter(this.start + j);
        this.merges.push(`${col}${row}:${col}${row + depth - 1}`);
      }
    });
    return this.push(cells);
  }

  private cellsOf(values: Record<string, Cell>): Cell[] {
    return [...Array(this.start).fill(null), ...this.columns.map((c) => values[c.key] ?? null)];
  }

  record(values: Record<string, Cell>, expected: Omit<ExpectedRecord, 'row'>): number {
    const row = this.push(this.cellsOf(values));
    this.records.push({ row, ...expected });
    this.tables[this.tables.length - 1].table.record_rows.push(row);
    return row;
  }

  /** A row inside a table that is not a record (blank, note, repeated header…), written by column key or as cells. */
  setAside(reason: AsideReason, cells: Cell[] | Record<string, Cell>, text?: string): number {
    const row = this.push(Array.isArray(cells) ? cells : this.cellsOf(cells));
    this.aside.push(text === undefined ? { row, reason } : { row, reason, text });
    return row;
  }

  blank(): number {
    return this.setAside('blank', []);
  }

  /** A section row ("Pillar 2: …"): its text in the first column, or merged across the table. */
  section(text: string, name: string, opts: { number?: number; merged?: boolean; col?: number } = {}): number {
    const cells: Cell[] = Array(this.start + (opts.col ?? 0)).fill(null);
    cells.push(text);
    const row = this.setAside('section', cells, text);
    if (opts.merged)
      this.merges.push(`${colLetter(this.start)}${row}:${colLetter(this.start + this.columns.length - 1)}${row}`);
    this.sections.push(opts.number === undefined ? { row, text, name } : { row, text, name, number: opts.number });
    return row;
  }

  /** The current table's header written again (a page break in an export), each row set aside. */
  repeatHeader(reason: AsideReason = 'repeated-header', columns?: Column[]): number[] {
    const cols = columns ?? this.columns;
    const depth = Math.max(...cols.map((c) => c.header.length));
    const rows: number[] = [];
    for (let i = 0; i < depth; i++) {
      const cells = [...Array(this.start).fill(null), ...cols.map((c) => c.header[i] || null)];
      rows.push(this.setAside(reason, cells, cells.filter(Boolean).join(' | ')));
    }
    return rows;
  }

  /** Merge one column's cells down over rows [from, to] (the value stays in the first row). */
  mergeDown(key: string, from: number, to: number): void {
    const index = this.columns.findIndex((c) => c.key === key);
    if (to <= from || index < 0) return;
    const col = colLetter(this.start + index);
    this.merges.push(`${col}${from}:${col}${to}`);
  }

  sheet(widths?: number[]): SheetSpec {
    const w = widths ?? this.tables[0]?.spec.map((c) => c.width ?? 18);
    return { name: this.name, rows: this.rows, merges: this.merges, widths: w, dateFormat: this.dateFormat };
  }

  expected(): ExpectedSheet {
    const tables = this.tables.map(({ spec, table, start }) => ({
      ...table,
      columns: spec.map((c, j) => ({
        col: colLetter(start + j),
        header: this.visibleHeader(table.header_rows, start + j),
        field: c.field,
        ...(c.round ? { round: c.round } : {}),
        ...(c.note ? { note: c.note } : {}),
      })),
    }));
    return {
      name: this.name,
      role: 'matrix',
      title_rows: this.titles,
      tables,
      set_aside: this.aside,
      sections: this.sections,
      records: this.records,
    };
  }

  /** Header texts as a reader sees them top to bottom (merged cells show their first cell), repeats collapsed. */
  private visibleHeader(rows: number[], col: number): string[] {
    const out: string[] = [];
    for (const row of rows) {
      const text = String(masterValue(this.rows, this.merges, row, col) ?? '').trim();
      if (text && out[out.length - 1] !== text) out.push(text);
    }
    return out;
  }
}

/** The value shown at (row, col): a merged range's first cell's value anywhere inside the range. */
export function masterValue(rows: Cell[][], merges: string[], row: number, col: number): Cell {
  for (const m of merges) {
    const [a, b] = m.split(':').map(parseRef);
    if (row >= a.row && row <= b.row && col >= a.col && col <= b.col) return rows[a.row - 1]?.[a.col] ?? null;
  }
  return rows[row - 1]?.[col] ?? null;
}

export function parseRef(ref: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m) throw new Error(`bad cell reference ${ref}`);
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(m[2]), col };
}
