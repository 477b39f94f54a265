/**
 * The 2023 external evaluation of IOM's approach to PSEAH (seed 003), as a profile: its five strategic pillars with
 * their recommendation ranges (Table 3, with the names of the matrix's section headings), its seven criteria by the
 * first digit of the evaluation reference (Table 2), its List of Acronyms, and the statuses of its matrix
 * (discarded / open / completed). A user picks it with `--profile iom-2023` or a `profile | iom-2023` Settings row.
 */
import type { Profile } from './profile.js';
import { IOM_2023_UNITS } from './iom-2023-units.js';

type Names = [en: string, fr: string, es: string];
const named = ([en, fr, es]: Names) => ({ name: en, names: { en, fr, es } });
const pillar = (number: number, from: number, to: number, names: Names) => ({ number, ...named(names), from, to });
/** A criterion is read in any of its three names (and its other spellings), and quoted in the message's language. */
const criterion = (digit: number, names: Names, others: string[] = []) => ({
  digit,
  ...named(names),
  aliases: [...new Set([...names.slice(1), ...others])].filter((n) => n !== names[0]),
});

export const IOM_2023: Profile = {
  name: 'iom-2023',
  title: {
    en: 'IOM PSEAH external evaluation, 2023 (5 pillars, 7 criteria, IOM acronyms)',
    fr: 'Évaluation externe PSEAH de l’OIM, 2023 (5 piliers, 7 critères, sigles de l’OIM)',
    es: 'Evaluación externa PSEAH de la OIM, 2023 (5 pilares, 7 criterios, siglas de la OIM)',
  },
  settings: {
    'management-response': {
      evaluation: { id: 'iom-2023', name: "External Evaluation of IOM's Approach to PSEAH (2023)" },
      // The evaluation is in English; the French and Spanish names are ours, for messages in those languages.
      pillars: [
        pillar(1, 1, 18, [
          'Leadership and Organizational Culture',
          'Leadership et culture organisationnelle',
          'Liderazgo y cultura organizacional',
        ]),
        pillar(2, 19, 33, [
          'Institutional Accountability and Transparency',
          'Redevabilité institutionnelle et transparence',
          'Rendición de cuentas institucional y transparencia',
        ]),
        pillar(3, 34, 43, [
          'Communication, Capacity Development and Behaviour Change',
          'Communication, renforcement des capacités et changement de comportement',
          'Comunicación, desarrollo de capacidades y cambio de comportamiento',
        ]),
        pillar(4, 44, 52, [
          'Quality and Accessible Victim Assistance',
          'Assistance aux victimes de qualité et accessible',
          'Asistencia a las víctimas de calidad y accesible',
        ]),
        pillar(5, 53, 62, ['Partnership and Coordination', 'Partenariat et coordination', 'Alianzas y coordinación']),
      ],
      criteria: [
        criterion(1, ['Relevance', 'Pertinence', 'Pertinencia']),
        criterion(2, ['Internal coherence', 'Cohérence interne', 'Coherencia interna']),
        criterion(3, ['External coherence', 'Cohérence externe', 'Coherencia externa']),
        criterion(4, ['Effectiveness', 'Efficacité', 'Eficacia']),
        criterion(5, ['Efficiency', 'Efficience', 'Eficiencia']),
        criterion(6, ['Impact', 'Impact', 'Impacto']),
        criterion(7, ['Sustainability', 'Durabilité', 'Sostenibilidad'], ['Viabilité']),
      ],
      units: IOM_2023_UNITS,
      statuses: [
        { word: 'open', value: 'in progress' },
        { word: 'completed', value: 'completed' },
        { word: 'discarded', value: 'no longer applicable' },
      ],
    },
  },
};
