/**
 * A workbook of plain sheets, streamed: each sheet spools its rows deflated to a temporary file beside the
 * target (sheet.ts), and commit() writes the zip in one pass: content types, workbook, styles, sheets in the
 * order asked, their Excel tables, and the spools removed. Sheets may be filled at the same time (records of each
 * kind and findings arrive together, file by file).
 *
 * Why our own writer (issue 17), by `npm run bench:writers` on the 100,000-row mapping (100,000 records, 179,704
 * findings, 323 MiB of sheet XML), CPU seconds in one process, load average 13 on 2 cores:
 *   exceljs streaming writer, record and finding sheets only ....... 8.12 s  (6.8× the floor)
 *   this writer, the whole workbook with its table sheets .......... 3.40 s  (2.8× the floor)
 *   floor: zlib deflating the same XML at level 1 / level 6 ........ 1.20 s / 2.57 s
 * exceljs spends its time building a cell model, a style lookup and an XML stream per cell, and deflates at level
 * 6; these sheets are plain rows, three styles, no shared strings. Level 1 gives a file of the same size on these
 * repetitive sheets (43.1 MiB, as exceljs's) at half the deflate time. exceljs stays the writer of the blank
 * templates (styled, small) and the oracle: tests read this writer's files back with exceljs and openpyxl.
 */
import { rmSync } from 'node:fs';
import { temporaryPath } from '../atomic.js';
import { tableXml, type TableSpec } from '../xlsx-tables.js';
import { deflateText } from './deflated-part.js';
import { SheetWriter, xmlText, type SheetOptions } from './sheet.js';
import { REL, ROOT_RELS, STYLES_XML, XML_HEAD } from './styles.js';
import { writeZip, type ZipEntry } from './zip.js';

const CT = 'application/vnd.openxmlformats-officedocument';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

export class XlsxWriter {
  private sheets: SheetWriter[] = [];
  private readonly tables: { sheet: SheetWriter; spec: TableSpec }[] = [];

  /** `target` is the file commit() writes unless it is given another; spools sit beside it. */
  constructor(readonly target: string) {}

  addSheet(name: string, options: SheetOptions): SheetWriter {
    const n = this.sheets.length + 1;
    const sheet = new SheetWriter(name, () => temporaryPath(`${this.target}-sheet${n}`), options);
    this.sheets.push(sheet);
    return sheet;
  }

  /** An Excel table over a sheet already added (its spec names the sheet). */
  addTable(sheet: SheetWriter, spec: TableSpec): void {
    const id = this.tables.length + 1;
    this.tables.push({ sheet, spec });
    sheet.setTablePart(`rIdPseaTable${id}`);
  }

  /** Writes the zip, its sheets in `order` (every sheet added, each once), and removes the spools, also on failure. */
  commit(created: string, order: readonly SheetWriter[] = this.sheets, target = this.target): void {
    try {
      if (order.length !== this.sheets.length || order.some((s) => !this.sheets.includes(s)))
        throw new Error('the sheet order must name every sheet once');
      this.sheets = [...order];
      for (const sheet of this.sheets) sheet.end();
      writeZip(target, this.entries(created));
    } finally {
      this.discard();
    }
  }

  discard(): void {
    for (const sheet of this.sheets) {
      sheet.end();
      if (sheet.spoolPath) rmSync(sheet.spoolPath, { force: true });
    }
  }

  private entries(created: string): ZipEntry[] {
    const text = (name: string, xml: string): ZipEntry => ({ name, data: deflateText(xml) });
    const sheetPart = (i: number) => `xl/worksheets/sheet${i + 1}.xml`;
    const overrides = [
      ['/xl/workbook.xml', `${CT}.spreadsheetml.sheet.main+xml`],
      ...this.sheets.map((_, i) => [`/${sheetPart(i)}`, `${CT}.spreadsheetml.worksheet+xml`]),
      ['/xl/styles.xml', `${CT}.spreadsheetml.styles+xml`],
      ...this.tables.map((_, i) => [`/xl/tables/table${i + 1}.xml`, `${CT}.spreadsheetml.table+xml`]),
      ['/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml'],
      ['/docProps/app.xml', `${CT}.extended-properties+xml`],
    ];
    const types =
      XML_HEAD +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      overrides.map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`).join('') +
      '</Types>';
    const sheets = this.sheets
      .map(
        (s, i) =>
          `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}"${s.options.hidden ? ' state="hidden"' : ''} ` +
          `r:id="rId${i + 2}"/>`,
      )
      .join('');
    const workbook =
      XML_HEAD +
      `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL.doc}"><workbookPr/>` +
      `<bookViews><workbookView/></bookViews><sheets>${sheets}</sheets>${printTitles(this.sheets)}` +
      '<calcPr calcId="171027"/></workbook>';
    const workbookRels =
      XML_HEAD +
      `<Relationships xmlns="${REL.pkg}">` +
      `<Relationship Id="rId1" Type="${REL.doc}/styles" Target="styles.xml"/>` +
      this.sheets
        .map(
          (_, i) =>
            `<Relationship Id="rId${i + 2}" Type="${REL.doc}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
        )
        .join('') +
      '</Relationships>';
    const entries: ZipEntry[] = [
      text('[Content_Types].xml', types),
      text('_rels/.rels', ROOT_RELS),
      text('docProps/app.xml', appXml(this.sheets.map((s) => s.name))),
      text('docProps/core.xml', coreXml(created)),
      text('xl/workbook.xml', workbook),
      text('xl/_rels/workbook.xml.rels', workbookRels),
      text('xl/styles.xml', STYLES_XML),
    ];
    this.sheets.forEach((sheet, i) => entries.push({ name: sheetPart(i), data: sheet.part() }));
    this.tables.forEach(({ sheet, spec }, i) => {
      const id = i + 1;
      entries.push(text(`xl/tables/table${id}.xml`, tableXml(spec, id)));
      entries.push(
        text(
          `xl/worksheets/_rels/sheet${this.sheets.indexOf(sheet) + 1}.xml.rels`,
          XML_HEAD +
            `<Relationships xmlns="${REL.pkg}"><Relationship Id="rIdPseaTable${id}" Type="${REL.doc}/table" ` +
            `Target="../tables/table${id}.xml"/></Relationships>`,
        ),
      );
    });
    return entries;
  }
}

/** Row 1 printed at the top of each page of the sheets that print (Excel's _xlnm.Print_Titles, one per sheet). */
function printTitles(sheets: readonly SheetWriter[]): string {
  const names = sheets
    .map((s, i) =>
      s.options.print
        ? `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">` +
          `${xmlText(`'${s.name.replace(/'/g, "''")}'`)}!$1:$1</definedName>`
        : '',
    )
    .join('');
  return names ? `<definedNames>${names}</definedNames>` : '';
}

function appXml(names: readonly string[]): string {
  const titles = names.map((n) => `<vt:lpstr>${xmlText(n)}</vt:lpstr>`).join('');
  return (
    XML_HEAD +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ' +
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>psea-sheets' +
    '</Application><HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr>' +
    `</vt:variant><vt:variant><vt:i4>${names.length}</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
    `<TitlesOfParts><vt:vector size="${names.length}" baseType="lpstr">${titles}</vt:vector></TitlesOfParts>` +
    '</Properties>'
  );
}

function coreXml(created: string): string {
  const when = created.replace(/\.\d+Z$/, 'Z');
  return (
    XML_HEAD +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>psea-sheets</dc:creator>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`
  );
}
