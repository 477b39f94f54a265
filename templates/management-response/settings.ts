/**
 * An evaluation's settings: its pillars (with their recommendation ranges when known), its criteria by first digit
 * of the evaluation reference, its unit codes, the words its offices use for responses and statuses, its numbering
 * scheme, its monitoring rounds and its id. Nothing is assumed by default: what is not declared (a profile, JSON,
 * the Settings sheet) is read from the evaluation itself (templates/management-response/evaluation/).
 */
import { z } from 'zod';
import { matchEnum } from '../core/schema.js';
import type { SettingsSpec } from '../core/settings.js';
import { RESPONSE, STATUS } from './values.js';
import { SHEET_ROWS } from './settings-rows.js';

/** A name in other languages than the settings' own words (`name`): what messages in that language quote. */
const namesSchema = z.object({ en: z.string().min(1), fr: z.string().min(1), es: z.string().min(1) }).partial();
const pillarSchema = z.object({
  number: z.number().int().positive(),
  name: z.string().min(1),
  names: namesSchema.optional(),
  from: z.number().int().positive().optional(),
  to: z.number().int().positive().optional(),
});
const criterionSchema = z.object({
  digit: z.number().int().min(0).max(9),
  name: z.string().min(1),
  names: namesSchema.optional(),
  aliases: z.array(z.string()).default([]),
});
const unitSchema = z.object({ code: z.string().min(1), name: z.string().default('') });

/** A word of the evaluation's own vocabulary and the canonical value it means (any spelling of that value). */
function wordSchema(values: typeof RESPONSE) {
  return z
    .object({ word: z.string().min(1), value: z.string().min(1) })
    .refine((w) => matchEnum(values, w.value) !== undefined, {
      message: `value must be one of ${values.values.map((v) => v.value).join(', ')}`,
      path: ['value'],
    })
    .transform((w) => ({ word: w.word, value: matchEnum(values, w.value)!.value }));
}
const roundSchema = z.object({ key: z.string().min(1), name: z.string().min(1) });

/**
 * How the rec # column numbers: `auto` reads numbers as people write them ("3", "R3", "Rec. 3", "3.a", "3(a)", and
 * "3.1" as point 1 of recommendation 3, WFP's sub-recommendations); `whole` takes whole numbers only, so "3.1" there
 * is no recommendation number (a reference typed in the wrong column).
 */
export const NUMBERING = ['auto', 'whole'] as const;
export type Numbering = (typeof NUMBERING)[number];

export const settingsOverrideSchema = z
  .object({
    evaluation: z.object({ id: z.string().min(1), name: z.string().default('') }).optional(),
    pillars: z.array(pillarSchema).optional(),
    criteria: z.array(criterionSchema).optional(),
    units: z.array(unitSchema).optional(),
    replaceUnits: z.boolean().optional(),
    responses: z.array(wordSchema(RESPONSE)).optional(),
    statuses: z.array(wordSchema(STATUS)).optional(),
    numbering: z.enum(NUMBERING).optional(),
    rounds: z.array(roundSchema).optional(),
  })
  .strict();

export type SettingsOverride = z.infer<typeof settingsOverrideSchema>;
export type Pillar = z.infer<typeof pillarSchema>;
export type Criterion = z.infer<typeof criterionSchema>;
export type Unit = z.infer<typeof unitSchema>;
export interface Word {
  word: string;
  value: string;
}

export interface MatrixSettings {
  evaluation?: { id: string; name: string };
  pillars: Pillar[];
  criteria: Criterion[];
  units: Unit[];
  responses: Word[];
  statuses: Word[];
  numbering: Numbering;
  rounds: { key: string; name: string }[];
}

/** Nothing organisation-specific: an evaluation brings its own (see templates/profiles/ for bundled ones). */
export const DEFAULT_SETTINGS: MatrixSettings = {
  pillars: [],
  criteria: [],
  units: [],
  responses: [],
  statuses: [],
  numbering: 'auto',
  rounds: [],
};

/** Items of a list merged by key: a later layer replaces an item with the same key and adds the others. */
function mergeBy<T>(base: readonly T[], over: readonly T[] | undefined, key: (item: T) => string): T[] {
  const merged = [...base];
  for (const item of over ?? []) {
    const at = merged.findIndex((m) => key(m) === key(item));
    if (at >= 0) merged[at] = item;
    else merged.push(item);
  }
  return merged;
}

/** Pillars and criteria are replaced as a whole (they describe one evaluation); words, units and rounds add up. */
export function mergeSettings(base: MatrixSettings, override: SettingsOverride): MatrixSettings {
  const evaluation = override.evaluation ?? base.evaluation;
  return {
    ...(evaluation ? { evaluation } : {}),
    pillars: override.pillars ?? base.pillars,
    criteria: override.criteria ?? base.criteria,
    units: mergeBy(override.replaceUnits ? [] : base.units, override.units, (u) => u.code),
    responses: mergeBy(base.responses, override.responses, (w) => w.word),
    statuses: mergeBy(base.statuses, override.statuses, (w) => w.word),
    numbering: override.numbering ?? base.numbering,
    rounds: mergeBy(base.rounds, override.rounds, (r) => r.key),
  };
}

/** Defaults, what a user may override (JSON or Settings sheet), and how an override applies. */
export const MATRIX_SETTINGS: SettingsSpec<MatrixSettings, SettingsOverride> = {
  key: 'management-response',
  defaults: DEFAULT_SETTINGS,
  schema: settingsOverrideSchema,
  merge: mergeSettings,
  rows: SHEET_ROWS,
};
