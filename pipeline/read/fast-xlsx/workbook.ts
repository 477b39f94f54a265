/** The workbook-level parts: sheet list and targets, shared strings, date system, date styles. */
import { collectText, tags } from './xml.js';
import { inflateEntry, type ZipEntry } from './zip.js';
import { Unreadable } from '../limits.js';
import { dateStyles, fillStyles } from './styles.js';

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
}

function text(buf: Buffer, entries: Map<string, ZipEntry>, path: string): string | undefined {
  const entry = entries.get(path);
  return entry && inflateEntry(buf, entry).toString('utf8');
}

/** "worksheets/sheet1.xml" relative to xl/, or an absolute "/xl/…" target. */
function resolveTarget(target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.') parts.push(part);
  }
  return parts.join('/');
}

const SI_OPEN = Buffer.from('<si');
const SI_CLOSE = Buffer.from('</si>');

export function sharedStrings(xml: Buffer): string[] {
  const out: string[] = [];
  for (let p = xml.indexOf(SI_OPEN); p >= 0; p = xml.indexOf(SI_OPEN, p)) {
    const open = xml.indexOf(62, p);
    if (xml[open - 1] === 47) {
      out.push('');
      p = open + 1;
      continue;
    }
    const close = xml.indexOf(SI_CLOSE, open);
    const end = close < 0 ? xml.length : close;
    out.push(collectText(xml, open + 1, end));
    p = end + 5;
  }
  return out;
}

export function workbookParts(buf: Buffer, entries: Map<string, ZipEntry>): WorkbookParts {
  const workbook = text(buf, entries, 'xl/workbook.xml');
  if (workbook === undefined) throw new Unreadable({ rule: 'read.no-workbook', params: {} });
  const rels = text(buf, entries, 'xl/_rels/workbook.xml.rels') ?? '';
  const targets = new Map(tags(rels, 'Relationship').map((r) => [r.Id, resolveTarget(r.Target ?? '')]));
  const pr = tags(workbook, 'workbookPr')[0] ?? {};
  const sheets: SheetPart[] = [];
  for (const s of tags(workbook, 'sheet')) {
    const id = Object.entries(s).find(([k]) => k === 'r:id' || k.endsWith(':id'))?.[1];
    const path = id && targets.get(id);
    if (!path || !entries.has(path) || !/worksheets?\//.test(path)) continue;
    const part: SheetPart = { name: s.name ?? '', path };
    if (s.state === 'hidden' || s.state === 'veryHidden') part.hidden = s.state;
    sheets.push(part);
  }
  const sstEntry =
    entries.get('xl/sharedStrings.xml') ?? [...entries.values()].find((e) => /^xl\/sharedStrings\.xml$/i.test(e.name));
  const styles = text(buf, entries, 'xl/styles.xml');
  return {
    sheets,
    date1904: pr.date1904 === '1' || pr.date1904 === 'true',
    sharedStrings: sstEntry ? sharedStrings(inflateEntry(buf, sstEntry)) : [],
    dateStyles: styles ? dateStyles(styles) : [],
    fillStyles: styles ? fillStyles(styles) : [],
  };
}
