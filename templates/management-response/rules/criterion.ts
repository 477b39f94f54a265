import type { MatrixRule } from './context.js';
import type { MatrixSettings, Criterion } from '../settings.js';
import { didYouMean, foldKey } from '../../core/text.js';

export function criterionByDigit(settings: MatrixSettings, ref: string): Criterion | undefined {
  const match = /^(\d)\.\d+$/.exec(ref.trim());
  return match ? settings.criteria.find((c) => c.digit === Number(match[1])) : undefined;
}

/** Folded name or alias → criterion, first criterion first; built once per settings (hot: once per row). */
const labelIndexes = new WeakMap<MatrixSettings, Map<string, Criterion>>();

export function criterionByLabel(settings: MatrixSettings, label: string): Criterion | undefined {
  let index = labelIndexes.get(settings);
  if (!index) {
    index = new Map();
    for (const c of settings.criteria)
      for (const n of [c.name, ...c.aliases]) if (!index.has(foldKey(n))) index.set(foldKey(n), c);
    labelIndexes.set(settings, index);
  }
  return index.get(foldKey(label));
}

/** Rule 4: the criterion label agrees with the reference's first digit, and each reference is used once. */
export const checkCriteria: MatrixRule = ({ recs, settings, report }) => {
  const users = new Map<string, number[]>();
  for (const rec of recs) {
    const row = rec.main;
    const ref = row.criterionRef;
    const byDigit = ref ? criterionByDigit(settings, ref) : undefined;
    if (ref && !byDigit)
      report.error(
        'management-response.criterion-ref-invalid',
        { row: row.source.row, field: 'criterion_ref', value: ref },
        { value: ref },
      );
    if (ref && byDigit) {
      const list = users.get(ref) ?? [];
      list.push(rec.recNo);
      users.set(ref, list);
    }
    const label = row.criterionLabel;
    if (!label) continue;
    const byLabel = criterionByLabel(settings, label);
    if (!byLabel) {
      const suggestion = didYouMean(
        label,
        settings.criteria.map((c) => c.name),
      );
      report.warning(
        'management-response.criterion-unknown',
        { row: row.source.row, field: 'criterion', value: label, ...(suggestion ? { suggestion } : {}) },
        { value: label },
      );
    } else if (byDigit && byLabel.digit !== byDigit.digit) {
      report.error(
        'management-response.criterion-label',
        { row: row.source.row, field: 'criterion', value: label, suggestion: byDigit.name },
        { value: label, ref, digit: byDigit.digit, expected: byDigit.name },
      );
    }
  }
  for (const [ref, recNos] of users) {
    if (recNos.length < 2) continue;
    for (const recNo of recNos.slice(1)) {
      const row = recs.find((r) => r.recNo === recNo)!.main;
      report.error(
        'management-response.criterion-ref-duplicate',
        { row: row.source.row, field: 'criterion_ref', value: ref },
        { ref, recs: recNos.join(', ') },
      );
    }
  }
};
