/**
 * Default agency list: UN entities of a country team, acronym and full name, with the French and Spanish acronyms
 * and names people type. Users extend it with a Settings sheet or --settings (NGOs, government partners).
 * `fr`/`es`: the acronym the entity goes by in that language, shown to French and Spanish readers, given only where
 * it has one of its own, as the entities' and the UN's own French and Spanish pages write it (iom.int/fr "OIM",
 * un.org/fr "PAM", "OCHA"; blogs.un.org/es "ACNUR", "PMA"); the others keep their acronym in every language.
 */
import type { Agency } from './agencies.js';

const un = (acronym: string, name: string, aliases: string[] = [], acronyms?: Agency['acronyms']): Agency => ({
  acronym,
  name,
  type: 'UN',
  aliases,
  ...(acronyms ? { acronyms } : {}),
});

export const DEFAULT_AGENCIES: readonly Agency[] = [
  un('UNRCO', 'United Nations Resident Coordinator Office', [
    'RCO',
    'UN RCO',
    'Bureau du Coordonnateur résident',
    'Oficina del Coordinador Residente',
  ]),
  un('FAO', 'Food and Agriculture Organization of the United Nations', [
    'Organisation des Nations Unies pour l’alimentation et l’agriculture',
    'Organización de las Naciones Unidas para la Alimentación y la Agricultura',
  ]),
  un('ILO', 'International Labour Organization', ['OIT', 'BIT'], { fr: 'OIT', es: 'OIT' }),
  un(
    'IOM',
    'International Organization for Migration',
    ['OIM', 'Organisation internationale pour les migrations', 'Organización Internacional para las Migraciones'],
    { fr: 'OIM', es: 'OIM' },
  ),
  un('OCHA', 'Office for the Coordination of Humanitarian Affairs', ['BCAH', 'OCAH']),
  un('OHCHR', 'Office of the United Nations High Commissioner for Human Rights', ['HCDH', 'ACNUDH'], {
    fr: 'HCDH',
    es: 'ACNUDH',
  }),
  un('UNAIDS', 'Joint United Nations Programme on HIV/AIDS', ['ONUSIDA'], { fr: 'ONUSIDA', es: 'ONUSIDA' }),
  un(
    'UNDP',
    'United Nations Development Programme',
    ['PNUD', 'Programme des Nations Unies pour le développement', 'Programa de las Naciones Unidas para el Desarrollo'],
    { fr: 'PNUD', es: 'PNUD' },
  ),
  un('UNEP', 'United Nations Environment Programme', ['PNUE', 'PNUMA'], { fr: 'PNUE', es: 'PNUMA' }),
  un('UNESCO', 'United Nations Educational, Scientific and Cultural Organization'),
  un('UNFPA', 'United Nations Population Fund', [
    'FNUAP',
    'Fonds des Nations Unies pour la population',
    'Fondo de Población de las Naciones Unidas',
  ]),
  un('UN-Habitat', 'United Nations Human Settlements Programme', ['ONU-Habitat'], {
    fr: 'ONU-Habitat',
    es: 'ONU-Habitat',
  }),
  un(
    'UNHCR',
    'Office of the United Nations High Commissioner for Refugees',
    [
      'HCR',
      'ACNUR',
      'UN Refugee Agency',
      'Haut-Commissariat des Nations Unies pour les réfugiés',
      'Alto Comisionado de las Naciones Unidas para los Refugiados',
    ],
    { fr: 'HCR', es: 'ACNUR' },
  ),
  un('UNICEF', 'United Nations Children’s Fund', [
    "United Nations Children's Fund",
    'Fonds des Nations Unies pour l’enfance',
    'Fondo de las Naciones Unidas para la Infancia',
  ]),
  un('UNIDO', 'United Nations Industrial Development Organization', ['ONUDI'], { fr: 'ONUDI', es: 'ONUDI' }),
  un('UNODC', 'United Nations Office on Drugs and Crime', ['ONUDC']),
  un('UNOPS', 'United Nations Office for Project Services'),
  un(
    'UN Women',
    'United Nations Entity for Gender Equality and the Empowerment of Women',
    ['UNWomen', 'ONU Femmes', 'ONU Mujeres'],
    { fr: 'ONU Femmes', es: 'ONU Mujeres' },
  ),
  un('UNV', 'United Nations Volunteers programme', ['VNU']),
  un('WFP', 'World Food Programme', ['PAM', 'PMA', 'Programme alimentaire mondial', 'Programa Mundial de Alimentos'], {
    fr: 'PAM',
    es: 'PMA',
  }),
  un(
    'WHO',
    'World Health Organization',
    ['OMS', 'Organisation mondiale de la Santé', 'Organización Mundial de la Salud'],
    { fr: 'OMS', es: 'OMS' },
  ),
];
