/**
 * Checks on what a reader handed over, before any template rule: hidden sheets and rows (kept,
 * but said), cells past Excel's length limit (kept whole), Excel error values (read as empty,
 * never consolidated as text), and macros (never run). Same rules for the CLI and the add-in.
 */
import { rowRuns } from './runs.js';
import type { CellValue, SheetGrid, WorkbookGrid } from './types.js';
import type { MessageCatalogue } from './messages.js';
import type { Reporter } from './report.js';
import { a1 } from './text.js';

/** Excel's maximum characters in one cell. */
export const EXCEL_CELL_LIMIT = 32_767;

/** The error values a cell can show; a reader hands them over as this text. */
export const EXCEL_ERRORS: ReadonlySet<string> = new Set([
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#UNKNOWN!',
]);

export const SHEET_CHECK_MESSAGES: MessageCatalogue = {
  'sheet.hidden': {
    en: 'Sheet "{sheet}" is hidden in Excel; its rows are read and consolidated like the others.',
    fr: 'La feuille « {sheet} » est masquée dans Excel ; ses lignes sont lues et consolidées comme les autres.',
    es: 'La hoja «{sheet}» está oculta en Excel; sus filas se leen y consolidan como las demás.',
  },
  'sheet.hidden-rows': {
    en: 'Rows {rows} are hidden in Excel; their data is read and consolidated.',
    fr: 'Les lignes {rows} sont masquées dans Excel ; leurs données sont lues et consolidées.',
    es: 'Las filas {rows} están ocultas en Excel; sus datos se leen y consolidan.',
  },
  'cell.too-long': {
    en: 'Cell {cell} holds {length} characters, more than Excel allows in a cell ({limit}); the whole value is kept, but Excel cannot show or edit all of it.',
    fr: 'La cellule {cell} contient {length} caractères, plus qu’Excel n’en permet par cellule ({limit}) ; la valeur est gardée entière, mais Excel ne peut pas l’afficher ni la modifier en entier.',
    es: 'La celda {cell} contiene {length} caracteres, más de lo que Excel permite por celda ({limit}); el valor se conserva entero, pero Excel no puede mostrarlo ni editarlo completo.',
  },
  'cell.error-value': {
    en: 'Cell {cell} shows the Excel error {value}; it is read as empty. Correct the formula or value in the source file.',
    fr: 'La cellule {cell} affiche l’erreur Excel {value} ; elle est lue comme vide. Corrigez la formule ou la valeur dans le fichier source.',
    es: 'La celda {cell} muestra el error de Excel {value}; se lee como vacía. Corrija la fórmula o el valor en el archivo de origen.',
  },
  'cell.not-a-number': {
    en: 'Cell {cell} holds {value}, which no spreadsheet can store as a number; it is read as empty. Correct the value in the source file.',
    fr: 'La cellule {cell} contient {value}, qu’aucun tableur ne peut enregistrer comme nombre ; elle est lue comme vide. Corrigez la valeur dans le fichier source.',
    es: 'La celda {cell} contiene {value}, que ninguna hoja de cálculo puede guardar como número; se lee como vacía. Corrija el valor en el archivo de origen.',
  },
  'workbook.macros-ignored': {
    en: 'The file contains macros (VBA); they were not run, only the cell values were read.',
    fr: 'Le fichier contient des macros (VBA) ; elles n’ont pas été exécutées, seules les valeurs des cellules ont été lues.',
    es: 'El archivo contiene macros (VBA); no se ejecutaron, solo se leyeron los valores de las celdas.',
  },
};

/** Hidden sheet and hidden rows of one template sheet: warned and info, data kept. */
export function reportHidden(grid: SheetGrid, report: Reporter): void {
  if (grid.hidden) report.warning('sheet.hidden', {}, { sheet: grid.name, state: grid.hidden });
  for (const rows of rowRuns(grid.hiddenRows ?? []))
    report.info('sheet.hidden-rows', { row: parseInt(rows, 10) }, { rows });
}

/**
 * Reports long cells and error values; returns the grid with error values blanked (a copy of
 * the rows that held one: the reader's grid is left as read).
 */
export function checkCells(grid: SheetGrid, report: Reporter): SheetGrid {
  const firstRow = grid.firstRow ?? 1;
  const firstColumn = grid.firstColumn ?? 1;
  let rows: CellValue[][] | undefined;
  grid.rows.forEach((row, r) => {
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      const where = () => ({ row: firstRow + r, cell: a1(firstColumn - 1 + c, firstRow + r) });
      if (typeof v === 'number' && !Number.isFinite(v)) {
        // NaN and ±Infinity: a value an XML cell can spell but no workbook can hold (openpyxl refuses such a file).
        const at = where();
        report.warning('cell.not-a-number', { ...at, value: String(v) }, { cell: at.cell, value: String(v) });
        rows ??= grid.rows.slice();
        if (rows[r] === row) rows[r] = row.slice();
        rows[r][c] = null;
        continue;
      }
      if (typeof v !== 'string') continue;
      if (v.length > EXCEL_CELL_LIMIT) {
        const at = where();
        report.warning('cell.too-long', at, { cell: at.cell, length: v.length, limit: EXCEL_CELL_LIMIT });
      } else if (v.charCodeAt(0) === 35 /* # */ && EXCEL_ERRORS.has(v)) {
        const at = where();
        report.warning('cell.error-value', { ...at, value: v }, { cell: at.cell, value: v });
        rows ??= grid.rows.slice();
        if (rows[r] === row) rows[r] = row.slice();
        rows[r][c] = null;
      }
    }
  });
  return rows ? { ...grid, rows } : grid;
}

/** Workbook-wide notes from the reader. */
export function reportWorkbook(workbook: WorkbookGrid, report: Reporter): void {
  if (workbook.macros) report.info('workbook.macros-ignored', {});
}
