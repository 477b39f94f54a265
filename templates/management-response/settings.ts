/**
 * Evaluation settings: pillars with their recommendation ranges, criteria by first digit of
 * the evaluation reference, and the unit code list. Defaults come from the 2023 IOM PSEAH
 * evaluation; a Settings sheet or a JSON file overrides them.
 */
import { z } from 'zod';
import type { CellValue } from '../core/types.js';
import type { SettingsSpec } from '../core/settings.js';
import type { SettingsRowType } from '../core/settings-sheet.js';
import { cellText } from '../core/text.js';
import { DEFAULT_UNITS } from './default-units.js';

const pillarSchema = z.object({
  number: z.number().int().positive(),
  name: z.string().min(1),
  from: z.number().int().positive(),
  to: z.number().int().positive(),
});
const criterionSchema = z.object({
  digit: z.number().int().min(0).max(9),
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
});
const unitSchema = z.object({ code: z.string().min(1), name: z.string().default('') });

export const matrixSettingsSchema = z.object({
  pillars: z.array(pillarSchema),
  criteria: z.array(criterionSchema),
  units: z.array(unitSchema),
});

/** What a user may override: any part; units are merged by code unless replaceUnits is set. */
export const settingsOverrideSchema = z
  .object({
    pillars: z.array(pillarSchema).optional(),
    criteria: z.array(criterionSchema).optional(),
    units: z.array(unitSchema).optional(),
    replaceUnits: z.boolean().optional(),
  })
  .strict();

export type MatrixSettings = z.infer<typeof matrixSettingsSchema>;
export type SettingsOverride = z.infer<typeof settingsOverrideSchema>;
export type Pillar = z.infer<typeof pillarSchema>;
export type Criterion = z.infer<typeof criterionSchema>;

export const DEFAULT_SETTINGS: MatrixSettings = {
  pillars: [
    { number: 1, name: 'Leadership and Organizational Culture', from: 1, to: 18 },
    { number: 2, name: 'Institutional Accountability and Transparency', from: 19, to: 33 },
    { number: 3, name: 'Communication, Capacity Development and Behaviour Change', from: 34, to: 43 },
    { number: 4, name: 'Quality and Accessible Victim Assistance', from: 44, to: 52 },
    { number: 5, name: 'Partnership and Coordination', from: 53, to: 62 },
  ],
  criteria: [
    { digit: 1, name: 'Relevance', aliases: ['Pertinence', 'Pertinencia'] },
    { digit: 2, name: 'Internal coherence', aliases: ['Cohérence interne', 'Coherencia interna'] },
    { digit: 3, name: 'External coherence', aliases: ['Cohérence externe', 'Coherencia externa'] },
    { digit: 4, name: 'Effectiveness', aliases: ['Efficacité', 'Eficacia'] },
    { digit: 5, name: 'Efficiency', aliases: ['Efficience', 'Eficiencia'] },
    { digit: 6, name: 'Impact', aliases: ['Impacto'] },
    { digit: 7, name: 'Sustainability', aliases: ['Durabilité', 'Sostenibilidad', 'Viabilité'] },
  ],
  units: DEFAULT_UNITS,
};

export function mergeSettings(base: MatrixSettings, override: SettingsOverride): MatrixSettings {
  const units = override.replaceUnits ? [] : [...base.units];
  for (const unit of override.units ?? []) {
    const at = units.findIndex((u) => u.code === unit.code);
    if (at >= 0) units[at] = unit;
    else units.push(unit);
  }
  return {
    pillars: override.pillars ?? base.pillars,
    criteria: override.criteria ?? base.criteria,
    units,
  };
}

function num(value: CellValue | undefined): number | undefined {
  const n = typeof value === 'number' ? value : Number(cellText(value));
  return Number.isFinite(n) && cellText(value) !== '' ? n : undefined;
}

/** Settings-sheet rows `type | key | name | from | to` of a management response: pillar, criterion, unit. */
const SHEET_ROWS: readonly SettingsRowType[] = [
  {
    words: ['pillar', 'pilier', 'pilar'],
    list: 'pillars',
    needs: ['key', 'name', 'from', 'to'],
    read: ([, key, name, from, to]) => {
      const pillar = { number: num(key), name: cellText(name), from: num(from), to: num(to) };
      return pillar.number && pillar.name && pillar.from && pillar.to ? { item: pillar } : { missing: true };
    },
  },
  {
    words: ['criterion', 'critère', 'criterio'],
    list: 'criteria',
    needs: ['key', 'name'],
    read: ([, key, name]) => {
      const digit = num(key);
      return digit !== undefined && cellText(name)
        ? { item: { digit, name: cellText(name), aliases: [] } }
        : { missing: true };
    },
  },
  {
    words: ['unit', 'unité', 'unidad'],
    list: 'units',
    needs: ['key'],
    read: ([, key, name]) =>
      cellText(key) ? { item: { code: cellText(key), name: cellText(name) } } : { missing: true },
  },
];

/** Defaults, what a user may override (JSON or Settings sheet), and how an override applies. */
export const MATRIX_SETTINGS: SettingsSpec<MatrixSettings, SettingsOverride> = {
  key: 'management-response',
  defaults: DEFAULT_SETTINGS,
  schema: settingsOverrideSchema,
  merge: mergeSettings,
  rows: SHEET_ROWS,
};
