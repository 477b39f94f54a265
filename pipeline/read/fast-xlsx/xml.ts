/**
 * Byte-level XML helpers for the few, regular parts of an xlsx. Tags are found with Buffer/String indexOf
 * (native) and every scan moves forward only, so no part, however malformed, costs more than linear time.
 * Elements are matched by namespace: the prefix a part binds to SpreadsheetML (often none, `x:` for some
 * generators) is read from its root element.
 */
import { Unreadable } from '../limits.js';

/** SpreadsheetML main namespace: transitional (what Excel writes) and strict (ISO 29500). */
export const MAIN_NS = [
  'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  'http://purl.oclc.org/ooxml/spreadsheetml/main',
];
export const PACKAGE_RELS_NS = ['http://schemas.openxmlformats.org/package/2006/relationships'];
export const OFFICE_RELS_NS = [
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  'http://purl.oclc.org/ooxml/officeDocument/relationships',
];

const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const ENTITY = /&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|lt|gt|amp|quot|apos);/g;

/** The five named entities and character references; a reference to no character is left as written. */
export function decodeEntities(text: string): string {
  if (text.indexOf('&') < 0) return text;
  return text.replace(ENTITY, (whole, e: string) => {
    if (e[0] !== '#') return NAMED[e];
    const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Excel escapes control characters in text as _xHHHH_ (exceljs decodes them too). */
const ESCAPED = /_x([0-9A-Fa-f]{4})_/g;
export function decodeText(text: string): string {
  const plain = decodeEntities(text);
  return plain.indexOf('_x') < 0
    ? plain
    : plain.replace(ESCAPED, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

const LT = 60,
  GT = 62,
  SLASH = 47,
  SPACE = 32;

export function isNameEnd(byte: number): boolean {
  return byte === GT || byte === SLASH || byte <= SPACE;
}

/** True when b holds `<` + prefix + name + a name end at lt. */
export function startsElement(b: Buffer, lt: number, prefix: Buffer, name: Buffer): boolean {
  let p = lt + 1;
  for (let i = 0; i < prefix.length; i++) if (b[p++] !== prefix[i]) return false;
  for (let i = 0; i < name.length; i++) if (b[p++] !== name[i]) return false;
  return isNameEnd(b[p]);
}

/** The element names a scanner looks for, under one prefix ('' or 'x:'). */
export interface Names {
  prefix: Buffer;
  t: Buffer;
  tClose: Buffer;
  rPh: Buffer;
  rPhClose: Buffer;
}

export function textNames(prefix: string): Names {
  return {
    prefix: Buffer.from(prefix),
    t: Buffer.from('t'),
    tClose: Buffer.from(`</${prefix}t>`),
    rPh: Buffer.from('rPh'),
    rPhClose: Buffer.from(`</${prefix}rPh>`),
  };
}

/**
 * The text of every <t> between from and to, joined: a plain string, rich-text runs,
 * or an inline string. Phonetic runs (<rPh>) are not text of the cell.
 */
export function collectText(b: Buffer, from: number, to: number, names: Names): string {
  let out = '';
  let p = from;
  for (;;) {
    const lt = b.indexOf(LT, p);
    if (lt < 0 || lt >= to) return out;
    if (startsElement(b, lt, names.prefix, names.t)) {
      const open = b.indexOf(GT, lt);
      if (open < 0 || open >= to) return out;
      if (b[open - 1] === SLASH) {
        p = open + 1;
        continue;
      }
      const close = b.indexOf(names.tClose, open);
      if (close < 0 || close > to) return out;
      out += decodeText(b.toString('utf8', open + 1, close));
      p = close + names.tClose.length;
    } else if (startsElement(b, lt, names.prefix, names.rPh)) {
      const close = b.indexOf(names.rPhClose, lt);
      p = close < 0 ? to : close + names.rPhClose.length;
    } else {
      p = lt + 1;
    }
  }
}

/**
 * Attributes of one tag given as text, e.g. '<sheet name="A" r:id="rId1"/>', in one forward pass.
 * A value without quotes makes the tag unreadable: the part is damaged.
 */
export function attributes(tag: string, part = ''): Record<string, string> {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  const end = tag.length;
  let p = 1;
  while (p < end && tag.charCodeAt(p) > SPACE && tag[p] !== '/' && tag[p] !== '>') p++; // the element name
  for (;;) {
    while (p < end && tag.charCodeAt(p) <= SPACE) p++;
    if (p >= end || tag[p] === '/' || tag[p] === '>') return out;
    const nameStart = p;
    while (p < end && tag[p] !== '=' && tag.charCodeAt(p) > SPACE && tag[p] !== '>' && tag[p] !== '/') p++;
    const name = tag.slice(nameStart, p);
    while (p < end && tag.charCodeAt(p) <= SPACE) p++;
    if (tag[p] !== '=') continue; // a name without a value: not ours to judge
    p++;
    while (p < end && tag.charCodeAt(p) <= SPACE) p++;
    const quote = tag[p];
    if (quote !== '"' && quote !== "'") throw malformed(tag, part);
    const close = tag.indexOf(quote, p + 1);
    if (close < 0) throw malformed(tag, part);
    out[name] = decodeEntities(tag.slice(p + 1, close));
    p = close + 1;
  }
}

function malformed(tag: string, part: string): Unreadable {
  const excerpt = tag.length > 40 ? `${tag.slice(0, 40)}…` : tag;
  return new Unreadable({ rule: 'read.xml-malformed', params: { part, excerpt } });
}

/** Every opening (or self-closing) tag of one element in an XML text, as its attributes; linear time. */
export function tags(xml: string, name: string, prefix: string, part: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  const open = `<${prefix}${name}`;
  for (let p = xml.indexOf(open); p >= 0;) {
    const next = xml.charCodeAt(p + open.length);
    if (!(next <= SPACE || next === SLASH || next === GT)) {
      p = xml.indexOf(open, p + 1);
      continue;
    }
    const end = xml.indexOf('>', p);
    if (end < 0) return out; // an element never closed: the rest of the part is inside it
    out.push(attributes(xml.slice(p, end + 1), part));
    p = xml.indexOf(open, end + 1);
  }
  return out;
}

/** The start of a part, where its root element and namespace declarations are (64 KB holds any real one). */
export function head(xml: Buffer): string {
  return xml.toString('utf8', 0, Math.min(xml.length, 1 << 16));
}

/** The first tag of the text that is an element (not a declaration, comment or processing instruction). */
function rootTag(xml: string): string {
  for (let p = xml.indexOf('<'); p >= 0; p = xml.indexOf('<', p + 1)) {
    const c = xml[p + 1];
    if (c === '?' || c === '!') continue;
    const end = xml.indexOf('>', p);
    return end < 0 ? '' : xml.slice(p, end + 1);
  }
  return '';
}

/**
 * The prefix the root element binds to one of the namespaces ('' for the default namespace, 'x:' …),
 * or '' when the part declares none of them (hand-written parts often omit it).
 */
export function prefixOf(xmlHead: string, namespaces: readonly string[], part: string): string {
  const attrs = attributes(rootTag(xmlHead), part);
  if (namespaces.includes(attrs.xmlns ?? '')) return '';
  for (const [key, value] of Object.entries(attrs))
    if (key.startsWith('xmlns:') && namespaces.includes(value)) return `${key.slice(6)}:`;
  return '';
}

/** The attribute `local` under the prefix bound to a namespace, e.g. r:id. */
export function namespacedAttribute(attrs: Record<string, string>, local: string, prefix: string): string | undefined {
  return attrs[`${prefix}${local}`] ?? Object.entries(attrs).find(([k]) => k.endsWith(`:${local}`))?.[1];
}
