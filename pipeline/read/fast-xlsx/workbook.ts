/**
 * The workbook-level parts: where the workbook is (the package relationships say), its sheets and where
 * each is stored (its relationship target, wherever that is), shared strings, date system, date styles.
 * Each part is inflated once; sheet entries that point at a part already listed are read once and said.
 */
import type { ReaderNote } from '../../../templates/index.js';
import {
  attributes,
  collectText,
  MAIN_NS,
  namespacedAttribute,
  OFFICE_RELS_NS,
  PACKAGE_RELS_NS,
  head,
  prefixOf,
  tags,
  textNames,
} from './xml.js';
import { inflateEntry, type ZipEntry } from './zip.js';
import { Unreadable } from '../limits.js';
import { dateStyles, fillStyles } from './styles.js';
import { themeColours } from '../colours.js';

export interface SheetPart {
  name: string;
  path: string;
  hidden?: 'hidden' | 'veryHidden';
}

export interface WorkbookParts {
  sheets: SheetPart[];
  date1904: boolean;
  sharedStrings: string[];
  dateStyles: boolean[];
  fillStyles: (string | undefined)[];
  notes: ReaderNote[];
}

function text(buf: Buffer, entries: Map<string, ZipEntry>, path: string): string | undefined {
  const entry = entries.get(path) ?? [...entries.values()].find((e) => e.name.toLowerCase() === path.toLowerCase());
  return entry && inflateEntry(buf, entry).toString('utf8');
}

/** A relationship target resolved against the folder of the part that holds it ("" for the root). */
export function resolveTarget(folder: string, target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : folder + target;
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

function folderOf(path: string): string {
  return path.slice(0, path.lastIndexOf('/') + 1);
}

interface Relationship {
  type: string;
  path: string;
}

/** The relationships of one part, by id; external targets (links to other files) are left out. */
function relationships(xml: string | undefined, folder: string, part: string): Map<string, Relationship> {
  const out = new Map<string, Relationship>();
  if (!xml) return out;
  for (const r of tags(xml, 'Relationship', prefixOf(xml, PACKAGE_RELS_NS, part), part)) {
    if (r.TargetMode === 'External' || r.Id === undefined) continue;
    out.set(r.Id, { type: r.Type ?? '', path: resolveTarget(folder, r.Target ?? '') });
  }
  return out;
}

const ofType = (rels: Map<string, Relationship>, type: string) =>
  [...rels.values()].find((r) => r.type.endsWith(`/${type}`))?.path;

/** One shared string per <si>, rich-text runs joined, phonetic runs left out. */
export function sharedStrings(xml: Buffer, part = 'xl/sharedStrings.xml'): string[] {
  const prefix = prefixOf(head(xml), MAIN_NS, part);
  const names = textNames(prefix);
  const open = Buffer.from(`<${prefix}si`);
  const close = Buffer.from(`</${prefix}si>`);
  const out: string[] = [];
  for (let p = xml.indexOf(open); p >= 0; p = xml.indexOf(open, p)) {
    const next = xml[p + open.length];
    const end = xml.indexOf(62, p);
    if (end < 0) break;
    if (next !== 62 && next !== 47 && next > 32) {
      p = end + 1; // <sig…>: another element
      continue;
    }
    if (xml[end - 1] === 47) {
      out.push('');
      p = end + 1;
      continue;
    }
    const closeAt = xml.indexOf(close, end);
    const stop = closeAt < 0 ? xml.length : closeAt;
    out.push(collectText(xml, end + 1, stop, names));
    p = stop + close.length;
  }
  return out;
}

export function workbookParts(buf: Buffer, entries: Map<string, ZipEntry>): WorkbookParts {
  const root = relationships(text(buf, entries, '_rels/.rels'), '', '_rels/.rels');
  const workbookPath = ofType(root, 'officeDocument') ?? 'xl/workbook.xml';
  const workbook = text(buf, entries, workbookPath);
  if (workbook === undefined) throw new Unreadable({ rule: 'read.no-workbook', params: { part: workbookPath } });
  const folder = folderOf(workbookPath);
  const relsPath = `${folder}_rels/${workbookPath.slice(folder.length)}.rels`;
  const rels = relationships(text(buf, entries, relsPath), folder, relsPath);
  const main = prefixOf(workbook, MAIN_NS, workbookPath);
  const relPrefix = prefixOf(workbook, OFFICE_RELS_NS, workbookPath) || 'r:';
  const pr = tags(workbook, 'workbookPr', main, workbookPath)[0] ?? {};
  const sheets: SheetPart[] = [];
  const notes: ReaderNote[] = [];
  const readAs = new Map<string, string>();
  for (const s of tags(workbook, 'sheet', main, workbookPath)) {
    const name = s.name ?? '';
    const rel = rels.get(namespacedAttribute(s, 'id', relPrefix) ?? '');
    // Chart and dialog sheets hold no cells.
    if (rel && !rel.type.endsWith('/worksheet')) continue;
    const path = rel?.path;
    if (!path || !entries.has(path)) {
      notes.push({ rule: 'read.sheet-missing', sheet: name, params: { sheet: name } });
      continue;
    }
    const first = readAs.get(path);
    if (first !== undefined) {
      notes.push({ rule: 'read.sheet-shared-part', sheet: name, params: { sheet: name, first } });
      continue;
    }
    readAs.set(path, name);
    const part: SheetPart = { name, path };
    if (s.state === 'hidden' || s.state === 'veryHidden') part.hidden = s.state;
    sheets.push(part);
  }
  const sst = ofType(rels, 'sharedStrings') ?? `${folder}sharedStrings.xml`;
  const sstEntry = entries.get(sst) ?? [...entries.values()].find((e) => e.name.toLowerCase() === sst.toLowerCase());
  const stylesPath = ofType(rels, 'styles') ?? `${folder}styles.xml`;
  const styles = text(buf, entries, stylesPath);
  const themePath = ofType(rels, 'theme');
  const theme = themeColours(themePath ? text(buf, entries, themePath) : undefined);
  return {
    sheets,
    date1904: pr.date1904 === '1' || pr.date1904 === 'true',
    sharedStrings: sstEntry ? sharedStrings(inflateEntry(buf, sstEntry), sstEntry.name) : [],
    dateStyles: styles ? dateStyles(styles, stylesPath) : [],
    fillStyles: styles ? fillStyles(styles, theme, stylesPath) : [],
    notes,
  };
}

export { attributes };
