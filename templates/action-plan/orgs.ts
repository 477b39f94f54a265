/** The organisations a task may name: the mapping's agency list (with the user's additions) and the coordination bodies. */
import type { WorkbookContext } from '../core/kind.js';
import { AgencyDirectory } from '../mapping/agencies.js';
import { mappingSettingsFor } from '../mapping/settings.js';
import { DEFAULT_BODIES } from './bodies.js';

const cache = new WeakMap<WorkbookContext, AgencyDirectory>();

export function orgDirectory(workbook: WorkbookContext): AgencyDirectory {
  let directory = cache.get(workbook);
  if (!directory) {
    const { agencies } = mappingSettingsFor(workbook).settings;
    const extra = DEFAULT_BODIES.filter((b) => !agencies.some((a) => a.acronym === b.acronym));
    directory = new AgencyDirectory([...agencies, ...extra]);
    cache.set(workbook, directory);
  }
  return directory;
}
