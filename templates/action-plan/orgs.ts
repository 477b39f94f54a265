/**
 * The organisations a task may name: the mapping's agency list (with the user's additions) and the coordination
 * bodies.
 */
import type { Agency } from '../mapping/agencies.js';
import { AgencyDirectory } from '../mapping/agencies.js';
import { DEFAULT_BODIES } from './bodies.js';

export function orgDirectory(agencies: readonly Agency[]): AgencyDirectory {
  const extra = DEFAULT_BODIES.filter((b) => !agencies.some((a) => a.acronym === b.acronym));
  return new AgencyDirectory([...agencies, ...extra]);
}
