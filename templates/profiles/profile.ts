import type { Localised } from '../core/schema.js';

/** A named set of settings a user picks (`--profile NAME`, or a `profile | NAME` row of a Settings sheet). */
export interface Profile {
  name: string;
  title: Localised;
  /** Per kind, by its settings key: what a `--settings` JSON would hold. */
  settings: Record<string, unknown>;
}
