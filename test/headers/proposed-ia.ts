/**
 * The header matcher alone on the inter-agency kinds of issue 14. The kinds read a wide checklist's standard columns
 * and a Gantt's period columns as keyed columns, after the matcher (TemplateDef.keyedColumn); here the same columns
 * are declared as fields with a capture concept, so the matcher's reading of them is checked too: the parameter is
 * the standard (MOS-n, CS-n) or the period (2026-Q1) their header names.
 */
import { groupConcepts } from '../../templates/core/headers/concept.js';
import { numberedCapture } from '../../templates/core/headers/enum-capture.js';
import { PERIOD } from '../../templates/core/headers/rounds.js';
import type { FieldDef, TemplateDef } from '../../templates/index.js';
import { FOCAL_POINTS as FOCAL_POINTS_KIND } from '../../templates/focal-points/fields.js';
import { PARTNER_ASSESSMENT as PARTNER_ASSESSMENT_KIND } from '../../templates/partner-assessment/fields.js';

const field = (key: string, en: string, fr: string, es: string, headers: FieldDef['headers']): FieldDef => ({
  key,
  type: 'text',
  label: { en, fr, es },
  headers,
});

const say = (en: string) => ({ en, fr: en, es: en });

/** "MOS 3 – Focal point", "Norma 3: Punto focal", "3. PSEA focal point": the status of standard MOS-3. */
const MOS_COLUMN = numberedCapture(
  'mos-column',
  ['mos', 'mos psea', 'standard', 'norme', 'norma', 'nmo'],
  (n) => (n >= 1 && n <= 8 ? `MOS-${n}` : undefined),
  say('a MOS-PSEA standard by its number'),
);

/** "Cs1", "Norma básica 1: Política organizativa": core standard CS-1 of the partner assessment. */
const CS_COLUMN = numberedCapture(
  'cs-column',
  ['cs', 'core standard', 'norma básica', 'norme fondamentale', 'norma', 'standard'],
  (n) => (n >= 1 && n <= 6 ? `CS-${n}` : undefined),
  say('a core standard by its number'),
);

/** "Justificación 1": a trailing number names the core standard. */
const CS_NUMBER = {
  id: 'cs-number',
  describe: say('a core standard number after the header'),
  capture(words: readonly string[], at: number) {
    const n = words[at];
    return at === words.length - 1 && /^[1-6]$/.test(n) ? { length: 1, value: `CS-${n}` } : undefined;
  },
};

export const PROPOSED_MAPPING: readonly FieldDef[] = [
  field('standard_status', 'Standard status', 'Statut de la norme', 'Estado de la norma', { all: [MOS_COLUMN] }),
];

export const PROPOSED_PLAN: readonly FieldDef[] = [field('period', 'Period', 'Période', 'Período', { all: [PERIOD] })];

export const FOCAL_POINTS: TemplateDef = FOCAL_POINTS_KIND;

/** The kind's fields, a standard's rating also by a column per core standard, a justification by its number. */
export const PARTNER_ASSESSMENT: TemplateDef = {
  ...PARTNER_ASSESSMENT_KIND,
  fields: PARTNER_ASSESSMENT_KIND.fields.map((f) => {
    if (f.key === 'rating')
      return { ...f, headers: { ...f.headers, all: [[...groupConcepts(f.headers.all[0]), CS_COLUMN]] } };
    if (f.key === 'justification')
      return { ...f, headers: { ...f.headers, may: [...(f.headers.may ?? []), CS_NUMBER] } };
    return f;
  }),
};
