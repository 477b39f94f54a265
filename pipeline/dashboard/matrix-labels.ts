/** How the matrix sections name canonical values and monitoring rounds in the page language. */
import type { Lang } from '../../templates/index.js';
import type { EnumDef } from '../../templates/core/schema.js';
import type { StringKey } from './i18n.js';

type T = (key: StringKey) => string;

/** Label of a canonical value in the page language (the template's own labels); unknown values stay as written. */
export function labeller(def: EnumDef, lang: Lang, t: T): (value: string) => string {
  return (value) =>
    value === 'blank' || value === 'unknown'
      ? t(value)
      : (def.values.find((v) => v.value === value)?.label[lang] ?? value);
}

/** "T2", "T3", "2025-12", or the current round: how a round heads a column. */
export function roundLabel(round: string, t: T): string {
  if (round === 'current') return t('current');
  return /^t\d$/.test(round) ? round.toUpperCase() : round;
}
