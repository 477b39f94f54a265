/**
 * Excel table objects (ListObjects) of consolidated.xlsx: their names, column names and the table part's XML.
 * The workbook writer (xlsx/workbook.ts) adds each part with its sheet's relationship and content type.
 */
import { columnLetter } from '../../templates/core/text.js';
import { neutralise } from '../../templates/core/neutralise.js';

export interface TableColumnSpec {
  /** Exactly the header cell's text: Excel repairs a file whose table columns do not match their headers. */
  name: string;
  /** 'sum' when the totals row adds this column up. */
  total?: 'sum';
}

export interface TableSpec {
  sheet: string;
  /** Unique in the workbook; see tableName. */
  name: string;
  columns: TableColumnSpec[];
  /** Data rows under the header (at least one: Excel tables cannot be empty). */
  rows: number;
  /** A totals row follows the data rows; its first cell holds the label. */
  totalsLabel?: string;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A defined-name-safe table name: letters, digits and _, starting with T_, unique (case-insensitive). */
export function tableName(text: string, taken: Set<string>): string {
  const base = `T_${text.replace(/[^A-Za-z0-9_]+/g, '_').replace(/^_+|_+$/g, '')}`.slice(0, 200);
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base}_${i}`;
  taken.add(name.toLowerCase());
  return name;
}

/** Table column names must be non-empty, unique (case-insensitive) and safe; the header is written with these. */
export function tableHeader(header: readonly string[]): string[] {
  const seen = new Set<string>();
  return header.map((h, i) => {
    const base = h.trim() || `column ${i + 1}`;
    let name = base;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${base} ${n}`;
    seen.add(name.toLowerCase());
    return neutralise(name);
  });
}

export function tableXml(spec: TableSpec, id: number): string {
  const lastColumn = columnLetter(spec.columns.length - 1);
  const totals = spec.totalsLabel !== undefined ? 1 : 0;
  const ref = `A1:${lastColumn}${1 + spec.rows + totals}`;
  const columns = spec.columns
    .map((c, i) => {
      const total =
        i === 0 && totals
          ? ` totalsRowLabel="${escapeXml(spec.totalsLabel!)}"`
          : c.total && totals
            ? ` totalsRowFunction="${c.total}"`
            : '';
      return `<tableColumn id="${i + 1}" name="${escapeXml(c.name)}"${total}/>`;
    })
    .join('');
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<table xmlns="${MAIN}" id="${id}" name="${spec.name}" displayName="${spec.name}" ref="${ref}"` +
    `${totals ? ' totalsRowCount="1"' : ''}>` +
    `<autoFilter ref="A1:${lastColumn}${1 + spec.rows}"/>` +
    `<tableColumns count="${spec.columns.length}">${columns}</tableColumns>` +
    '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" ' +
    'showRowStripes="1" showColumnStripes="0"/>' +
    `</table>`
  );
}
