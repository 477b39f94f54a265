/**
 * The six core standards of the UN Implementing Partner PSEA Capacity Assessment, as UNICEF's eTools holds them
 * (src/etools/applications/core/data/psea_indicators.json, "Core Standard 1: Organizational Policy" …), with the
 * evidence each offers. The area each is counted under, when a network maps them, is ours.
 */
import { standardOf, type StandardSet } from './types.js';
import { COMMUNITY, MANAGEMENT } from '../areas.js';

const SET = { id: 'un-ip-psea-core', code: 'CS' };
const cs = standardOf.bind(null, SET);

export const UN_IP_CORE: StandardSet = {
  ...SET,
  title: {
    en: 'UN Implementing Partner PSEA Capacity Assessment: core standards',
    fr: 'Évaluation de la capacité PEAS des partenaires de mise en œuvre de l’ONU : normes fondamentales',
    es: 'Evaluación de la capacidad PEAS de los socios implementadores de la ONU: normas básicas',
  },
  prefixes: [
    'CS',
    'Core standard',
    'Core std',
    'Norme fondamentale',
    'Norme de base',
    'Norma básica',
    'Norma fundamental',
    'Estándar básico',
  ],
  standards: [
    cs(1, MANAGEMENT, { en: 'Organizational Policy', fr: 'Politique organisationnelle', es: 'Política organizativa' }),
    cs(2, 'Prevention', {
      en: 'Organizational Management and HR Systems',
      fr: 'Gestion organisationnelle et systèmes de RH',
      es: 'Gestión organizativa y sistemas de RR. HH.',
    }),
    cs(3, 'Prevention', { en: 'Mandatory Training', fr: 'Formation obligatoire', es: 'Formación obligatoria' }),
    cs(4, COMMUNITY, { en: 'Reporting', fr: 'Signalement', es: 'Denuncias' }, [], ['Reporting mechanisms']),
    cs(5, 'Response', {
      en: 'Assistance and Referrals',
      fr: 'Assistance et orientation',
      es: 'Asistencia y remisión',
    }),
    cs(6, 'Response', { en: 'Investigations', fr: 'Enquêtes', es: 'Investigaciones' }),
  ],
};

/** eTools' evidence option whose answer needs a description (psea/validators.py, EvidenceDescriptionValidator). */
export const OTHER_EVIDENCE = ['Other (please specify)', 'Autre (veuillez préciser)', 'Otro (especifique)'];
