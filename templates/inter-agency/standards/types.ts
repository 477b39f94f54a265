/** A standard an agency or a partner is checked against, and the set it belongs to. */
import type { Localised } from '../../core/schema.js';

export interface Standard {
  /** Stable id: the set's code and the number, "MOS-3", "KPA-2", "CS-6". */
  id: string;
  /** Id of its set. */
  set: string;
  /** Its number in the set. */
  n: number;
  /** Canonical area (areas.ts) the standard is counted under. */
  area: string;
  /** Its short name in EN/FR/ES ("Focal point"). */
  label: Localised;
  /** Longer official titles, EN/FR/ES, as published (or as the corpus README says they are ours). */
  titles: readonly string[];
  /** Other names people write for it ("PSEA policy", "CBCM"). */
  aliases: readonly string[];
}

export interface StandardSet {
  id: string;
  title: Localised;
  /** The code of its ids: MOS-3. */
  code: string;
  /** What people write before a number that can only mean this set ("MOS 3", "Core standard 3", "Key action 3"). */
  prefixes: readonly string[];
  standards: readonly Standard[];
}

/** A standard of a set, numbered n, with the set's id and code. */
export function standardOf(
  set: Pick<StandardSet, 'id' | 'code'>,
  n: number,
  area: string,
  label: Localised,
  titles: readonly string[] = [],
  aliases: readonly string[] = [],
): Standard {
  return { id: `${set.code}-${n}`, set: set.id, n, area, label, titles, aliases };
}
