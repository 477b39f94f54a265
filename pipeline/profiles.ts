/** `psea profiles`: the bundled profiles, each with what it sets for each kind. */
import type { Lang } from '../templates/index.js';
import { PROFILES } from '../templates/profiles/index.js';

/** "pillars 5, criteria 7, units 52": what a profile's settings hold, list by list. */
function contents(settings: unknown): string {
  if (typeof settings !== 'object' || settings === null) return '';
  return Object.entries(settings)
    .map(([key, value]) => (Array.isArray(value) ? `${key} ${value.length}` : key))
    .join(', ');
}

export function profilesListing(lang: Lang): string {
  return PROFILES.map((p) => {
    const kinds = Object.entries(p.settings).map(([kind, s]) => `    ${kind}: ${contents(s)}`);
    return [`${p.name}  ${p.title[lang]}`, ...kinds].join('\n');
  }).join('\n');
}
