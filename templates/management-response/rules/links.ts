import type { MatrixRule } from './context.js';

/** "#7 and #20", "7, 20", "7; 20" → [7, 20]; tokens that are not numbers come back in `invalid`. */
export function parseLinks(text: string): { numbers: number[]; invalid: string[] } {
  const numbers: number[] = [];
  const invalid: string[] = [];
  for (const token of text.split(/\s*(?:[,;/&]|\band\b|\bet\b|\by\b)\s*/i)) {
    const clean = token
      .replace(/^(?:rec(?:ommendation)?s?\.?|recommandations?|recomendaci[oó]n(?:es)?)\s*/i, '')
      .replace(/^#\s*/, '')
      .trim();
    if (!clean) continue;
    if (/^\d+$/.test(clean)) numbers.push(Number(clean));
    else invalid.push(token.trim());
  }
  return { numbers, invalid };
}

/** Rule 8: every linked number exists, and a link is returned by its target. */
export const checkLinks: MatrixRule = ({ recs, report }) => {
  const links = new Map<number, number[]>();
  for (const rec of recs) {
    const { numbers, invalid } = parseLinks(rec.main.linkedText);
    const row = rec.main.source.row;
    for (const bad of invalid)
      report.warning('management-response.link-invalid', { row, field: 'linked_recs', value: bad }, { value: bad });
    links.set(rec.recNo, numbers);
  }
  for (const rec of recs) {
    const row = rec.main.source.row;
    for (const target of links.get(rec.recNo) ?? []) {
      const back = links.get(target);
      if (back === undefined) {
        report.error(
          'management-response.link-missing',
          { row, field: 'linked_recs', value: String(target) },
          { rec: rec.recNo, target },
        );
      } else if (!back.includes(rec.recNo)) {
        report.warning(
          'management-response.link-one-way',
          { row, field: 'linked_recs', value: String(target) },
          { rec: rec.recNo, target },
        );
      }
    }
  }
};
