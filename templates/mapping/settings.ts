/**
 * Mapping settings: the agency list. Defaults are UN entities; a user adds agencies (or
 * replaces the list) with `AnalyseOptions.settings.mapping` (validated here) or with
 * `agency | ACRONYM | Full name | type` rows on the workbook's Settings sheet.
 */
import { z } from 'zod';
import type { Finding, SheetGrid } from '../core/types.js';
import type { WorkbookContext } from '../core/kind.js';
import { Reporter } from '../core/report.js';
import { isSettingsSheet } from '../core/settings-sheet.js';
import { matchEnum } from '../core/schema.js';
import { cellText, foldKey } from '../core/text.js';
import { DEFAULT_AGENCIES } from './default-agencies.js';
import { AgencyDirectory, type Agency } from './agencies.js';
import { AGENCY_TYPE, AGENCY_TYPES, type AgencyType } from './values.js';
import { MAPPING_MESSAGES } from './messages.js';

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

const AGENCY_ROW = new Set([
  'agency',
  'agence',
  'agencia',
  'organisation',
  'organization',
  'organisme',
  'organismo',
  'organizacion',
]);

/** `agency | UNFPA | United Nations Population Fund | UN` rows; other rows belong to other kinds. */
export function readAgencyRows(grid: SheetGrid): { agencies: Agency[]; problems: { row: number; text: string }[] } {
  const agencies: Agency[] = [];
  const problems: { row: number; text: string }[] = [];
  const firstRow = grid.firstRow ?? 1;
  grid.rows.forEach((row, i) => {
    if (!AGENCY_ROW.has(foldKey(cellText(row[0])))) return;
    const acronym = cellText(row[1]);
    const typeText = cellText(row[3]);
    const type = typeText ? matchEnum(AGENCY_TYPE, typeText)?.value : undefined;
    if (!acronym) problems.push({ row: firstRow + i, text: 'agency needs an acronym' });
    else if (typeText && !type) problems.push({ row: firstRow + i, text: `unknown agency type "${typeText}"` });
    else agencies.push({ acronym, name: cellText(row[2]), aliases: [], ...(type ? { type: type as AgencyType } : {}) });
  });
  return { agencies, problems };
}

export interface ResolvedMappingSettings {
  settings: MappingSettings;
  directory: AgencyDirectory;
  findings: Finding[];
}

const cache = new WeakMap<WorkbookContext, ResolvedMappingSettings>();

/** Defaults, then the user's override from the options, then the workbook's own Settings sheet. */
export function mappingSettingsFor(workbook: WorkbookContext): ResolvedMappingSettings {
  const cached = cache.get(workbook);
  if (cached) return cached;
  let settings = DEFAULT_MAPPING_SETTINGS;
  const fromOptions = workbook.options.settings?.mapping;
  if (fromOptions) settings = mergeMappingSettings(settings, mappingSettingsSchema.parse(fromOptions));
  const findings: Finding[] = [];
  for (const sheet of workbook.otherSheets.filter((s) => isSettingsSheet(s.name))) {
    const { agencies, problems } = readAgencyRows(sheet);
    if (agencies.length) settings = mergeMappingSettings(settings, { agencies });
    const report = new Reporter(MAPPING_MESSAGES, workbook.options.lang, workbook.file, sheet.name, { type: 0 });
    for (const p of problems)
      report.warning('mapping.settings-row', { row: p.row, field: 'type' }, { problem: p.text });
    findings.push(...report.findings);
  }
  const result = { settings, directory: new AgencyDirectory(settings.agencies), findings };
  cache.set(workbook, result);
  return result;
}
