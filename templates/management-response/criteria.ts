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

  /** `inferred`: the criteria were read from the labels, so a digit without one is not an error. */
  constructor(
    readonly settings: MatrixSettings,
    readonly inferred = false,
  ) {
    for (const c of settings.criteria)
      for (const n of [c.name, ...c.aliases, ...Object.values(c.names ?? {})])
        if (!this.byLabel.has(foldKey(n))) this.byLabel.set(foldKey(n), c);
  }

  digit(ref: string): Criterion | undefined {
    return criterionByDigit(this.settings, ref);
  }

  /** N.M, with N a digit of the evaluation's criteria when it has any. */
  isRef(ref: string): boolean {
    if (this.inferred || !this.settings.criteria.length) return /^\d\.\d+$/.test(ref.trim());
    return this.digit(ref) !== undefined;
  }

  /** Folded name or alias → criterion, the first criterion first. */
  label(label: string): Criterion | undefined {
    return this.byLabel.get(foldKey(label));
  }
}
