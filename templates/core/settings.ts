/**
 * Settings resolved once per workbook, before any rule runs: each kind's defaults, then a profile, then the
 * user's JSON, then the workbook's own Settings sheet, in that order. Rules receive the typed value; nothing
 * is cached between workbooks.
 */
import { z, type ZodType, type ZodTypeDef } from 'zod';
import type { SheetGrid } from './types.js';
import type { AnalyseOptions } from './kind.js';
import { readSettingsSheets, type SettingsRowReading, type SettingsRowType } from './settings-sheet.js';
import { cellText } from './text.js';
import { PROFILES, profileByName } from '../profiles/index.js';

export interface SettingsSpec<T = unknown, O = unknown> {
  /** Key of this kind's entry in AnalyseOptions.settings and in --settings JSON. */
  key: string;
  defaults: T;
  /** The override a user may write (JSON); the Settings sheet's rows build the same shape. */
  schema: ZodType<O, ZodTypeDef, unknown>;
  merge(base: T, override: O): T;
  /** The Settings-sheet row types this kind reads. */
  rows: readonly SettingsRowType[];
}

export interface ResolvedSettings {
  /** The settings of one kind, typed by its spec. */
  get<T, O>(spec: SettingsSpec<T, O>): T;
  /** Every row of the Settings sheets, as read: the settings.* rules report from these. */
  rows: readonly SettingsRowReading[];
}

/** `profile | iom-2023`: a Settings sheet may name a bundled profile, applied where `--profile` is. */
export const PROFILE_SETTINGS: SettingsSpec<undefined, { profile?: string }> = {
  key: 'profile',
  defaults: undefined,
  schema: z.object({ profile: z.string().optional() }),
  merge: (base) => base,
  rows: [
    {
      words: ['profile', 'profil', 'perfil'],
      list: 'profile',
      single: true,
      needs: ['key'],
      read: ([, key]) => {
        const name = cellText(key);
        if (!name) return { missing: true };
        const known = profileByName(name);
        if (!known) return { invalid: { column: 'B', value: name, expected: PROFILES.map((p) => p.name).join(', ') } };
        return { item: known.name };
      },
    },
  ],
};

/**
 * Defaults → profiles (`--profile`, then one a Settings sheet names) → JSON → Settings sheet, for each spec. JSON
 * layers are parsed by the spec's schema.
 */
export function resolveSettings(
  specs: readonly SettingsSpec[],
  options: Pick<AnalyseOptions, 'settings' | 'profile'>,
  sheets: readonly SheetGrid[],
): ResolvedSettings {
  const fromSheets = readSettingsSheets(sheets, [PROFILE_SETTINGS, ...specs]);
  const named = fromSheets.overrides.get(PROFILE_SETTINGS as SettingsSpec)?.profile;
  const sheetProfile = typeof named === 'string' ? profileByName(named) : undefined;
  const profiles = [options.profile, sheetProfile?.name === options.profile?.name ? undefined : sheetProfile];
  const values = new Map<SettingsSpec, unknown>();
  for (const spec of specs) {
    let value = spec.defaults;
    for (const layer of [...profiles.map((p) => p?.settings[spec.key]), options.settings?.[spec.key]])
      if (layer !== undefined) value = spec.merge(value, spec.schema.parse(layer));
    const sheet = fromSheets.overrides.get(spec);
    if (sheet) value = spec.merge(value, sheet);
    values.set(spec, value);
  }
  return {
    get: <T, O>(spec: SettingsSpec<T, O>): T => {
      const key = spec as SettingsSpec;
      if (!values.has(key)) throw new Error(`settings ${spec.key} were not resolved`);
      return values.get(key) as T;
    },
    rows: fromSheets.rows,
  };
}
