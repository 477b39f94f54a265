/**
 * The seed's figures counted a second time, in TypeScript, from the extracted records only, so the Python counts
 * in seed-facts.json are checked by an independent path (STYLE.md: two paths agree).
 */
import type { SeedFacts, SeedRec } from '../generate/seed/facts.js';
import { rollup } from '../generate/summary.js';
import type { Response } from '../generate/model.js';

const tally = (keys: string[]) => keys.reduce<Record<string, number>>((m, k) => ((m[k] = (m[k] ?? 0) + 1), m), {});

const responseOf = (r: SeedRec): Response | undefined =>
  r.points
    ? rollup(r.points.map((p) => (p.response === 'n/a' ? undefined : (p.response as Response))))
    : (r.response as Response);

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((x, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((p) => [x, ...p]));
}

/** One label per reference digit and one digit per label, agreeing with the most rows. */
export function labelForDigit(recs: SeedRec[]): Record<string, string> {
  const digits = [...new Set(recs.map((r) => r.criterion_ref.split('.')[0]))].sort();
  const labels = [...new Set(recs.map((r) => r.criterion_label))].sort();
  const pairs = tally(recs.map((r) => `${r.criterion_ref.split('.')[0]}|${r.criterion_label}`));
  let best: Record<string, string> = {};
  let bestScore = -1;
  for (const perm of permutations(labels)) {
    const score = digits.reduce((n, d, i) => n + (pairs[`${d}|${perm[i]}`] ?? 0), 0);
    if (score > bestScore) [best, bestScore] = [Object.fromEntries(digits.map((d, i) => [d, perm[i]])), score];
  }
  return best;
}

export function recount(facts: SeedFacts) {
  const recs = facts.recommendations;
  const byNo = new Map(recs.map((r) => [r.rec_no, r]));
  const label = labelForDigit(recs);
  const acceptance = tally(recs.map((r) => responseOf(r) ?? 'none'));
  const cells = recs.flatMap((r) => [
    r.responsible,
    r.support,
    ...(r.points ?? []).flatMap((p) => [p.responsible, p.support]),
  ]);
  const words = (code: string) =>
    cells.reduce((n, c) => n + (c.match(new RegExp(`(?<![A-Za-z/-])${code}(?![A-Za-z/-])`, 'g'))?.length ?? 0), 0);
  return {
    recommendations: recs.length,
    acceptance_rolled_up: {
      Accept: acceptance.Accept ?? 0,
      'Partially accept': acceptance['Partially accept'] ?? 0,
      'Not accept': acceptance['Not accept'] ?? 0,
    },
    by_ref_digit: tally(recs.map((r) => r.criterion_ref.split('.')[0])),
    by_pillar_section: tally(recs.map((r) => String(r.pillar))),
    label_for_digit: label,
    label_ref_mismatches: recs
      .filter((r) => r.criterion_label !== label[r.criterion_ref.split('.')[0]])
      .map((r) => r.rec_no),
    links_one_way: recs.flatMap((r) =>
      r.linked.filter((t) => byNo.has(t) && !byNo.get(t)!.linked.includes(r.rec_no)).map((t) => `${r.rec_no}→${t}`),
    ),
    unit_cells_PDX: words('PDX'),
    unit_cells_PXD: words('PXD'),
  };
}
