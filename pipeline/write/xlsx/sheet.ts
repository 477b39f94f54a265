/**
 * One worksheet's XML, a row at a time, in the shape the exceljs streaming writer gave it (frozen header, column
 * widths, bold header row, text as t="str" cells, dates as serials under a yyyy-mm-dd style, formulas with their
 * cached results), so readers see the same cells. The body is spooled deflated as rows come; the head (views,
 * widths, header row) is made at the end, when the columns are all known.
 */
import { columnLetter } from '../../../templates/core/text.js';
import { SpooledPart, deflateBytes, deflateText, joinDeflated, type Deflated } from './deflated-part.js';
import { STYLE } from './styles.js';

/** A formula the writer itself made (SUBTOTAL, HYPERLINK) with the value Excel would show before recalculating. */
export interface FormulaCell {
  formula: string;
  result: string | number;
}

export type SheetCell = string | number | boolean | Date | null | undefined | FormulaCell;

export interface ListValidation {
  /** A1 range the dropdown covers, e.g. M2:M76. */
  range: string;
  /** Where its values are, e.g. Lists!$A$2:$A$5. */
  source: string;
}

export interface SheetOptions {
  /** Frozen first row, bold header, autofilter over it (every sheet but the hidden Lists sheet). */
  header: boolean;
  hidden?: boolean;
  /** A4 landscape, one page wide, row 1 repeated on each page, file, sheet and page in the footer (sheet-setup.ts). */
  print?: boolean;
}

const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" ' +
  'xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac"';
/** What printOptions (sheet-setup.ts) asks of the exceljs writers, as SpreadsheetML. */
const PRINT =
  '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>' +
  '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>' +
  `<headerFooter><oddFooter>${'&L&F — &A&R&P / &N'.replace(/&/g, '&amp;')}</oddFooter></headerFooter>`;
const MARGINS =
  '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
  '<pageSetup orientation="portrait" horizontalDpi="4294967295" verticalDpi="4294967295" scale="100" ' +
  'fitToWidth="1" fitToHeight="1"/>';

/** exceljs's xmlEncode: the five entities, and characters XML 1.0 cannot hold (C0 controls but tab, LF, CR; DEL)
 * left out. One pass over the char codes; most texts have none of them and come back as they are. */
export function xmlText(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 62 && c !== 127) continue;
    let entity: string;
    if (c === 60) entity = '&lt;';
    else if (c === 62) entity = '&gt;';
    else if (c === 38) entity = '&amp;';
    else if (c === 39) entity = '&apos;';
    else if (c === 34) entity = '&quot;';
    else if (c === 127 || (c < 32 && c !== 9 && c !== 10 && c !== 13)) entity = '';
    else continue;
    out += text.slice(from, i) + entity;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

const DEFAULT_WIDTH = 9;

/** Excel's serial day (1900 system), as exceljs wrote dates. */
const excelSerial = (d: Date) => 25569 + d.getTime() / 86_400_000;

function cellXml(ref: string, v: SheetCell, style: number): string {
  if (v === null || v === undefined) return '';
  const s = style ? ` s="${style}"` : '';
  if (typeof v === 'string') return `<c r="${ref}"${s} t="str"><v>${xmlText(v)}</v></c>`;
  if (typeof v === 'number') return `<c r="${ref}"${s}><v>${v}</v></c>`;
  if (typeof v === 'boolean') return `<c r="${ref}"${s} t="b"><v>${v ? 1 : 0}</v></c>`;
  if (v instanceof Date) return `<c r="${ref}" s="${STYLE.date}"><v>${excelSerial(v)}</v></c>`;
  const t = typeof v.result === 'string' ? ' t="str"' : '';
  return `<c r="${ref}"${s}${t}><f>${xmlText(v.formula)}</f><v>${xmlText(String(v.result))}</v></c>`;
}

export class SheetWriter {
  /** Rows written, the header included. */
  rows = 0;
  /** Let go once a sheet held in memory is deflated whole (end()). */
  private body: SpooledPart | undefined;
  private header: string[] = [];
  private widths: number[] = [];
  private letters: string[] = [];
  private readonly validations: ListValidation[] = [];
  private tablePart: string | undefined;
  private filter = true;
  private data: Deflated | undefined;

