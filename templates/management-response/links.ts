/** Reading the "linked recommendations" cell. */

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

/** Each recommendation's links as read, by its number: read once per sheet, for the three link rules. */
export function linksByRec(
  recs: readonly { recNo: number; main: { linkedText: string } }[],
): Map<number, { numbers: number[]; invalid: string[] }> {
  return new Map(recs.map((rec) => [rec.recNo, parseLinks(rec.main.linkedText)]));
}
