/**
 * The inter-agency PSEA mapping: one row per agency and standard, or a wide checklist (a row per agency, a column per
 * standard). Canonical fields and the concepts each header needs (templates/core/headers/).
 */
import type { FieldDef, KeyedColumn, TemplateDef } from '../core/schema.js';
import {
  ACTION,
  COMMENT,
  DATE,
  DUE,
  IMPLEMENTATION,
  PLANNED,
  STATUS as STATUS_WORDS,
  TIMELINE,
  TYPE,
} from '../core/headers/vocabulary.js';
import {
  ACTIVITIES,
  AGENCY,
  AREA as AREA_WORDS,
  EVIDENCE,
  FOCAL_POINT,
  GAPS,
  GOOD_PRACTICE,
  KEY_ACTION,
  LEADING_NUMBER,
  RESOURCES,
  STANDARD as STANDARD_WORDS,
} from '../inter-agency/concepts.js';
import { AREA } from '../inter-agency/areas.js';
import { STATUS } from '../inter-agency/status.js';
import { AGENCY_TYPE } from '../inter-agency/agency-types.js';
import { agencyEnum } from '../inter-agency/agencies.js';
import { AGENCY_FIELD } from '../inter-agency/agency-field.js';
import { DEFAULT_AGENCIES } from '../inter-agency/default-agencies.js';
import { BUNDLED_SETS } from '../inter-agency/standards/sets.js';
import { StandardCatalogue } from '../inter-agency/standards/catalogue.js';
import { standardEnum } from '../inter-agency/standards/enum.js';
import { MOS_PSEA } from '../inter-agency/standards/mos-psea.js';
import { SEED_2020_KEY_ACTIONS } from '../inter-agency/standards/seed-2020.js';

export const MAPPING_FIELDS: readonly FieldDef[] = [
  AGENCY_FIELD,
  {
    key: 'agency_type',
    type: 'enum',
    enumId: 'agency_type',
    width: 12,
    hxl: '#org+type',
    label: { en: 'Agency type', fr: 'Type d’agence', es: 'Tipo de agencia' },
    headers: { all: [AGENCY, TYPE] },
  },
  {
    key: 'area',
    type: 'enum',
    enumId: 'area',
    width: 24,
    hxl: '#sector',
    label: { en: 'Area', fr: 'Domaine', es: 'Área' },
    headers: { all: [AREA_WORDS] },
  },
  {
    key: 'standard',
    type: 'enum',
    enumId: 'standard',
    required: true,
    width: 34,
    hxl: '#indicator+standard',
    label: { en: 'Standard / key action', fr: 'Norme / action clé', es: 'Norma / acción clave' },
    headers: { all: [[STANDARD_WORDS, KEY_ACTION]] },
  },
  {
    key: 'status',
    type: 'enum',
    enumId: 'status',
    required: true,
    width: 14,
    hxl: '#status',
    label: { en: 'Status', fr: 'Statut', es: 'Estado' },
    headers: { all: [STATUS_WORDS], may: [IMPLEMENTATION] },
  },
  {
    key: 'activities',
    type: 'text',
    width: 40,
    hxl: '#activity',
    label: { en: 'Existing work', fr: 'Travaux existants', es: 'Trabajo existente' },
    headers: { all: [ACTIVITIES], may: [RESOURCES] },
  },
  {
    key: 'resources',
    type: 'text',
    width: 26,
    label: { en: 'Resources', fr: 'Ressources', es: 'Recursos' },
    headers: { all: [RESOURCES] },
    exact: [
      'Existing resources',
      'Resources available',
      'Ressources existantes',
      'Ressources disponibles',
      'Recursos existentes',
      'Recursos disponibles',
    ],
  },
  {
    key: 'focal_point',
    type: 'text',
    width: 22,
    hxl: '#contact+name',
    label: { en: 'Focal point', fr: 'Point focal', es: 'Punto focal' },
    // "3. PSEA focal point" heads a checklist's column of MOS-3 statuses.
    headers: { all: [FOCAL_POINT], not: [LEADING_NUMBER] },
  },
  {
    key: 'gaps',
    type: 'text',
    width: 34,
    label: { en: 'Gaps', fr: 'Lacunes', es: 'Brechas' },
    headers: { all: [GAPS] },
    exact: ['Lacunes identifiées', 'Brechas identificadas'],
  },
  {
    key: 'good_practice',
    type: 'text',
    width: 34,
    label: { en: 'Good practice', fr: 'Bonnes pratiques', es: 'Buenas prácticas' },
    headers: { all: [GOOD_PRACTICE] },
  },
  {
    key: 'planned_action',
    type: 'text',
    width: 34,
    label: { en: 'Planned action', fr: 'Action prévue', es: 'Acción prevista' },
    headers: { all: [ACTION, PLANNED] },
    exact: ['Action to close the gap'],
  },
  {
    key: 'timeline',
    type: 'date',
    width: 12,
    hxl: '#date+due',
    label: { en: 'Timeline', fr: 'Échéance', es: 'Plazo' },
    headers: { all: [[TIMELINE, DUE]], may: [DATE] },
  },
  {
    key: 'evidence',
    type: 'text',
    width: 26,
    label: { en: 'Evidence', fr: 'Justificatif', es: 'Evidencia' },
    headers: { all: [EVIDENCE] },
  },
  {
    key: 'comments',
    type: 'text',
    width: 30,
    label: { en: 'Comments', fr: 'Commentaires', es: 'Comentarios' },
    headers: { all: [COMMENT] },
    exact: ['Notes'],
  },
];

