/**
 * Excel table objects (ListObjects) for sheets written by the exceljs streaming writer, which cannot
 * write table parts itself. After the workbook is written, the zip is opened again with JSZip and,
 * per table, gets xl/tables/tableN.xml, a tablePart in its sheet, the sheet relationship and a
 * content-type override. Other entries are copied as they are.
 */
import { readFile, writeFile } from 'node:fs/promises';
import JSZip from 'jszip';
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
const REL_TABLE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/table';
const TABLE_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const unescapeXml = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

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

/** Sheet name → its part path, through workbook.xml and its relationships. */
function sheetParts(workbookXml: string, relsXml: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const m of relsXml.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const parts = new Map<string, string>();
  for (const m of workbookXml.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const rid = /\br:id="([^"]+)"/.exec(m[0])?.[1];
    const part = rid && targets.get(rid);
    if (name !== undefined && part) parts.set(unescapeXml(name), part);
  }
  return parts;
}

function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

/** The table carries its own filter: a sheet autoFilter over the same cells makes Excel repair the file. */
function withTablePart(sheetXml: string, rid: string): string {
  let xml = sheetXml.replace(/<autoFilter\b[^>]*\/>|<autoFilter\b[\s\S]*?<\/autoFilter>/, '');
  if (!/xmlns:r="/.test(xml)) xml = xml.replace(/<worksheet\b/, `<worksheet xmlns:r="${REL_NS}"`);
  const part = `<tableParts count="1"><tablePart r:id="${rid}"/></tableParts>`;
  // tableParts is the last child but extLst in the schema's sequence.
  const at = xml.includes('<extLst') ? xml.indexOf('<extLst') : xml.lastIndexOf('</worksheet>');
  return xml.slice(0, at) + part + xml.slice(at);
}

function withRelationship(relsXml: string | undefined, rid: string, target: string): string {
  const rel = `<Relationship Id="${rid}" Type="${REL_TABLE}" Target="${target}"/>`;
  const ns = 'http://schemas.openxmlformats.org/package/2006/relationships';
  const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  if (!relsXml) return `${head}<Relationships xmlns="${ns}">${rel}</Relationships>`;
  return relsXml.replace('</Relationships>', `${rel}</Relationships>`);
}

/** Rewrites the xlsx at `path` in place (the caller's temporary file) with one table object per spec. */
export async function addTableParts(path: string, specs: readonly TableSpec[]): Promise<void> {
  if (!specs.length) return;
  const zip = await JSZip.loadAsync(await readFile(path));
  const text = async (name: string) => zip.file(name)?.async('string');
  const parts = sheetParts((await text('xl/workbook.xml')) ?? '', (await text('xl/_rels/workbook.xml.rels')) ?? '');
  let contentTypes = (await text('[Content_Types].xml')) ?? '';
  const overrides: string[] = [];
  for (const [i, spec] of specs.entries()) {
    const part = parts.get(spec.sheet);
    if (!part) throw new Error(`table ${spec.name}: sheet "${spec.sheet}" not found in the workbook`);
    const id = i + 1;
    const rid = `rIdPseaTable${id}`;
    zip.file(`xl/tables/table${id}.xml`, tableXml(spec, id));
    zip.file(part, withTablePart((await text(part)) ?? '', rid));
    zip.file(relsPathOf(part), withRelationship(await text(relsPathOf(part)), rid, `../tables/table${id}.xml`));
    overrides.push(`<Override PartName="/xl/tables/table${id}.xml" ContentType="${TABLE_TYPE}"/>`);
  }
  contentTypes = contentTypes.replace('</Types>', `${overrides.join('')}</Types>`);
  zip.file('[Content_Types].xml', contentTypes);
  // Unchanged entries keep their compressed bytes; only the patched parts are deflated again.
  await writeFile(
    path,
    await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } }),
  );
}
