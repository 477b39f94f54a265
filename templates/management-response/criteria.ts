/** The evaluation criteria as lookups: by the first digit of a reference ("4.12" → 4), and by label or alias. */
import { foldKey } from '../core/text.js';
import type { Criterion, MatrixSettings } from './settings.js';

export function criterionByDigit(settings: MatrixSettings, ref: string): Criterion | undefined {
  const match = /^(\d)\.\d+$/.exec(ref.trim());
  return match ? settings.criteria.find((c) => c.digit === Number(match[1])) : undefined;
}

/** Built once per sheet: the label lookup runs once per row. */
export class CriterionIndex {
  private readonly byLabel = new Map<string, Criterion>();

  constructor(readonly settings: MatrixSettings) {
    for (const c of settings.criteria)
      for (const n of [c.name, ...c.aliases]) if (!this.byLabel.has(foldKey(n))) this.byLabel.set(foldKey(n), c);
  }

  digit(ref: string): Criterion | undefined {
    return criterionByDigit(this.settings, ref);
  }

  /** Folded name or alias → criterion, the first criterion first. */
  label(label: string): Criterion | undefined {
    return this.byLabel.get(foldKey(label));
  }
}
