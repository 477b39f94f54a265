/** Which cell styles show numbers as dates (the numFmt of each cellXfs entry), and which fill a cell with a colour. */
import { MAIN_NS, prefixOf, tags } from './xml.js';

/** Built-in formats that are dates or times (ECMA-376 §18.8.30), plus the East Asian date ids. */
const BUILTIN_DATES = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56,
  57, 58,
]);

/** A custom format is a date when, outside quotes, escapes and [colour]/[$-locale] parts, it uses y, m, d, h or s. */
export function isDateFormat(code: string): boolean {
  // Excel stores at most 255 characters of a format; a longer "format" is no date and is not scanned.
  if (code.length > 255) return false;
  const bare = code
    .replace(/\[[^\]]*]/g, '')
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/_.|\*./g, '');
  return /[ymdhsYMDHS]/.test(bare.replace(/General/gi, '').replace(/AM\/PM|A\/P/gi, ''));
}

/** isDate[style index] for every cell style of the workbook. */
export function dateStyles(xml: string, part = 'xl/styles.xml'): boolean[] {
  const prefix = prefixOf(xml, MAIN_NS, part);
  const custom = new Map<number, string>();
  for (const f of tags(xml, 'numFmt', prefix, part)) custom.set(Number(f.numFmtId), f.formatCode ?? '');
  const start = xml.indexOf(`<${prefix}cellXfs`);
  if (start < 0) return [];
  const end = xml.indexOf(`</${prefix}cellXfs>`, start);
  return tags(xml.slice(start, end < 0 ? undefined : end), 'xf', prefix, part).map((xf) => {
    const id = Number(xf.numFmtId ?? 0);
    const code = custom.get(id);
    return code !== undefined ? isDateFormat(code) : BUILTIN_DATES.has(id);
  });
}

/** The section of styles.xml between <NAME> and </NAME>, or ''. */
function section(xml: string, prefix: string, name: string): string {
  const start = xml.indexOf(`<${prefix}${name}`);
  if (start < 0) return '';
  const end = xml.indexOf(`</${prefix}${name}>`, start);
  return xml.slice(start, end < 0 ? undefined : end);
}

/**
 * The solid fill colour of every cell style ("FF4472C4", "theme:4", "indexed:10"), undefined for no fill: a Gantt
 * marks its periods with a colour as often as with an x. Pattern fills other than solid are not colours.
 */
export function fillStyles(xml: string, part = 'xl/styles.xml'): (string | undefined)[] {
  const prefix = prefixOf(xml, MAIN_NS, part);
  const colours = section(xml, prefix, 'fills')
    .split(new RegExp(`<${prefix}fill(?=[\\s/>])`))
    .slice(1)
    .map((fill) => {
      const pattern = tags(fill, 'patternFill', prefix, part)[0];
      if (pattern?.patternType !== 'solid') return undefined;
      const fg = tags(fill, 'fgColor', prefix, part)[0];
      return (
        fg?.rgb?.toUpperCase() ?? (fg?.theme ? `theme:${fg.theme}` : fg?.indexed ? `indexed:${fg.indexed}` : undefined)
      );
    });
  return tags(section(xml, prefix, 'cellXfs'), 'xf', prefix, part).map((xf) => colours[Number(xf.fillId ?? 0)]);
}
