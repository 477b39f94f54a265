/**
 * Recommendation numbers as people write them: "1", "1.", "R1", "Rec. 3", "Recommendation 12", "N° 4", "#5",
 * "12.0" (a number Excel stored), and sub-recommendations in the number cell: "1.a", "1(a)", "4.a", "2(a)", "3.1"
 * (recommendation 3, point 1). The evaluation's N.M reference is another column and never read here.
 */

export interface RecNumber {
  rec: number;
  /** A sub-recommendation's letter or number, when the cell gives one. */
  point?: string;
}

/** "Recommendation", "Recommandation", "Recomendación", "Rec", "R", "N°", "No.", "Nr", "Número", "#"… then spaces. */
const WORDS =
  'rec(?:ommendation|ommandation|omendaci[oó]n)?|reco|r|n\\s*[°º]|n\\.\\s*[°º]|no|nr|num(?:ber|[eé]ro)?|n[uú]mero';
const PREFIX = new RegExp(`^(?:(?:${WORDS})\\.?\\s*)?#?\\s*`, 'i');
/** The number, then a sub-recommendation: ".a", "(a)", "a", "-a", ".1"; a final "." or ":" is punctuation. */
const NUMBER = /^(\d+)(?:\.0+(?=$|[.:]?$))?(?:\s*(?:[.-]\s*)?\(?([a-z])\)?|\.(\d{1,2}))?\s*[.:)]?$/i;

export function parseRecNumber(text: string): RecNumber | undefined {
  const rest = text.trim().replace(PREFIX, '');
  const m = NUMBER.exec(rest);
  if (!m) return undefined;
  const rec = Number(m[1]);
  if (!(rec > 0)) return undefined;
  const point = m[2]?.toLowerCase() ?? m[3];
  return point === undefined ? { rec } : { rec, point };
}
