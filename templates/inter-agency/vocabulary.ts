/**
 * The inter-agency vocabulary of one workbook, built once from its settings: agencies and coordination bodies, and
 * the standards catalogue (bundled sets plus the network's own standards).
 */
import type { ResolvedSettings } from '../core/settings.js';
import { AgencyDirectory } from './agencies.js';
import { orgDirectory } from './orgs.js';
import { INTER_AGENCY_SETTINGS, type InterAgencySettings } from './settings.js';
import { StandardCatalogue } from './standards/catalogue.js';
import { withCustom } from './standards/sets.js';

export interface Vocabulary {
  settings: InterAgencySettings;
  /** The agencies alone (mapping, focal points, assessments). */
  agencies: AgencyDirectory;
  /** Agencies and coordination bodies (workplan tasks). */
  orgs: AgencyDirectory;
  standards: StandardCatalogue;
}

const built = new WeakMap<InterAgencySettings, Vocabulary>();

export function vocabulary(resolved: ResolvedSettings): Vocabulary {
  const settings = resolved.get(INTER_AGENCY_SETTINGS);
  let v = built.get(settings);
  if (!v) {
    v = {
      settings,
      agencies: new AgencyDirectory(settings.agencies),
      orgs: orgDirectory(settings.agencies),
      standards: new StandardCatalogue(withCustom(settings.standards)),
    };
    built.set(settings, v);
  }
  return v;
}
