/**
 * Settings resolved once per workbook, before any rule runs: each kind's defaults, then a profile, then the
 * user's JSON, then the workbook's own Settings sheet, in that order. Rules receive the typed value; nothing
 * is cached between workbooks.
 */
import type { ZodType, ZodTypeDef } from 'zod';
import type { SheetGrid } from './types.js';
import type { AnalyseOptions } from './kind.js';
import { readSettingsSheets, type SettingsRowReading, type SettingsRowType } from './settings-sheet.js';

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

/** Defaults → profile → JSON → Settings sheet, for each spec. JSON layers are parsed by the spec's schema. */
export function resolveSettings(
  specs: readonly SettingsSpec[],
  options: Pick<AnalyseOptions, 'settings' | 'profile'>,
  sheets: readonly SheetGrid[],
): ResolvedSettings {
  const fromSheets = readSettingsSheets(sheets, specs);
  const values = new Map<SettingsSpec, unknown>();
  for (const spec of specs) {
    let value = spec.defaults;
    for (const layer of [options.profile?.settings[spec.key], options.settings?.[spec.key]])
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
