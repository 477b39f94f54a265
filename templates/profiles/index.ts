/** The bundled profiles, listed by `psea profiles`. Each is one organisation's or evaluation's settings, as data. */
import type { Profile } from './profile.js';
import { IOM_2023 } from './iom-2023.js';

export type { Profile };

export const PROFILES: readonly Profile[] = [IOM_2023];

export function profileByName(name: string): Profile | undefined {
  return PROFILES.find((p) => p.name === name.trim().toLowerCase());
}