/** The standards a blank mapping template offers: the MOS-PSEA and the seed's key actions. */
export const STANDARD = standardEnum([MOS_PSEA, SEED_2020_KEY_ACTIONS]);

const HEADERS = new StandardCatalogue(BUNDLED_SETS);

/** A checklist's column named after a standard ("3. PSEA focal point", "MOS 5 – CBCM") holds that standard's status. */
export function standardColumn(header: string): KeyedColumn | undefined {
  // A bare number ("6", a total above a data row) names no standard.
  if (/^\s*\d+\s*[.)]?\s*$/.test(header)) return undefined;
  // A near name is a column's standard only with its number ("7. Staff awareness-raising"), never alone: without a
  // digit, no near reading is asked for.
  const numbered = /\d/.test(header);
  const match = HEADERS.match(header, [MOS_PSEA.id], numbered);
  if (!match || (match.how === 'near' && !numbered)) return undefined;
  return { field: 'status', key: match.standard.id, stands: 'standard' };
}

export const MAPPING: TemplateDef = {
  kind: 'mapping',
  title: { en: 'Inter-agency PSEA mapping', fr: 'Cartographie PEAS inter-agences', es: 'Mapeo PEAS interagencial' },
  fields: MAPPING_FIELDS,
  // The agency list here is the default one; a workbook's settings may extend it when it is read.
  enums: {
    agency: agencyEnum(DEFAULT_AGENCIES),
    agency_type: AGENCY_TYPE,
    area: AREA,
    standard: STANDARD,
    status: STATUS,
  },
  keyFields: ['agency', 'standard', 'status'],
  keyedColumn: standardColumn,
  minColumns: 4,
  instructions: [
    {
      en:
        'One row per agency and standard (or key action): who is doing what on PSEA, with existing work, resources, ' +
        'gaps and good practice.',
      fr:
        'Une ligne par agence et par norme (ou action clé) : qui fait quoi en matière de PEAS, avec les travaux ' +
        'existants, les ressources, les lacunes et les bonnes pratiques.',
      es:
        'Una fila por agencia y norma (o acción clave): quién hace qué en PEAS, con el trabajo existente, los ' +
        'recursos, las brechas y las buenas prácticas.',
    },
    {
      en: 'Each agency should cover every standard and key action; use "Not applicable" rather than leaving one out.',
      fr:
        'Chaque agence doit couvrir toutes les normes et actions clés ; indiquez « Sans objet » plutôt que d’en ' +
        'omettre une.',
      es: 'Cada agencia debe cubrir todas las normas y acciones clave; use «No aplica» en lugar de omitir alguna.',
    },
    {
      en: 'The area must be the area of the standard. Status is In place, In progress, Not in place or Not applicable.',
      fr: 'Le domaine doit être celui de la norme. Le statut est En place, En cours, Pas en place ou Sans objet.',
      es: 'El área debe ser la de la norma. El estado es Establecido, En curso, No establecido o No aplica.',
    },
    {
      en:
        '"Not in place" and "In progress" need a gap or a planned action; a planned action needs a timeline (a date, ' +
        'dd/mm/yyyy); "In place" needs evidence.',
      fr:
        '« Pas en place » et « En cours » exigent une lacune ou une action prévue ; une action prévue exige une ' +
        'échéance (une date, jj/mm/aaaa) ; « En place » exige un justificatif.',
      es:
        '«No establecido» y «En curso» requieren una brecha o una acción prevista; una acción prevista requiere un ' +
        'plazo (una fecha, dd/mm/aaaa); «Establecido» requiere evidencia.',
    },
    {
      en: 'Agencies not in the list can be added on a Settings sheet: agency | acronym | full name | type.',
      fr:
        'Les agences absentes de la liste s’ajoutent sur une feuille Paramètres : agency | sigle | nom complet | ' +
        'type.',
      es:
        'Las agencias que no figuran en la lista se añaden en una hoja Configuración: agency | sigla | nombre ' +
        'completo | tipo.',
    },
  ],
};
