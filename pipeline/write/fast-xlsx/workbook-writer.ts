/**
 * Values-only xlsx written as a stream: one sheet at a time, rows appended as XML text.
 * Enough for our outputs (frozen bold header, autofilter, column widths, dates); no shared strings.
 */
import type { CellValue } from '../../../templates/index.js';
import { columnLetter } from '../../../templates/index.js';
import { ZipWriter } from './zip-writer.js';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** Style 0 plain, 1 bold header, 2 date (yyyy-mm-dd). */
const STYLES = `${XML}<styleSheet xmlns="${NS}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>`
  + '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
  + '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
  + '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
  + '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
  + '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
  + '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
  + '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

const SPECIAL = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;
const SPECIAL_ALL = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** XML text; characters XML 1.0 cannot carry are dropped. */
export function escapeXml(text: string): string {
  return SPECIAL.test(text) ? text.replace(SPECIAL_ALL, (c) => ENTITY[c] ?? '') : text;
}

const MS_PER_DAY = 86_400_000;
/** Excel serial (1900 system) of a JS date, the inverse of the readers' conversion. */
function serial(date: Date): number {
  return date.getTime() / MS_PER_DAY + 25569;
}

export interface SheetOptions {
  header: readonly string[];
  widths?: readonly number[];
}

export class SheetWriter {
  private rowNumber = 0;
  private buffer = '';
  private readonly letters: string[] = [];

  constructor(private readonly push: (text: string) => Promise<void>) {}

  private letter(col: number): string {
    return this.letters[col] ??= columnLetter(col);
  }

  /** Appends one row; flushes to the zip every megabyte or so. */
  async addRow(values: readonly CellValue[], style = 0): Promise<void> {
    const r = ++this.rowNumber;
    let xml = `<row r="${r}">`;
    for (let c = 0; c < values.length; c++) {
      const v = values[c];
      if (v === null || v === undefined || v === '') continue;
      const ref = this.letter(c) + r;
      const s = style ? ` s="${style}"` : '';
      if (typeof v === 'string') xml += `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(v)}</t></is></c>`;
      else if (typeof v === 'number') xml += Number.isFinite(v) ? `<c r="${ref}"${s}><v>${v}</v></c>` : `<c r="${ref}"${s} t="inlineStr"><is><t>${v}</t></is></c>`;
      else if (typeof v === 'boolean') xml += `<c r="${ref}"${s} t="b"><v>${v ? 1 : 0}</v></c>`;
      else xml += `<c r="${ref}" s="2"><v>${serial(v)}</v></c>`;
    }
    this.buffer += `${xml}</row>`;
    if (this.buffer.length > 1 << 20) await this.flush();
  }

  async flush(): Promise<void> {
    if (!this.buffer) return;
    const text = this.buffer;
    this.buffer = '';
    await this.push(text);
  }
}

export class XlsxStreamWriter {
  private readonly sheets: string[] = [];

  private constructor(private readonly zip: ZipWriter) {}

  static async create(path: string): Promise<XlsxStreamWriter> {
    return new XlsxStreamWriter(await ZipWriter.create(path));
  }

  /** Writes a whole sheet: frozen bold header with an autofilter, then the rows `fill` adds. */
  async sheet(name: string, options: SheetOptions, fill: (sheet: SheetWriter) => Promise<void>): Promise<void> {
    this.sheets.push(name);
    const width = Math.max(1, options.header.length);
    await this.zip.entry(`xl/worksheets/sheet${this.sheets.length}.xml`, async (push) => {
      const cols = options.header.map((h, i) => {
        const w = options.widths?.[i] ?? Math.min(50, Math.max(10, h.length + 2));
        return `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`;
      }).join('');
      await push(`${XML}<worksheet xmlns="${NS}" xmlns:r="${REL}"><sheetViews><sheetView workbookViewId="0">`
        + '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>'
        + `${cols ? `<cols>${cols}</cols>` : ''}<sheetData>`);
      const sheet = new SheetWriter(push);
      await sheet.addRow(options.header, 1);
      await fill(sheet);
      await sheet.flush();
      await push(`</sheetData><autoFilter ref="A1:${columnLetter(width - 1)}1"/></worksheet>`);
    });
  }

  async close(): Promise<void> {
    const sheets = this.sheets;
    const text = (path: string, xml: string) => this.zip.entry(path, (push) => push(xml));
    await text('xl/workbook.xml', `${XML}<workbook xmlns="${NS}" xmlns:r="${REL}"><bookViews><workbookView/></bookViews><sheets>`
      + sheets.map((n, i) => `<sheet name="${escapeXml(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')
      + `</sheets><definedNames>${sheets.map((n, i) => `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">'${escapeXml(n.replace(/'/g, "''"))}'!$A$1:$A$1</definedName>`).join('')}</definedNames></workbook>`);
    await text('xl/_rels/workbook.xml.rels', `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`
      + sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')
      + `<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`);
    await text('xl/styles.xml', STYLES);
    await text('_rels/.rels', `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`
      + `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
    await text('[Content_Types].xml', `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`
      + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
      + '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
      + '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
      + sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')
      + '</Types>');
    await this.zip.close();
  }
}
