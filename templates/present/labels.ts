/**
 * Outputs in the user's language: a canonical value, a column key or a table name as a person reads it. The
 * machine outputs (tables.json, records.json) keep the canonical names; the dashboard and the FR/ES workbook show
 * these. One lookup for every kind, so a kind's new values are shown translated as soon as its def has them.
 */
import type { Lang } from '../core/types.js';
import type { Localised, TemplateDef } from '../core/schema.js';
import { dict } from '../core/dict.js';
import { foldKey } from '../core/text.js';
import { KINDS } from '../kinds.js';
import { CRITERIA, WORDS } from './words.js';

const VALUE_WORDS = ['total', 'Total', 'blank', '(blank)', 'unknown', 'key_actions', 'recommendations'];
VALUE_WORDS.push('inferred', 'declared', 'other spelling', 'typo', 'not rated', 'yes', 'no');
VALUE_WORDS.push('agencies', 'with_focal_point', 'focal_points', 'trained');
/** Lists whose values are codes (MOS-3, KPA-2): shown as written wherever the field is not known. */
const CODE_LISTS = new Set(['standard']);

let globalValues: { exact: Record<string, Localised>; folded: Record<string, Localised> } | undefined;

/**
 * Canonical value or English label → its labels, over every kind's lists and the criteria: as written first
 * ("(blank)" and "blank" fold alike), then folded ("Internal Coherence" as typed).
 */
function values(): { exact: Record<string, Localised>; folded: Record<string, Localised> } {
  if (globalValues) return globalValues;
  const exact = dict<Localised>();
  const folded = dict<Localised>();
  const add = (key: string, label: Localised) => {
    // A number (a rating 1–3, a record's number) is ours only where its field is known.
    if (/^\s*\d+([.,]\d+)?\s*$/.test(key)) return;
    if (!(key in exact)) exact[key] = label;
    if (!(foldKey(key) in folded)) folded[foldKey(key)] = label;
  };
  for (const { def } of KINDS)
    for (const e of Object.values(def.enums))
      for (const v of e.values) {
        if (!CODE_LISTS.has(e.id)) add(v.value, v.label);
        add(v.label.en, v.label);
      }
  for (const c of CRITERIA) add(c.en, c);
  for (const k of VALUE_WORDS) add(k, WORDS[k]);
  return (globalValues = { exact, folded });
}

function defOf(kind: string | undefined): TemplateDef | undefined {
  return kind === undefined ? undefined : KINDS.find((k) => k.def.kind === kind)?.def;
}

/**
 * A value as shown in `lang`: the field's own list first (two lists may share a word), then any list, the
 * criteria and our words; anything else (a user's text, a code) as written.
 */
export function valueLabel(text: string, lang: Lang, kind?: string, field?: string): string {
  const def = defOf(kind);
  const enumId = def?.fields.find((f) => f.key === field)?.enumId;
  const own = enumId ? def?.enums[enumId]?.values.find((v) => v.value === text || v.label.en === text) : undefined;
  if (own) return own.label[lang];
  const { exact, folded } = values();
  const found = exact[text] ?? folded[foldKey(text)];
  // A code the same in every language (UNICEF typed "Unicef") is shown as the user wrote it.
  return found && found[lang] !== found.en ? found[lang] : (exact[text]?.[lang] ?? text);
}

/** True when valueLabel knows the text: the no-English test tells our words from the user's. */
export function isOurValue(text: string): boolean {
  return text in values().exact || foldKey(text) in values().folded;
}

/** A column header: the template's field label, else one of our words, else a list value (a pivoted column). */
export function columnLabel(key: string, lang: Lang, kind?: string): string {
  const field = defOf(kind)?.fields.find((f) => f.key === key);
  if (field) return field.label[lang];
  for (const { def } of KINDS) {
    const other = def.fields.find((f) => f.key === key);
    if (other) return other.label[lang];
  }
  return WORDS[key]?.[lang] ?? valueLabel(key, lang, kind);
}

/** A kind's name as a sheet shows it: its template title. */
export function kindTitle(kind: string, lang: Lang): string {
  return defOf(kind)?.title[lang] ?? kind;
}

const w = (en: string, fr: string, es: string): Localised => ({ en, fr, es });

/** Each kind's short name for sheet names (31 characters at most), and a shorter one in front of its tables'. */
const KIND_NAMES: Readonly<Record<string, { sheet: Localised; prefix: Localised }>> = {
  'management-response': {
    sheet: w('Management response', 'Réponse de la direction', 'Respuesta de la gerencia'),
    prefix: w('Response', 'Réponse', 'Respuesta'),
  },
  mapping: { sheet: w('Mapping', 'Cartographie', 'Mapeo'), prefix: w('Mapping', 'Carto.', 'Mapeo') },
  'action-plan': { sheet: w('Workplan', 'Plan de travail', 'Plan de trabajo'), prefix: w('Plan', 'Plan', 'Plan') },
  'focal-points': {
    sheet: w('Focal points', 'Points focaux', 'Puntos focales'),
    prefix: w('Focal points', 'PF', 'PF'),
  },
  'partner-assessment': {
    sheet: w('Partner assessments', 'Évaluations partenaires', 'Evaluación de socios'),
    prefix: w('Partners', 'Partenaires', 'Socios'),
  },
};

export function kindShortTitle(kind: string, lang: Lang): string {
  return KIND_NAMES[kind]?.sheet[lang] ?? kindTitle(kind, lang);
}

/** "mapping.in_place_by_area" → "Cartographie · En place par domaine"; a part we have no word for stays as is. */
export function tableTitle(name: string, lang: Lang, dropKind?: string): string {
  const parts = name.split('.');
  const word = (p: string) => WORDS[p]?.[lang] ?? columnLabel(p, lang);
  const words = parts.map((p, i) => (i === 0 && KIND_NAMES[p] ? KIND_NAMES[p].prefix[lang] : word(p)));
  return (parts[0] === dropKind ? words.slice(1) : words).join(' · ');
}
