/** The bundled standards sets, and a network's own standards (settings) gathered into sets. */
import type { Localised } from '../../core/schema.js';
import { MOS_PSEA } from './mos-psea.js';
import { SEED_2020_KEY_ACTIONS } from './seed-2020.js';
import { UN_IP_CORE } from './un-ip-core.js';
import type { Standard, StandardSet } from './types.js';

/** In the order a bare number ("Standard 3") is read when nothing else says which set is meant. */
export const BUNDLED_SETS: readonly StandardSet[] = [MOS_PSEA, SEED_2020_KEY_ACTIONS, UN_IP_CORE];

export const BUNDLED_SET_IDS = BUNDLED_SETS.map((s) => s.id);

/** The standards a blank mapping template offers, and the bundled examples use: the MOS-PSEA and key actions. */
export const MAPPING_STANDARDS: readonly Standard[] = [...MOS_PSEA.standards, ...SEED_2020_KEY_ACTIONS.standards];

/** A standard a network declares (Settings sheet or JSON): its id, name, area and the set it belongs to. */
export interface CustomStandard {
  id: string;
  name: string;
  area?: string;
  set?: string;
  aliases?: readonly string[];
}

/** Id of the set a declared standard joins when it names none. */
export const CUSTOM_SET = 'custom';

/** The bundled sets, with each declared standard added to its set (a new set when it names one that is not bundled). */
export function withCustom(custom: readonly CustomStandard[]): StandardSet[] {
  const sets = BUNDLED_SETS.map((s) => ({ ...s, standards: [...s.standards] }));
  custom.forEach((c, i) => {
    const id = c.set ?? CUSTOM_SET;
    let set = sets.find((s) => s.id === id);
    if (!set) {
      const title: Localised = { en: id, fr: id, es: id };
      set = { id, title, code: c.id.replace(/[-\s]*\d+$/, '') || id, prefixes: [], standards: [] };
      sets.push(set);
    }
    const n = Number(/(\d+)$/.exec(c.id)?.[1] ?? i + 1);
    const label: Localised = { en: c.name, fr: c.name, es: c.name };
    const standard: Standard = {
      id: c.id,
      set: id,
      n,
      area: c.area ?? 'Other',
      label,
      titles: [],
      aliases: c.aliases ?? [],
    };
    const at = set.standards.findIndex((s) => s.id === c.id);
    if (at >= 0) set.standards[at] = standard;
    else set.standards.push(standard);
  });
  return sets;
}
