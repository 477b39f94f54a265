/**
 * The five areas of the 2020 inter-agency PSEA action-plan template (seed 002): the four MOS-PSEA areas plus "Other".
 * Editable data: canonical value = English label.
 */
import { matchEnum, type EnumDef } from '../core/schema.js';
import { foldKey } from '../core/text.js';

export const AREA: EnumDef = {
  id: 'area',
  values: [
    {
      value: 'Management and coordination',
      label: { en: 'Management and coordination', fr: 'Gestion et coordination', es: 'Gestión y coordinación' },
      aliases: [
        'Management & coordination',
        'Management',
        'Coordination',
        'Gestion',
        'Gestión',
        'Coordinación',
        'Area 1',
        'Domaine 1',
        'Área 1',
      ],
    },
    {
      value: 'Engagement with and support of local communities',
      label: {
        en: 'Engagement with and support of local communities',
        fr: 'Engagement auprès des communautés locales et soutien',
        es: 'Participación y apoyo de las comunidades locales',
      },
      aliases: [
        'Engagement with and support of local community population',
        'Community engagement',
        'Engagement with communities',
        'Communities',
        'Engagement communautaire',
        'Engagement avec les communautés',
        'Engagement de la communauté',
        'Participation et soutien des communautés locales',
        'Participación y apoyo a la población de la comunidad local',
        'Engagement with and support of communities',
        'Communautés',
        'Participación comunitaria',
        'Comunidades',
        'Area 2',
        'Domaine 2',
        'Área 2',
      ],
    },
    {
      value: 'Prevention',
      label: { en: 'Prevention', fr: 'Prévention', es: 'Prevención' },
      aliases: ['Area 3', 'Domaine 3', 'Área 3'],
    },
    {
      value: 'Response',
      label: { en: 'Response', fr: 'Réponse', es: 'Respuesta' },
      aliases: ['Area 4', 'Domaine 4', 'Área 4'],
    },
    {
      value: 'Other',
      label: { en: 'Other', fr: 'Autre', es: 'Otro' },
      aliases: ['Others', 'Autres', 'Otros', 'Otra', 'Area 5', 'Domaine 5', 'Área 5'],
    },
  ],
};

export const AREA_KEYS = AREA.values.map((v) => v.value);

/** The areas standards name most. */
export const MANAGEMENT = 'Management and coordination';
export const COMMUNITY = 'Engagement with and support of local communities';

/** The message of the mapping's and the workplan's "area not in the list" rules: they share the five areas. */
export const AREA_VALUE_MESSAGES = {
  en: 'Area "{value}" is not one of the five areas of the action-plan template.',
  fr: 'Le domaine « {value} » ne fait pas partie des cinq domaines du modèle de plan d’action.',
  es: 'El área «{value}» no es una de las cinco áreas de la plantilla del plan de acción.',
} as const;

/**
 * The area a section title names: "Outcome 1: Management and coordination – the network is functional",
 * "Axe 2 – Engagement avec les communautés", "Area 3 – Prevention". Tries the title, then each of its parts
 * (split on colons and dashes), then an area name standing at the start of a part; undefined when none fits.
 */
export function areaOfTitle(title: string): string | undefined {
  const whole = matchEnum(AREA, title)?.value;
  if (whole) return whole;
  const parts = title.split(/\s*[:–—]\s*|\s+-\s+/).filter(Boolean);
  for (const part of parts) {
    const hit = matchEnum(AREA, part)?.value;
    if (hit) return hit;
  }
  const spellings = AREA.values.flatMap((v) =>
    [v.value, ...Object.values(v.label), ...v.aliases].map((s) => ({ key: foldKey(s), value: v.value })),
  );
  spellings.sort((a, b) => b.key.length - a.key.length);
  for (const part of parts) {
    const key = foldKey(part);
    const hit = spellings.find((s) => s.key.length > 6 && (key === s.key || key.startsWith(`${s.key} `)));
    if (hit) return hit.value;
  }
  return undefined;
}
