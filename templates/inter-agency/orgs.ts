/**
 * The organisations a task, a focal point or an assessment may name: the agency list (with the user's additions) and
 * the coordination bodies; and a cell of several names split into one name each.
 */
import { splitUnits } from '../core/split-codes.js';
import { AgencyDirectory, type Agency, type AgencyMatch } from './agencies.js';
import { DEFAULT_BODIES } from './bodies.js';

const directories = new WeakMap<readonly Agency[], AgencyDirectory>();

/** Agencies and coordination bodies as one directory; built once per agency list. */
export function orgDirectory(agencies: readonly Agency[]): AgencyDirectory {
  let directory = directories.get(agencies);
  if (!directory) {
    const extra = DEFAULT_BODIES.filter((b) => !agencies.some((a) => a.acronym === b.acronym));
    directory = new AgencyDirectory([...agencies, ...extra]);
    directories.set(agencies, directory);
  }
  return directory;
}

const known = (directory: AgencyDirectory, text: string) => directory.lookup(text).kind === 'known';

/**
 * Names separated by spaces only, as the seed writes them ("UNRCO UN leading agencies Consultant"): the words are
 * tiled with known names, longest first; undefined when some words are no name.
 */
export function tileNames(text: string, directory: AgencyDirectory): string[] | undefined {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length < 2) return undefined;
  // best[i]: the names covering words[i…], fewest first; undefined when they cannot be covered.
  const best: (string[] | undefined)[] = new Array(words.length + 1);
  best[words.length] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    for (let j = words.length; j > i; j--) {
      const rest = best[j];
      const phrase = words.slice(i, j).join(' ');
      if (rest && known(directory, phrase) && (!best[i] || rest.length + 1 < best[i]!.length))
        best[i] = [phrase, ...rest];
    }
  }
  return best[0] && best[0].length > 1 ? best[0] : undefined;
}

export interface NamedOrg {
  token: string;
  match: AgencyMatch;
}

/** Each organisation a cell names: split on , ; / and/et/y, then space-separated names tiled with known names. */
export function namedOrgs(text: string, directory: AgencyDirectory): NamedOrg[] {
  return splitUnits(text, (t) => known(directory, t))
    .flatMap((token) => (known(directory, token) ? [token] : (tileNames(token, directory) ?? [token])))
    .map((token) => ({ token, match: directory.lookup(token) }));
}
