/** Reads a whole workbook: finds each template sheet, runs its kind, accounts for every row. */
import type { Finding, RowAccounting, SheetGrid, WorkbookGrid } from './types.js';
import type { AnalyseOptions, OutputRecord, SheetAnalysis, TemplateKind, WorkbookContext } from './kind.js';
import type { MessageCatalogue } from './messages.js';
import { locateHeader, type HeaderMatch } from './header.js';
import { parseTable, type TableRecord } from './table.js';
import { Reporter } from './report.js';
import { isOwnListsSheet } from './blank.js';
import { appendAll } from './append.js';
import { rowRuns } from './runs.js';
import { checkCells, reportHidden, reportWorkbook, SHEET_CHECK_MESSAGES } from './sheet-checks.js';

export const WORKBOOK_MESSAGES: MessageCatalogue = {
  ...SHEET_CHECK_MESSAGES,
  'workbook.no-template': {
    en: 'No sheet of this file looks like a known template (no header row with {min} or more known columns in the first 20 rows).',
    fr: 'Aucune feuille de ce fichier ne ressemble à un modèle connu (pas de ligne d’en-tête avec au moins {min} colonnes connues dans les 20 premières lignes).',
    es: 'Ninguna hoja de este archivo parece una plantilla conocida (ninguna fila de encabezado con {min} o más columnas conocidas en las 20 primeras filas).',
  },
  'workbook.unreadable': {
    en: 'The file could not be read: {reason}.',
    fr: 'Le fichier n’a pas pu être lu : {reason}.',
    es: 'No se pudo leer el archivo: {reason}.',
  },
  'read.csv-encoding': {
    en: 'The file is not valid UTF-8; it was read as {encoding}. Check accented letters, or save it again as "CSV UTF-8".',
    fr: 'Le fichier n’est pas en UTF-8 valide ; il a été lu comme {encoding}. Vérifiez les lettres accentuées, ou enregistrez-le à nouveau en « CSV UTF-8 ».',
    es: 'El archivo no es UTF-8 válido; se leyó como {encoding}. Revise las letras acentuadas, o guárdelo de nuevo como «CSV UTF-8».',
  },
  'read.csv-unclosed-quote': {
    en: 'CSV row {row}: a quote opens a value and is not closed properly; the row was read with its quotes as plain text, and reading went on.',
    fr: 'Ligne CSV {row} : un guillemet ouvre une valeur sans la fermer correctement ; la ligne a été lue en gardant ses guillemets comme du texte, et la lecture a continué.',
    es: 'Fila CSV {row}: unas comillas abren un valor y no se cierran correctamente; la fila se leyó con sus comillas como texto, y la lectura continuó.',
  },
  'read.shared-string-missing': {
    en: '{count} cell(s) ({cells}) refer to shared strings the file does not hold: the file is damaged, and these cells read as empty. Open it in Excel to check them, or ask for a fresh copy.',
    fr: '{count} cellule(s) ({cells}) renvoient à des chaînes partagées absentes du fichier : le fichier est endommagé, et ces cellules sont lues comme vides. Ouvrez-le dans Excel pour les vérifier, ou demandez-en une nouvelle copie.',
    es: '{count} celda(s) ({cells}) remiten a cadenas compartidas que el archivo no contiene: el archivo está dañado, y esas celdas se leen como vacías. Ábralo en Excel para revisarlas, o pida una copia nueva.',
  },
  'read.sheet-missing': {
    en: 'Sheet "{sheet}" is listed in the workbook, but its data is missing from the file: the file is damaged, and no row of that sheet could be read.',
    fr: 'La feuille « {sheet} » figure dans le classeur, mais ses données manquent dans le fichier : le fichier est endommagé, et aucune ligne de cette feuille n’a pu être lue.',
    es: 'La hoja «{sheet}» figura en el libro, pero sus datos faltan en el archivo: el archivo está dañado, y no se pudo leer ninguna fila de esa hoja.',
  },
  'read.sheet-shared-part': {
    en: 'Sheet "{sheet}" points at the same data as sheet "{first}" (the file was not saved by Excel); that data was read once, as "{first}".',
    fr: 'La feuille « {sheet} » renvoie aux mêmes données que la feuille « {first} » (le fichier n’a pas été enregistré par Excel) ; ces données ont été lues une fois, comme « {first} ».',
    es: 'La hoja «{sheet}» remite a los mismos datos que la hoja «{first}» (el archivo no se guardó con Excel); esos datos se leyeron una vez, como «{first}».',
  },
  'layout.values-past-header': {
    en: 'Row {row} has {count} value(s) right of the header’s last column (from column {column}): a delimiter inside a value without quotes splits it, so its values from there on may sit one column too far. Every value is kept (as extra columns); put that value in quotes in the source file.',
    fr: 'La ligne {row} a {count} valeur(s) à droite de la dernière colonne de l’en-tête (dès la colonne {column}) : un séparateur dans une valeur sans guillemets la coupe, et ses valeurs suivantes peuvent être décalées d’une colonne. Toutes les valeurs sont gardées (en colonnes supplémentaires) ; mettez cette valeur entre guillemets dans le fichier source.',
    es: 'La fila {row} tiene {count} valor(es) a la derecha de la última columna del encabezado (desde la columna {column}): un separador dentro de un valor sin comillas lo divide, y sus valores siguientes pueden estar desplazados una columna. Se conservan todos los valores (como columnas adicionales); ponga ese valor entre comillas en el archivo de origen.',
  },
  'layout.rows-set-aside': {
    en: '{count} row(s) set aside ({reason}): {rows}.',
    fr: '{count} ligne(s) mise(s) de côté ({reason}) : {rows}.',
    es: '{count} fila(s) apartada(s) ({reason}): {rows}.',
  },
  'layout.row-set-aside': {
    en: 'Row set aside ({reason}): "{text}".',
    fr: 'Ligne mise de côté ({reason}) : « {text} ».',
    es: 'Fila apartada ({reason}): «{text}».',
  },
};

