/** What makes a declared count differ from the rows: numbers of its range no row has, rows from outside it. */

/**
 * " (4.7 on no recommendation; #12 outside 4.1 – 4.16)": `inside` are the rows counted under the category, each with
 * its number in the range's terms (the reference's second number, or the recommendation number).
 */
export function declaredCauses(options: {
  range: [number, number];
  label: (n: number) => string;
  inside: readonly { rec: number; n: number }[];
}): string {
  const [from, to] = options.range;
  const present = new Set(options.inside.map((i) => i.n));
  const missing: string[] = [];
  for (let n = from; n <= to && missing.length < 20; n++) if (!present.has(n)) missing.push(options.label(n));
  const outside = options.inside.filter((i) => i.n < from || i.n > to).map((i) => `#${i.rec}`);
  const parts = [
    ...(missing.length ? [`${missing.join(', ')} on no recommendation`] : []),
    ...(outside.length ? [`${outside.join(', ')} outside ${from}–${to}`] : []),
  ];
  return parts.length ? ` (${parts.join('; ')})` : '';
}
