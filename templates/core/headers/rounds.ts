/**
 * Monitoring rounds and periods in headers: numbered rounds ("Time 2", "T2", "Temps 2", "second round"), dated
 * rounds ("Status Dec 2025", "Implementation status update – 31 December 2025") and Gantt periods ("Q1 2026",
 * "Jan" under a merged "2026").
 */
import { concept, type CaptureConcept, type Captured, type WordConcept } from './concept.js';

const ROUND_WORDS = {
  en: ['time', 't', 'round', 'phase', 'stage'],
  fr: ['temps', 'tour', 'phase', 'étape'],
  es: ['tiempo', 'ronda', 'fase', 'etapa'],
} as const;

const ORDINALS: Record<number, { en: string[]; fr: string[]; es: string[] }> = {
  1: { en: ['first', '1st'], fr: ['premier', 'première', '1er', '1re'], es: ['primero', 'primera', 'primer'] },
  2: { en: ['second', '2nd'], fr: ['deuxième', 'second', 'seconde', '2e'], es: ['segundo', 'segunda'] },
  3: { en: ['third', '3rd'], fr: ['troisième', '3e'], es: ['tercero', 'tercera', 'tercer'] },
};

const byRound = new Map<number, WordConcept>();

/** Round n of monitoring: "time n", "Tn", "round n", "temps n", "tiempo n", and "second round" for n = 2. */
export function round(n: number): WordConcept {
  let found = byRound.get(n);
  if (!found) {
    const words = (lang: 'en' | 'fr' | 'es') => [
      ...ROUND_WORDS[lang].map((w) => `${w} ${n}`),
      ...(ORDINALS[n]?.[lang] ?? []).flatMap((o) =>
        ROUND_WORDS[lang].filter((w) => w.length > 1).map((w) => `${o} ${w}`),
      ),
    ];
    found = concept(`round-${n}`, { en: words('en'), fr: words('fr'), es: words('es') });
    byRound.set(n, found);
  }
  return found;
}

/** Month names and abbreviations, folded, in the three languages → month number. */
const MONTHS = new Map<string, number>();
const MONTH_NAMES: readonly (readonly string[])[] = [
  ['january', 'jan', 'janvier', 'janv', 'enero', 'ene'],
  ['february', 'feb', 'fevrier', 'fev', 'febrero'],
  ['march', 'mar', 'mars', 'marzo'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr'],
  ['may', 'mai', 'mayo'],
  ['june', 'jun', 'juin', 'junio'],
  ['july', 'jul', 'juillet', 'juil', 'julio'],
  ['august', 'aug', 'aout', 'agosto', 'ago'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre'],
  ['october', 'oct', 'octobre', 'octubre'],
  ['november', 'nov', 'novembre', 'noviembre'],
  ['december', 'dec', 'decembre', 'diciembre', 'dic'],
];
MONTH_NAMES.forEach((names, i) => names.forEach((n) => MONTHS.set(n, i + 1)));

const isYear = (w: string | undefined) => w !== undefined && /^(19|20)\d\d$/.test(w);
const isDay = (w: string | undefined) => w !== undefined && /^\d{1,2}$/.test(w) && Number(w) >= 1 && Number(w) <= 31;
const pad = (n: number) => String(n).padStart(2, '0');

/** "[31] December 2025", "dec 2025", "2025 12"-less forms: a month name with its year → 2025-12. */
function monthYear(words: readonly string[], at: number): Captured | undefined {
  let i = at;
  if (isDay(words[i]) && MONTHS.has(words[i + 1] ?? '')) i++;
  const month = MONTHS.get(words[i] ?? '');
  if (month !== undefined) {
    // "June 30 2026": the day may follow the month.
    const yearAt = isDay(words[i + 1]) && isYear(words[i + 2]) ? i + 2 : i + 1;
    if (isYear(words[yearAt])) return { length: yearAt - at + 1, value: `${words[yearAt]}-${pad(month)}` };
  }
  // "2025 December"
  if (isYear(words[at]) && MONTHS.has(words[at + 1] ?? ''))
    return { length: 2, value: `${words[at]}-${pad(MONTHS.get(words[at + 1]) as number)}` };
  return undefined;
}

/** A dated monitoring round: "Status Dec 2025", "Estado a diciembre de 2025", "Statut au 30 juin 2026". */
export const DATED_ROUND: CaptureConcept = {
  id: 'dated-round',
  capture: monthYear,
  describe: {
    en: 'a month and year ("Dec 2025", "31 December 2025") → the round 2025-12',
    fr: 'un mois et une année (« déc. 2025 », « 31 décembre 2025 ») → la ronde 2025-12',
    es: 'un mes y un año («dic 2025», «31 de diciembre de 2025») → la ronda 2025-12',
  },
};

const QUARTER_WORDS = new Set(['q', 'quarter', 'trimestre', 'trim']);

/** "Q1 2026", "2026 Q1", "Quarter 2", "Jan", "Jan 2026", "2026 Jan" → 2026-Q1, Q2, 01, 2026-01. */
function period(words: readonly string[], at: number): Captured | undefined {
  const yearFirst = isYear(words[at]);
  const i = yearFirst ? at + 1 : at;
  const year = yearFirst ? words[at] : undefined;
  let length: number;
  let value: string;
  if (QUARTER_WORDS.has(words[i] ?? '') && /^[1-4]$/.test(words[i + 1] ?? '')) {
    length = 2;
    value = `Q${words[i + 1]}`;
  } else if (MONTHS.has(words[i] ?? '')) {
    length = 1;
    value = pad(MONTHS.get(words[i]) as number);
  } else return undefined;
  const after = yearFirst ? undefined : isYear(words[i + length]) ? words[i + length] : undefined;
  const y = year ?? after;
  return { length: length + (yearFirst || after ? 1 : 0), value: y ? `${y}-${value}` : value };
}

export const PERIOD: CaptureConcept = {
  id: 'period',
  capture: period,
  describe: {
    en: 'a quarter or a month, with or without its year ("Q1 2026", "Jan") → 2026-Q1, 01',
    fr: 'un trimestre ou un mois, avec ou sans année (« T1 2026 », « janv. ») → 2026-Q1, 01',
    es: 'un trimestre o un mes, con o sin año («T1 2026», «ene») → 2026-Q1, 01',
  },
};
