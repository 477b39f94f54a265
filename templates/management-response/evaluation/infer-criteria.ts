/**
 * Criteria read from the labels themselves when neither the settings nor a declared table name them: one label per
 * reference digit, chosen so that as many recommendations as possible agree with their digit's label. The rows that
 * disagree are the minority the criterion-label rule reports; they are never learned as another criterion.
 */
import { foldKey } from '../../core/text.js';
import type { Criterion } from '../settings.js';
import { maxAssignment } from './assignment.js';

export interface LabelledRef {
  label: string;
  ref: string;
}

export function inferCriteria(rows: readonly LabelledRef[]): Criterion[] {
  const counts = new Map<number, Map<string, number>>();
  /** Each folded label's most frequent spelling, as shown. */
  const spellings = new Map<string, Map<string, number>>();
  for (const { label, ref } of rows) {
    const digit = /^(\d)\.\d+$/.exec(ref.trim())?.[1];
    const key = foldKey(label);
    if (digit === undefined || !key) continue;
    const byLabel = counts.get(Number(digit)) ?? counts.set(Number(digit), new Map()).get(Number(digit))!;
    byLabel.set(key, (byLabel.get(key) ?? 0) + 1);
    const written = spellings.get(key) ?? spellings.set(key, new Map()).get(key)!;
    written.set(label.trim(), (written.get(label.trim()) ?? 0) + 1);
  }
  const digits = [...counts.keys()].sort((a, b) => a - b);
  const labels = [...spellings.keys()].sort();
  const weights = digits.map((d) => labels.map((l) => counts.get(d)?.get(l) ?? 0));
  const assigned = maxAssignment(weights);
  return digits.flatMap((digit, i) => {
    const label = labels[assigned[i]];
    if (label === undefined || !weights[i][assigned[i]]) return [];
    const shown = [...spellings.get(label)!].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
    return [{ digit, name: shown, aliases: [] }];
  });
}