export interface SheetDetection {
  kind: TemplateKind;
  header: HeaderMatch;
}

/** The kind whose header matches best, if any reaches its minimum. */
export function detectSheet(grid: SheetGrid, kinds: readonly TemplateKind[]): SheetDetection | undefined {
  // Our hidden Lists sheets are headed by field keys; they hold dropdown values, not records. Told by our mark.
  if (isOwnListsSheet(grid.rows)) return undefined;
  let best: SheetDetection | undefined;
  for (const kind of kinds) {
    const header = locateHeader(grid, kind.def);
    if (header && (!best || header.score > best.header.score)) best = { kind, header };
  }
  return best;
}

export interface WorkbookAnalysis {
  file: string;
  sheets: SheetAnalysis[];
  findings: Finding[];
  accounting: RowAccounting;
}

export function emptyAccounting(): RowAccounting {
  return { read: 0, consolidated: 0, setAside: {} };
}

export function addAccounting(total: RowAccounting, part: RowAccounting): RowAccounting {
  total.read += part.read;
  total.consolidated += part.consolidated;
  for (const [reason, n] of Object.entries(part.setAside)) {
    const key = reason as keyof RowAccounting['setAside'];
    total.setAside[key] = (total.setAside[key] ?? 0) + (n ?? 0);
  }
  return total;
}

/** Kinds build their output records from typed rows; the extra columns ride along by source row. */
function carryExtra(from: readonly TableRecord[], to: OutputRecord[]): void {
  const byRow = new Map(from.filter((r) => r.extra).map((r) => [r.source.row, r.extra]));
  if (!byRow.size) return;
  for (const record of to) {
    const extra = byRow.get(record.source.row);
    if (extra) record.extra = extra;
  }
}

/** Blank and section rows are many and self-explanatory: one finding per reason per sheet lists them. */
function reportQuietSetAside(setAside: readonly { row: number; reason: string }[], layout: Reporter): void {
  for (const reason of ['blank', 'section']) {
    const rows = setAside
      .filter((r) => r.reason === reason)
      .map((r) => r.row)
      .sort((a, b) => a - b);
    if (rows.length)
      layout.info(
        'layout.rows-set-aside',
        { row: rows[0] },
        { reason, count: rows.length, rows: rowRuns(rows).join(', ') },
      );
  }
}

export function analyseWorkbook(
  workbook: WorkbookGrid,
  kinds: readonly TemplateKind[],
  options: AnalyseOptions,
): WorkbookAnalysis {
  const detections = workbook.sheets.map((grid) => ({ grid, detection: detectSheet(grid, kinds) }));
  const context: WorkbookContext = {
    file: workbook.file,
    otherSheets: detections.filter((d) => !d.detection).map((d) => d.grid),
    options,
  };
  const sheets: SheetAnalysis[] = [];
  const findings: Finding[] = [];
  const accounting = emptyAccounting();
  for (const note of workbook.notes ?? []) {
    findings.push(
      new Reporter(WORKBOOK_MESSAGES, options.lang, workbook.file, note.sheet ?? '').add(
        note.rule,
        note.severity,
        {
          ...(note.row === undefined ? {} : { row: note.row }),
          ...(note.cell === undefined ? {} : { cell: note.cell }),
        },
        note.params,
      ),
    );
  }
  for (const { grid, detection } of detections) {
    if (!detection) continue;
    const layout = new Reporter(WORKBOOK_MESSAGES, options.lang, workbook.file, grid.name);
    const table = parseTable(checkCells(grid, layout), detection.kind.def, workbook.file, detection.header);
    if (!table) continue;
    reportHidden(grid, layout);
    const analysis = detection.kind.analyseSheet(table, context);
    carryExtra(table.records, analysis.records);
    for (const row of table.setAside) {
      if (row.reason === 'note' || row.reason === 'repeated-header')
        layout.info('layout.row-set-aside', { row: row.row }, { reason: row.reason, text: row.text });
    }
    reportQuietSetAside(table.setAside, layout);
    for (const { row, columns, first } of table.pastHeader)
      layout.error(
        'layout.values-past-header',
        { row, column: first },
        { row, count: columns.length, column: columns[0] },
      );
    appendAll(analysis.findings, layout.findings);
    sheets.push(analysis);
    addAccounting(accounting, table.accounting);
  }
  for (const kind of kinds) {
    const own = sheets.filter((s) => s.kind === kind.def.kind);
    if (own.length && kind.checkWorkbook) appendAll(findings, kind.checkWorkbook(own, context));
  }
  const book = new Reporter(WORKBOOK_MESSAGES, options.lang, workbook.file, '');
  reportWorkbook(workbook, book);
  if (!sheets.length)
    book.warning('workbook.no-template', {}, { min: Math.min(...kinds.map((k) => k.def.minColumns)) });
  appendAll(findings, book.findings);
  return { file: workbook.file, sheets, findings, accounting };
}
