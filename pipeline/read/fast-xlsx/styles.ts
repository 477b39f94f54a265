/** Which cell styles show numbers as dates (the numFmt of each cellXfs entry), and which fill a cell with a colour. */
import { MAIN_NS, prefixOf, tags } from './xml.js';
import { BUILTIN_DATE_FORMATS, isDateFormat } from '../../../templates/core/number-format.js';
import { resolvedColour } from '../colours.js';

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
    return code !== undefined ? isDateFormat(code) : BUILTIN_DATE_FORMATS.has(id);
  });
}

/** The section of styles.xml between <NAME> and </NAME>, or ''. */
function section(xml: string, prefix: string, name: string): string {
  const start = xml.indexOf(`<${prefix}${name}`);
  if (start < 0) return '';
  const end = xml.indexOf(`</${prefix}${name}>`, start);
  return xml.slice(start, end < 0 ? undefined : end);
}

const number = (v: string | undefined) => (v === undefined || v === '' ? undefined : Number(v));

/**
 * The solid fill colour of every cell style as Excel shows it ("FFD9D9D9": theme, indexed and tinted colours
 * resolved, colours.ts), undefined for no fill: a Gantt marks its periods with a colour as often as with an x.
 * Pattern fills other than solid are not colours.
 */
export function fillStyles(xml: string, theme: readonly string[], part = 'xl/styles.xml'): (string | undefined)[] {
  const prefix = prefixOf(xml, MAIN_NS, part);
  const colours = section(xml, prefix, 'fills')
    .split(new RegExp(`<${prefix}fill(?=[\\s/>])`))
    .slice(1)
    .map((fill) => {
      const pattern = tags(fill, 'patternFill', prefix, part)[0];
      if (pattern?.patternType !== 'solid') return undefined;
      const fg = tags(fill, 'fgColor', prefix, part)[0];
      if (!fg) return undefined;
      const stored = { rgb: fg.rgb, theme: number(fg.theme), indexed: number(fg.indexed), tint: number(fg.tint) };
      return resolvedColour(stored, theme);
    });
  return tags(section(xml, prefix, 'cellXfs'), 'xf', prefix, part).map((xf) => colours[Number(xf.fillId ?? 0)]);
}
