/**
 * The 2023 external evaluation of IOM's approach to PSEAH (seed 003), as a profile: its five strategic pillars with
 * their recommendation ranges (Table 3, with the names of the matrix's section headings), its seven criteria by the
 * first digit of the evaluation reference (Table 2), its List of Acronyms, and the statuses of its matrix
 * (discarded / open / completed). A user picks it with `--profile iom-2023` or a `profile | iom-2023` Settings row.
 */
import type { Profile } from './profile.js';
import { IOM_2023_UNITS } from './iom-2023-units.js';

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
      units: IOM_2023_UNITS,
      statuses: [
        { word: 'open', value: 'in progress' },
        { word: 'completed', value: 'completed' },
        { word: 'discarded', value: 'no longer applicable' },
      ],
    },
  },
};