  constructor(
    readonly name: string,
    spoolPath: () => string,
    readonly options: SheetOptions,
  ) {
    this.body = new SpooledPart(spoolPath);
  }

  /** The spool file, if the body grew past one chunk. */
  get spoolPath(): string | undefined {
    return this.body?.spoolPath;
  }

  private open(): SpooledPart {
    if (!this.body || this.data) throw new Error(`sheet ${this.name}: changed after its end`);
    return this.body;
  }

  /** The header row and column widths, settled when the sheet ends (extra columns arrive with the records). */
  setHeader(header: readonly string[], widths: readonly number[]): void {
    this.open();
    this.header = [...header];
    this.widths = [...widths];
  }

  private letter(c: number): string {
    for (let i = this.letters.length; i <= c; i++) this.letters.push(columnLetter(i));
    return this.letters[c];
  }

  /** One data row under the header (row 2, 3, …); cells past the header are written too. */
  addRow(cells: readonly SheetCell[]): void {
    const r = ++this.rows + (this.options.header ? 1 : 0);
    let xml = `<row r="${r}" x14ac:dyDescent="0.25">`;
    for (let c = 0; c < cells.length; c++) xml += cellXml(this.letter(c) + r, cells[c], 0);
    this.open().write(xml + '</row>');
  }

  addValidation(v: ListValidation): void {
    this.open();
    this.validations.push(v);
  }

  /** An Excel table over the sheet: it carries its own filter, so the sheet's autofilter goes. */
  setTablePart(rid: string): void {
    this.open();
    this.tablePart = rid;
    this.filter = false;
  }

  /** No change after this. A body still in memory is deflated with its head and tail in one call, and let go. */
  end(): void {
    if (!this.body || this.data) return;
    this.body.end();
    const held = this.body.held();
    if (!held) return;
    this.data = deflateBytes(Buffer.concat([Buffer.from(this.head(), 'utf8'), held, Buffer.from(this.tail(), 'utf8')]));
    this.body = undefined;
  }

  private head(): string {
    const { header, widths } = this;
    let xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet ${NS}>`;
    if (this.options.print) xml += '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>';
    if (!this.options.header) return xml + '<sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="55"/><sheetData>';
    xml +=
      '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" ' +
      'state="frozen"/><selection pane="bottomLeft"/></sheetView></sheetViews>' +
      '<sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="55"/><cols>';
    header.forEach((h, i) => {
      const width = widths[i] ?? Math.min(50, Math.max(10, h.length + 2));
      // 9 is the default width, which exceljs left unwritten: the same columns as before.
      if (width !== DEFAULT_WIDTH) xml += `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`;
    });
    xml += `</cols><sheetData><row r="1" s="${STYLE.bold}" customFormat="1" x14ac:dyDescent="0.25">`;
    header.forEach((h, i) => (xml += cellXml(`${this.letter(i)}1`, h, STYLE.bold)));
    return xml + '</row>';
  }

  private tail(): string {
    let xml = '</sheetData>';
    if (this.options.header && this.filter)
      xml += `<autoFilter ref="A1:${this.letter(Math.max(0, this.header.length - 1))}1"/>`;
    if (this.validations.length) {
      xml += `<dataValidations count="${this.validations.length}">`;
      for (const v of this.validations)
        xml +=
          `<dataValidation type="list" allowBlank="1" showErrorMessage="1" errorStyle="warning" sqref="${v.range}">` +
          `<formula1>${xmlText(v.source)}</formula1></dataValidation>`;
      xml += '</dataValidations>';
    }
    xml += this.options.print ? PRINT : MARGINS;
    if (this.tablePart) xml += `<tableParts count="1"><tablePart r:id="${this.tablePart}"/></tableParts>`;
    return xml + '</worksheet>';
  }

  /** The whole part: head, spooled body, tail. */
  part(): Deflated {
    this.end();
    this.data ??= joinDeflated([deflateText(this.head()), this.body!, deflateText(this.tail())]);
    return this.data;
  }
}
