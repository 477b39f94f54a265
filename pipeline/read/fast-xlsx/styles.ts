/** Which cell styles show numbers as dates: from the numFmt of each cellXfs entry. */
import { MAIN_NS, prefixOf, tags } from './xml.js';
import { BUILTIN_DATE_FORMATS, isDateFormat } from '../../../templates/core/number-format.js';

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
