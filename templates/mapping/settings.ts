/**
 * Mapping settings: the agency list. Defaults are UN entities; a user adds agencies (or
 * replaces the list) with `AnalyseOptions.settings.mapping` (validated here) or with
 * `agency | ACRONYM | Full name | type` rows on the workbook's Settings sheet (read by core/settings-sheet.ts).
 */
import { z } from 'zod';
import type { SettingsSpec } from '../core/settings.js';
import type { SettingsRowType } from '../core/settings-sheet.js';
import { matchEnum } from '../core/schema.js';
import { cellText } from '../core/text.js';
import { DEFAULT_AGENCIES } from './default-agencies.js';
import type { Agency } from './agencies.js';
import { AGENCY_TYPE, AGENCY_TYPES, type AgencyType } from './values.js';

const agencySchema = z.object({
  acronym: z.string().min(1),
  name: z.string().default(''),
  type: z.enum(AGENCY_TYPES as [AgencyType, ...AgencyType[]]).optional(),
  aliases: z.array(z.string()).default([]),
});

/** What a user may override: agencies are merged by acronym unless replaceAgencies is set. */
export const mappingSettingsSchema = z
  .object({ agencies: z.array(agencySchema).optional(), replaceAgencies: z.boolean().optional() })
  .strict();

export type MappingSettingsOverride = z.infer<typeof mappingSettingsSchema>;
export interface MappingSettings {
  agencies: readonly Agency[];
}

export const DEFAULT_MAPPING_SETTINGS: MappingSettings = { agencies: DEFAULT_AGENCIES };

export function mergeMappingSettings(
  base: MappingSettings,
  override: { agencies?: readonly Agency[]; replaceAgencies?: boolean },
): MappingSettings {
  const agencies = override.replaceAgencies ? [] : [...base.agencies];
  for (const agency of override.agencies ?? []) {
    const at = agencies.findIndex((a) => a.acronym === agency.acronym);
    if (at >= 0) agencies[at] = agency;
    else agencies.push(agency);
  }
  return { agencies };
}

/** `agency | UNFPA | United Nations Population Fund | UN` rows of a Settings sheet. */
const AGENCY_ROW: SettingsRowType = {
  words: ['agency', 'agence', 'agencia', 'organisation', 'organization', 'organisme', 'organismo', 'organización'],
  list: 'agencies',
  needs: ['key'],
  read: ([, key, name, typeCell]) => {
    const acronym = cellText(key);
    const typeText = cellText(typeCell);
    const type = typeText ? matchEnum(AGENCY_TYPE, typeText)?.value : undefined;
    if (!acronym) return { missing: true };
    if (typeText && !type) return { invalid: { column: 'D', value: typeText, expected: AGENCY_TYPES.join(', ') } };
    return { item: { acronym, name: cellText(name), aliases: [], ...(type ? { type: type as AgencyType } : {}) } };
  },
};

/**
 * The agency list: UN entities by default; a user adds agencies (or replaces the list) in JSON or on a Settings sheet.
 */
export const MAPPING_SETTINGS: SettingsSpec<MappingSettings, MappingSettingsOverride> = {
  key: 'mapping',
  defaults: DEFAULT_MAPPING_SETTINGS,
  schema: mappingSettingsSchema,
  merge: mergeMappingSettings,
  rows: [AGENCY_ROW],
};
