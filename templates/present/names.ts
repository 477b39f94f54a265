/**
 * A table key as a person reads it, in their language: a pillar by its number and name ("2 – Redevabilité…"), a
 * criterion by its name. The dashboard and the workbook's tables show these; tables.json and records.json keep the
 * keys, so a run in another language compares with this one key for key.
 */
import type { Lang } from '../core/types.js';
import { nameIn, type TableNames } from '../core/settings-names.js';

export type NamedKey = 'pillar' | 'criterion';

/** The key's label in `lang`, or undefined when the settings name it nowhere (shown as it is). */
export function keyLabel(
  names: TableNames | undefined,
  group: string,
  of: NamedKey,
  key: string,
  lang: Lang,
): string | undefined {
  const named = names?.[group]?.[of]?.[key];
  if (!named) return undefined;
  const name = nameIn(named, lang);
  return of === 'pillar' ? `${key} – ${name}` : name;
}
