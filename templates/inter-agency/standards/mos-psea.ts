/**
 * The eight IASC Minimum Operating Standards on PSEA (MOS-PSEA) in their four areas. Short names as in DOMAIN.md;
 * titles as in the 2013 implementation guidelines (English, published) and their French and Spanish renderings
 * (not found published: see test/corpus/inter-agency/mos-psea.json), plus the French "SMO-PEAS" wording.
 */
import { standardOf, type StandardSet } from './types.js';
import { COMMUNITY, MANAGEMENT } from '../areas.js';

const SET = { id: 'iasc-mos-psea', code: 'MOS' };
const mos = standardOf.bind(null, SET);

export const MOS_PSEA: StandardSet = {
  ...SET,
  title: {
    en: 'IASC Minimum Operating Standards on PSEA (MOS-PSEA)',
    fr: 'Standards minimums opérationnels sur la PEAS (SMO-PEAS) du CPI',
    es: 'Normas operativas mínimas relativas a la PEAS del IASC',
  },
  prefixes: ['MOS', 'MOS-PSEA', 'MOS PSEA', 'SMO', 'SMO-PEAS', 'NMO', 'NOM', 'NOM-PEAS', 'NMO-PEAS'],
  standards: [
    mos(
      1,
      MANAGEMENT,
      { en: 'Policy', fr: 'Politique', es: 'Política' },
      [
        'Effective Policy Development and Implementation',
        'Élaboration et mise en œuvre d’une politique efficace',
        'Elaboración y aplicación efectivas de una política',
      ],
      ['PSEA policy', 'Politique PEAS', 'Política PEAS', 'Policy development', 'Politique de PEAS'],
    ),
    mos(
      2,
      MANAGEMENT,
      { en: 'Cooperative arrangements', fr: 'Accords de coopération', es: 'Acuerdos de cooperación' },
      ['Cooperative Arrangements'],
      ['Partner agreements', 'Accords avec les partenaires', 'Acuerdos con los socios'],
    ),
    mos(
      3,
      MANAGEMENT,
      { en: 'Focal point', fr: 'Point focal', es: 'Punto focal' },
      [
        'A dedicated department/focal point is committed to PSEA among personnel',
        'Un service ou point focal dédié à la PEAS',
        'Un departamento o punto focal dedicado a la PEAS',
      ],
      ['Dedicated focal point', 'PSEA focal point', 'Point focal PEAS', 'Punto focal PEAS'],
    ),
    mos(
      4,
      COMMUNITY,
      {
        en: 'Communication to the community',
        fr: 'Communication avec la communauté',
        es: 'Comunicación con la comunidad',
      },
      [
        'Effective and comprehensive communication from HQ to the field on expectations regarding raising ' +
          'beneficiary awareness on PSEA',
        'Communication sur la sensibilisation des bénéficiaires à la PEAS',
        'Comunicación sobre la sensibilización de los beneficiarios en materia de PEAS',
      ],
      [
        'Awareness',
        'Community awareness',
        'Awareness of communities',
        'Communication to the community (awareness)',
        'Beneficiary awareness',
        'Sensibilisation des communautés',
        'Sensibilisation des bénéficiaires',
        'Sensibilización comunitaria',
        'Sensibilización de los beneficiarios',
      ],
    ),
    mos(
      5,
      COMMUNITY,
      {
        en: 'Community-based complaints mechanism',
        fr: 'Mécanisme communautaire de plaintes',
        es: 'Mecanismo comunitario de quejas',
      },
      [
        'Effective community based complaints mechanisms (CBCM)',
        'Mécanismes de Plaintes à Base Communautaire',
        'Mecanismos comunitarios de quejas eficaces',
      ],
      ['CBCM', 'MPBC', 'Complaints mechanism', 'Mécanisme de plaintes', 'Mecanismo de quejas'],
    ),
    mos(
      6,
      'Prevention',
      {
        en: 'Recruitment and performance management',
        fr: 'Recrutement et gestion de la performance',
        es: 'Contratación y gestión del desempeño',
      },
      [
        'Effective recruitment and performance management',
        'Recrutement et gestion de la performance efficaces',
        'Contratación y gestión del desempeño eficaces',
      ],
      ['Recruitment', 'Recrutement', 'Contratación'],
    ),
    mos(
      7,
      'Prevention',
      {
        en: 'Awareness-raising among personnel',
        fr: 'Sensibilisation du personnel',
        es: 'Sensibilización del personal',
      },
      [
        'Effective and comprehensive mechanisms are established to ensure awareness-raising of SEA amongst personnel',
        'Sensibilisation du personnel à l’EAS',
        'Sensibilización del personal sobre la EAS',
      ],
      ['Staff awareness', 'Staff training', 'Formation du personnel', 'Capacitación del personal'],
    ),
    mos(
      8,
      'Response',
      {
        en: 'Internal complaints and investigation procedures',
        fr: 'Procédures internes de plainte et d’enquête',
        es: 'Procedimientos internos de denuncia e investigación',
      },
      ['Internal complaints and investigation procedures are in place', 'Denuncias internas e investigación'],
      ['Investigations', 'Internal complaints', 'Enquêtes', 'Investigaciones'],
    ),
  ],
};
