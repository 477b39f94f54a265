/**
 * The seven key potential actions for the UN country team of the 2020 inter-agency PSEA action-plan template
 * (seed 002), each with the template area it is counted under. Where an action could sit in two areas, the choice
 * is noted.
 */
import { standardOf, type StandardSet } from './types.js';
import { COMMUNITY, MANAGEMENT } from '../areas.js';

const SET = { id: 'seed-2020-key-actions', code: 'KPA' };
const kpa = standardOf.bind(null, SET);

export const SEED_2020_KEY_ACTIONS: StandardSet = {
  ...SET,
  title: {
    en: '2020 action-plan template: key potential actions for the UN country team',
    fr: 'Modèle de plan d’action 2020 : actions clés possibles pour l’équipe de pays',
    es: 'Plantilla del plan de acción 2020: acciones clave posibles para el equipo de país',
  },
  prefixes: ['KPA', 'Key action', 'Key potential action', 'Action clé', 'Acción clave'],
  standards: [
    kpa(1, 'Response', {
      en: 'Map victim assistance capacities and partners',
      fr: 'Cartographier les capacités d’assistance aux victimes et les partenaires',
      es: 'Mapear las capacidades de asistencia a víctimas y los socios',
    }),
    kpa(
      2,
      'Response',
      {
        en: 'Referral network for victim assistance',
        fr: 'Réseau d’orientation pour l’assistance aux victimes',
        es: 'Red de derivación para la asistencia a víctimas',
      },
      [],
      ['Referral network', 'Réseau de référencement', 'Red de derivación'],
    ),
    // A strategy for the whole country team is a coordination matter, so Management and coordination.
    kpa(
      3,
      MANAGEMENT,
      {
        en: 'UNCT strategy to manage SEA risks',
        fr: 'Stratégie de l’équipe de pays pour gérer les risques d’EAS',
        es: 'Estrategia del equipo de país para gestionar los riesgos de EAS',
      },
      [],
      ['UNCT strategy'],
    ),
    kpa(
      4,
      COMMUNITY,
      {
        en: 'Reporting mechanism and public hotline',
        fr: 'Mécanisme de signalement et ligne d’assistance publique',
        es: 'Mecanismo de denuncia y línea directa pública',
      },
      [],
      ['Hotline', 'Ligne d’assistance', 'Línea directa'],
    ),
    kpa(
      5,
      'Prevention',
      {
        en: 'Mandatory continuing training',
        fr: 'Formation obligatoire continue',
        es: 'Capacitación obligatoria continua',
      },
      [],
      ['Mandatory training', 'Formation obligatoire', 'Capacitación obligatoria'],
    ),
    // Protecting staff who report fits none of the four MOS areas, so the template's fifth area.
    kpa(
      6,
      'Other',
      {
        en: 'Protection of staff who report',
        fr: 'Protection du personnel qui signale',
        es: 'Protección del personal que denuncia',
      },
      [],
      ['Whistle-blower protection', 'Protection des lanceurs d’alerte', 'Protección de denunciantes'],
    ),
    kpa(
      7,
      'Prevention',
      { en: 'SEA risk assessment', fr: 'Évaluation des risques d’EAS', es: 'Evaluación de riesgos de EAS' },
      [],
      ['Risk assessment', 'Évaluation des risques', 'Evaluación de riesgos'],
    ),
  ],
};
