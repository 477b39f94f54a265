/**
 * Default agency list: UN entities of a country team, acronym and full name, with the French and Spanish acronyms
 * and names people type. Users extend it with a Settings sheet or --settings (NGOs, government partners).
 */
import type { Agency } from './agencies.js';

const un = (acronym: string, name: string, aliases: string[] = []): Agency => ({ acronym, name, type: 'UN', aliases });

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
  un('ILO', 'International Labour Organization', ['OIT', 'BIT']),
  un('IOM', 'International Organization for Migration', [
    'OIM',
    'Organisation internationale pour les migrations',
    'Organización Internacional para las Migraciones',
  ]),
  un('OCHA', 'Office for the Coordination of Humanitarian Affairs', ['BCAH', 'OCAH']),
  un('OHCHR', 'Office of the United Nations High Commissioner for Human Rights', ['HCDH', 'ACNUDH']),
  un('UNAIDS', 'Joint United Nations Programme on HIV/AIDS', ['ONUSIDA']),
  un('UNDP', 'United Nations Development Programme', [
    'PNUD',
    'Programme des Nations Unies pour le développement',
    'Programa de las Naciones Unidas para el Desarrollo',
  ]),
  un('UNEP', 'United Nations Environment Programme', ['PNUE', 'PNUMA']),
  un('UNESCO', 'United Nations Educational, Scientific and Cultural Organization'),
  un('UNFPA', 'United Nations Population Fund', [
    'FNUAP',
    'Fonds des Nations Unies pour la population',
    'Fondo de Población de las Naciones Unidas',
  ]),
  un('UN-Habitat', 'United Nations Human Settlements Programme', ['ONU-Habitat']),
  un('UNHCR', 'Office of the United Nations High Commissioner for Refugees', [
    'HCR',
    'ACNUR',
    'UN Refugee Agency',
    'Haut-Commissariat des Nations Unies pour les réfugiés',
    'Alto Comisionado de las Naciones Unidas para los Refugiados',
  ]),
  un('UNICEF', 'United Nations Children’s Fund', [
    "United Nations Children's Fund",
    'Fonds des Nations Unies pour l’enfance',
    'Fondo de las Naciones Unidas para la Infancia',
  ]),
  un('UNIDO', 'United Nations Industrial Development Organization', ['ONUDI']),
  un('UNODC', 'United Nations Office on Drugs and Crime', ['ONUDC']),
  un('UNOPS', 'United Nations Office for Project Services'),
  un('UN Women', 'United Nations Entity for Gender Equality and the Empowerment of Women', [
    'UNWomen',
    'ONU Femmes',
    'ONU Mujeres',
  ]),
  un('UNV', 'United Nations Volunteers programme', ['VNU']),
  un('WFP', 'World Food Programme', ['PAM', 'PMA', 'Programme alimentaire mondial', 'Programa Mundial de Alimentos']),
  un('WHO', 'World Health Organization', [
    'OMS',
    'Organisation mondiale de la Santé',
    'Organización Mundial de la Salud',
  ]),
];
