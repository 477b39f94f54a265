/**
 * Evaluation settings: pillars with their recommendation ranges, criteria by first digit of
 * the evaluation reference, and the unit code list. Defaults come from the 2023 IOM PSEAH
 * evaluation; a Settings sheet or a JSON file overrides them.
 */
import { z } from 'zod';
import type { CellValue, SheetGrid } from '../core/types.js';
import { cellText, foldKey } from '../core/text.js';
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

export { isSettingsSheet } from '../core/settings-sheet.js';

function num(value: CellValue | undefined): number | undefined {
  const n = typeof value === 'number' ? value : Number(cellText(value));
  return Number.isFinite(n) && cellText(value) !== '' ? n : undefined;
}

export interface SettingsSheetResult {
  override: SettingsOverride;
  /** 1-based rows the sheet could not use, with the reason. */
  problems: { row: number; text: string }[];
}

/**
 * A Settings sheet has one row per item: `type | key | name | from | to`, where type is
 * pillar, criterion or unit (pilier/critère/unité, pilar/criterio/unidad).
 */
export function readSettingsSheet(grid: SheetGrid): SettingsSheetResult {
  const pillars: Pillar[] = [];
  const criteria: Criterion[] = [];
  const units: { code: string; name: string }[] = [];
  const problems: SettingsSheetResult['problems'] = [];
  const firstRow = grid.firstRow ?? 1;
  grid.rows.forEach((row, i) => {
    const type = foldKey(cellText(row[0]));
    const key = row[1];
    const name = cellText(row[2]);
    const sheetRow = firstRow + i;
    if (!type || type === 'type') return;
    if (['pillar', 'pilier', 'pilar'].includes(type)) {
      const number = num(key),
        from = num(row[3]),
        to = num(row[4]);
      if (number && name && from && to) pillars.push({ number, name, from, to });
      else problems.push({ row: sheetRow, text: 'pillar needs number, name, from and to' });
    } else if (['criterion', 'critere', 'criterio'].includes(type)) {
      const digit = num(key);
      if (digit !== undefined && name) criteria.push({ digit, name, aliases: [] });
      else problems.push({ row: sheetRow, text: 'criterion needs a digit and a name' });
    } else if (['unit', 'unite', 'unidad'].includes(type)) {
      const code = cellText(key);
      if (code) units.push({ code, name });
      else problems.push({ row: sheetRow, text: 'unit needs a code' });
    } else {
      problems.push({ row: sheetRow, text: `unknown type "${cellText(row[0])}"` });
    }
  });
  const override: SettingsOverride = {};
  if (pillars.length) override.pillars = pillars;
  if (criteria.length) override.criteria = criteria;
  if (units.length) override.units = units;
  return { override, problems };
}
