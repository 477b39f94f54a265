/** CSV → WorkbookGrid through papaparse: delimiter guessed, BOM dropped, one sheet named after the file. */
import Papa from 'papaparse';
import type { CellValue, WorkbookGrid } from '../../templates/index.js';

export function readCsv(text: string, file: string, sheetName: string): WorkbookGrid {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false, delimitersToGuess: [',', ';', '\t', '|'] });
  const fatal = parsed.errors.find((e) => e.type === 'Quotes');
  if (fatal) throw new Error(`CSV row ${(fatal.row ?? 0) + 1}: ${fatal.message}`);
  const rows: CellValue[][] = parsed.data.map((row) => row.map((v) => (v === '' ? null : v)));
  // papaparse yields one empty row for a final newline.
  while (rows.length && rows[rows.length - 1].every((v) => v === null)) rows.pop();
  return { file, sheets: [{ name: sheetName, rows }] };
}
