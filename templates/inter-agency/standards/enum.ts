/** Standards as an enumerated list, for a blank template's dropdown: "MOS 1: Policy", "NMO 1 : Politique". */
import type { EnumDef, Localised } from '../../core/schema.js';
import type { Standard, StandardSet } from './types.js';

/** How a set's code is written before the number in each language. */
const SHOWN: Record<string, Localised> = {
  MOS: { en: 'MOS', fr: 'NMO', es: 'NMO' },
  KPA: { en: 'Key action', fr: 'Action clé', es: 'Acción clave' },
  CS: { en: 'Core standard', fr: 'Norme fondamentale', es: 'Norma básica' },
};

/** "MOS 1: Policy", "NMO 1 : Politique", "NMO 1: Política": a standard as a template's dropdown shows it. */
export function shownLabel(set: Pick<StandardSet, 'code'>, s: Standard): Localised {
  const code = SHOWN[set.code] ?? { en: set.code, fr: set.code, es: set.code };
  return {
    en: `${code.en} ${s.n}: ${s.label.en}`,
    fr: `${code.fr} ${s.n} : ${s.label.fr}`,
    es: `${code.es} ${s.n}: ${s.label.es}`,
  };
}

export function standardEnum(sets: readonly StandardSet[]): EnumDef {
  return {
    id: 'standard',
    values: sets.flatMap((set) => set.standards.map((s) => ({ value: s.id, label: shownLabel(set, s), aliases: [] }))),
  };
}
