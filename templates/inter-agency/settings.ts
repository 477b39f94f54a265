/**
 * The inter-agency settings every inter-agency kind reads (mapping, workplan, focal points, partner assessments):
 * the agency list, the standards sets a mapping is checked against, a network's own standards, and the letter codes
 * of a checklist's legend. JSON under the key `mapping` (`--settings`), or rows of the workbook's Settings sheet:
 * `agency | ACRONYM | Full name | type`, `standards set | iasc-mos-psea`, `standard | ID | name | area | set`,
 * `status code | A | In place`.
 */
import { z } from 'zod';
import type { SettingsSpec } from '../core/settings.js';
import type { SettingsRowType } from '../core/settings-sheet.js';
import { matchEnum } from '../core/schema.js';
import { cellText } from '../core/text.js';
import { DEFAULT_AGENCIES } from './default-agencies.js';
import type { Agency } from './agencies.js';
import { AGENCY_TYPE, AGENCY_TYPES, type AgencyType } from './agency-types.js';
import { AREA } from './areas.js';
import { BUNDLED_SET_IDS, type CustomStandard } from './standards/sets.js';
import { STATUS, type MappingStatus } from './status.js';

const agencySchema = z.object({
  acronym: z.string().min(1),
  name: z.string().default(''),
  type: z.enum(AGENCY_TYPES as [AgencyType, ...AgencyType[]]).optional(),
  aliases: z.array(z.string()).default([]),
  acronyms: z
    .object({ fr: z.string().min(1), es: z.string().min(1) })
    .partial()
    .optional(),
});

const STATUSES = STATUS.values.map((v) => v.value) as [MappingStatus, ...MappingStatus[]];

const standardSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  area: z.string().optional(),
  set: z.string().optional(),
  aliases: z.array(z.string()).default([]),
});

/** What a user may override: agencies are merged by acronym unless replaceAgencies is set. */
export const interAgencySettingsSchema = z
  .object({
    agencies: z.array(agencySchema).optional(),
    replaceAgencies: z.boolean().optional(),
    /** The sets a mapping is checked against; inferred from the standards it uses when absent. */
    standardSets: z.array(z.string().min(1)).optional(),
    standards: z.array(standardSchema).optional(),
    statusCodes: z.array(z.object({ code: z.string().min(1), status: z.enum(STATUSES) })).optional(),
  })
  .strict();

export type InterAgencySettingsOverride = z.infer<typeof interAgencySettingsSchema>;

export interface StatusCode {
  code: string;
  status: MappingStatus;
}

export interface InterAgencySettings {
  agencies: readonly Agency[];
  /** Declared sets (ids); empty when each mapping's sets are inferred. */
  standardSets: readonly string[];
  standards: readonly CustomStandard[];
  statusCodes: readonly StatusCode[];
}

export const DEFAULT_INTER_AGENCY_SETTINGS: InterAgencySettings = {
  agencies: DEFAULT_AGENCIES,
  standardSets: [],
  standards: [],
  statusCodes: [],
};

/** Lists add to the defaults (a later item with the same key replaces the earlier one); declared sets replace. */
export function mergeInterAgencySettings(
  base: InterAgencySettings,
  override: Partial<Omit<InterAgencySettings, 'agencies'>> & {
    agencies?: readonly Agency[];
    replaceAgencies?: boolean;
  },
): InterAgencySettings {
  const merged = <T>(list: readonly T[], more: readonly T[] | undefined, key: (t: T) => string): T[] => {
    const out = [...list];
    for (const item of more ?? []) {
      const at = out.findIndex((o) => key(o) === key(item));
      if (at >= 0) out[at] = item;
      else out.push(item);
    }
    return out;
  };
  return {
    agencies: merged(override.replaceAgencies ? [] : base.agencies, override.agencies, (a) => a.acronym),
    standardSets: override.standardSets?.length ? [...new Set(override.standardSets)] : base.standardSets,
    standards: merged(base.standards, override.standards, (s) => s.id),
    statusCodes: merged(base.statusCodes, override.statusCodes, (c) => c.code.toUpperCase()),
  };
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

/** `standards set | iasc-mos-psea`: a set the workbook's mappings are checked against. */
const SET_ROW: SettingsRowType = {
  words: [
    'standards set',
    'standard set',
    'standards-set',
    'jeu de normes',
    'ensemble de normes',
    'conjunto de normas',
  ],
  list: 'standardSets',
  needs: ['key'],
  read: ([, key]) => {
    const id = cellText(key);
    if (!id) return { missing: true };
    return { item: id };
  },
};

/** `standard | NET-1 | Safeguarding lead named | Management and coordination | network-2026`. */
const STANDARD_ROW: SettingsRowType = {
  words: ['standard', 'norme', 'norma', 'estándar'],
  list: 'standards',
  needs: ['key', 'name'],
  read: ([, key, name, areaCell, setCell]) => {
    const id = cellText(key);
    const label = cellText(name);
    if (!id || !label) return { missing: true };
    const areaText = cellText(areaCell);
    const area = areaText ? matchEnum(AREA, areaText)?.value : undefined;
    if (areaText && !area)
      return { invalid: { column: 'D', value: areaText, expected: AREA.values.map((v) => v.value).join(', ') } };
    const set = cellText(setCell);
    const item: CustomStandard = { id, name: label, ...(area ? { area } : {}), ...(set ? { set } : {}) };
    return { item };
  },
};

/** `status code | A | In place`: a letter of a checklist's legend and the status it stands for. */
const CODE_ROW: SettingsRowType = {
  words: ['status code', 'code', 'légende', 'legende', 'legend', 'leyenda', 'código de estado', 'code de statut'],
  list: 'statusCodes',
  needs: ['key', 'name'],
  read: ([, key, name]) => {
    const code = cellText(key);
    const text = cellText(name);
    if (!code || !text) return { missing: true };
    const status = matchEnum(STATUS, text)?.value;
    if (!status) return { invalid: { column: 'C', value: text, expected: STATUSES.join(', ') } };
    return { item: { code, status: status as MappingStatus } };
  },
};

export const INTER_AGENCY_SETTINGS: SettingsSpec<InterAgencySettings, InterAgencySettingsOverride> = {
  key: 'mapping',
  defaults: DEFAULT_INTER_AGENCY_SETTINGS,
  schema: interAgencySettingsSchema,
  merge: mergeInterAgencySettings,
  rows: [AGENCY_ROW, SET_ROW, STANDARD_ROW, CODE_ROW],
};

/** The sets that exist: the bundled ones and any a declared standard names. */
export function knownSetIds(settings: InterAgencySettings): string[] {
  return [...new Set([...BUNDLED_SET_IDS, ...settings.standards.map((s) => s.set ?? 'custom')])];
}
