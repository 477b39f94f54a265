/**
 * What a mapping row reports on: the eight IASC MOS-PSEA standards (DOMAIN.md) and the seven
 * key potential actions for the UN country team (seed 002), each with a stable id and its area.
 * Editable data. Where a key action could sit in two areas, the choice is noted.
 */
import type { EnumDef, Localised } from '../core/schema.js';

export interface Standard {
  id: string;
  /** Canonical area value (areas.ts). */
  area: string;
  label: Localised;
  aliases: readonly string[];
}

const MC = 'Management and coordination';
const COMMUNITY = 'Engagement with and support of local communities';

/** "MOS 3", "MOS-3", "Standard 3", "Norme 3", "Norma 3" for MOS; "KPA 2", "Key action 2", … for key actions. */
function numbered(prefixes: readonly string[], n: number): string[] {
  return prefixes.flatMap((p) => [`${p} ${n}`, `${p}-${n}`, `${p}${n}`]);
}
const MOS_PREFIXES = ['MOS', 'MOS-PSEA', 'Standard', 'Norme', 'Norma'];
const KPA_PREFIXES = ['KPA', 'Key action', 'Key potential action', 'Action clé', 'Acción clave'];

function mos(n: number, area: string, label: Localised, aliases: string[]): Standard {
  const full: Localised = { en: `MOS ${n}: ${label.en}`, fr: `NMO ${n} : ${label.fr}`, es: `NMO ${n}: ${label.es}` };
  return {
    id: `MOS-${n}`,
    area,
    label: full,
    aliases: [...numbered(MOS_PREFIXES, n), ...Object.values(label), ...aliases],
  };
}

function kpa(n: number, area: string, label: Localised, aliases: string[]): Standard {
  const full: Localised = {
    en: `Key action ${n}: ${label.en}`,
    fr: `Action clé ${n} : ${label.fr}`,
    es: `Acción clave ${n}: ${label.es}`,
  };
  return {
    id: `KPA-${n}`,
    area,
    label: full,
    aliases: [...numbered(KPA_PREFIXES, n), ...Object.values(label), ...aliases],
  };
}

export const STANDARDS: readonly Standard[] = [
  mos(1, MC, { en: 'Policy', fr: 'Politique', es: 'Política' }, ['PSEA policy', 'Politique PEAS', 'Política PEAS']),
  mos(2, MC, { en: 'Cooperative arrangements', fr: 'Accords de coopération', es: 'Acuerdos de cooperación' }, [
    'Partner agreements',
    'Accords avec les partenaires',
  ]),
  mos(3, MC, { en: 'Focal point', fr: 'Point focal', es: 'Punto focal' }, [
    'Dedicated focal point',
    'PSEA focal point',
    'Point focal PEAS',
    'Punto focal PEAS',
  ]),
  mos(
    4,
    COMMUNITY,
    {
      en: 'Communication to the community',
      fr: 'Communication avec la communauté',
      es: 'Comunicación con la comunidad',
    },
    [
      'Community awareness',
      'Awareness of communities',
      'Sensibilisation des communautés',
      'Sensibilización comunitaria',
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
    ['CBCM', 'Complaints mechanism', 'Mécanisme de plaintes', 'Mecanismo de quejas'],
  ),
  mos(
    6,
    'Prevention',
    {
      en: 'Recruitment and performance management',
      fr: 'Recrutement et gestion de la performance',
      es: 'Contratación y gestión del desempeño',
    },
    ['Recruitment', 'Recrutement', 'Contratación'],
  ),
  mos(
    7,
    'Prevention',
    { en: 'Awareness-raising among personnel', fr: 'Sensibilisation du personnel', es: 'Sensibilización del personal' },
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
    ['Investigations', 'Internal complaints', 'Enquêtes', 'Investigaciones'],
  ),
  kpa(
    1,
    'Response',
    {
      en: 'Map victim assistance capacities and partners',
      fr: 'Cartographier les capacités d’assistance aux victimes et les partenaires',
      es: 'Mapear las capacidades de asistencia a víctimas y los socios',
    },
    [],
  ),
  kpa(
    2,
    'Response',
    {
      en: 'Referral network for victim assistance',
      fr: 'Réseau d’orientation pour l’assistance aux victimes',
      es: 'Red de derivación para la asistencia a víctimas',
    },
    ['Referral network', 'Réseau de référencement', 'Red de derivación'],
  ),
  // A strategy for the whole country team is a coordination matter, so Management and coordination.
  kpa(
    3,
    MC,
    {
      en: 'UNCT strategy to manage SEA risks',
      fr: 'Stratégie de l’équipe de pays pour gérer les risques d’EAS',
      es: 'Estrategia del equipo de país para gestionar los riesgos de EAS',
    },
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
    ['Whistle-blower protection', 'Protection des lanceurs d’alerte', 'Protección de denunciantes'],
  ),
  kpa(
    7,
    'Prevention',
    { en: 'SEA risk assessment', fr: 'Évaluation des risques d’EAS', es: 'Evaluación de riesgos de EAS' },
    ['Risk assessment', 'Évaluation des risques', 'Evaluación de riesgos'],
  ),
];

export const STANDARD: EnumDef = {
  id: 'standard',
  values: STANDARDS.map((s) => ({ value: s.id, label: s.label, aliases: s.aliases })),
};

export function standardById(id: string): Standard | undefined {
  return STANDARDS.find((s) => s.id === id);
}
