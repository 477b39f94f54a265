/**
 * The UN Implementing Partner PSEA capacity assessment, as agencies export it: one row per partner × core standard
 * (eTools' detail export), or one row per partner with a rating column per core standard ("Norma básica 1", "Cs1"),
 * each possibly followed by its justification. Canonical fields and the concepts each header needs.
 */
import type { FieldDef, KeyedColumn, TemplateDef } from '../core/schema.js';
import type { HeaderSpec } from '../core/headers/concept.js';
import { COMMENT, DATE, FINAL, NAME, NUMBER, REF, STATUS, TEXT, TYPE } from '../core/headers/vocabulary.js';
import { AGENCY, EVIDENCE, FOCAL_POINT, PARTNER } from '../inter-agency/concepts.js';
import {
  ASSESSMENT,
  ASSESSOR,
  ATTACHMENTS,
  CORE_STANDARD,
  CSO,
  DOCUMENTS,
  JUSTIFICATION,
  OTHER_ASSESSMENT,
  OTHER_EVIDENCE,
  RATING as RATING_WORDS,
  RISK as RISK_WORDS,
  SHORT_NAME,
  TOTAL,
  VENDOR,
} from './concepts.js';
import { foldKey } from '../core/text.js';
import { agencyEnum } from '../inter-agency/agencies.js';
import { AGENCY_FIELD } from '../inter-agency/agency-field.js';
import { DEFAULT_AGENCIES } from '../inter-agency/default-agencies.js';
import { StandardCatalogue } from '../inter-agency/standards/catalogue.js';
import { UN_IP_CORE } from '../inter-agency/standards/un-ip-core.js';
import { standardEnum } from '../inter-agency/standards/enum.js';
import { RATING, RISK } from './ratings.js';

const text = (key: string, label: FieldDef['label'], headers: HeaderSpec, extra: Partial<FieldDef> = {}): FieldDef => ({
  key,
  type: 'text',
  label,
  headers,
  ...extra,
});

export const PARTNER_ASSESSMENT_FIELDS: readonly FieldDef[] = [
  {
    ...AGENCY_FIELD,
    required: false,
    width: 12,
    hxl: '#org+assessor',
    headers: { all: [AGENCY], may: [NAME, ASSESSMENT] },
    exact: ['Agence des Nations Unies', 'Agencia evaluadora', 'Agence évaluatrice'],
  },
  text(
    'partner',
    { en: 'Partner', fr: 'Partenaire', es: 'Socio' },
    { all: [PARTNER], may: [NAME, AGENCY] },
    { required: true, width: 30, hxl: '#org+partner+name' },
  ),
  text(
    'partner_id',
    { en: 'Vendor number', fr: 'Numéro du fournisseur', es: 'Número de proveedor' },
    { all: [VENDOR], may: [NUMBER, PARTNER] },
    { width: 14, hxl: '#org+partner+code' },
  ),
  text('partner_acronym', { en: 'Short name', fr: 'Nom court', es: 'Nombre corto' }, { all: [SHORT_NAME] }),
  text('partner_type', { en: 'Partner type', fr: 'Type de partenaire', es: 'Tipo de socio' }, { all: [CSO, TYPE] }),
  text(
    'reference',
    { en: 'Reference number', fr: 'Numéro de référence', es: 'Número de referencia' },
    { all: [REF], may: [NUMBER] },
  ),
  {
    key: 'assessment_date',
    type: 'date',
    required: true,
    width: 12,
    hxl: '#date+assessed',
    label: { en: 'Assessment date', fr: 'Date de l’évaluation', es: 'Fecha de evaluación' },
    headers: { all: [ASSESSMENT, DATE], may: [TEXT, FINAL], not: [OTHER_ASSESSMENT] },
    exact: ['Last PSEA Assess. Date', 'Dernière évaluation de la PSEA Date', 'Última evaluación PSEA Fecha'],
  },
  text('assessor', { en: 'Assessor', fr: 'Évaluateur', es: 'Evaluador' }, { all: [ASSESSOR] }),
  text('status', { en: 'Status', fr: 'Statut', es: 'Estado' }, { all: [STATUS], may: [ASSESSMENT] }),
  text(
    'assessment_type',
    { en: 'Assessment type', fr: 'Type d’évaluation', es: 'Tipo de evaluación' },
    { all: [ASSESSMENT, TYPE], not: [OTHER_ASSESSMENT] },
  ),
  text(
    'un_focal_points',
    { en: 'Focal points', fr: 'Points focaux', es: 'Puntos focales' },
    { all: [FOCAL_POINT], may: [AGENCY] },
    { exact: ['UNICEF Focal Points', 'Points focaux de l’UNICEF', 'Puntos focales de UNICEF'] },
  ),
  {
    key: 'standard',
    type: 'enum',
    enumId: 'standard',
    width: 16,
    hxl: '#indicator+standard',
    label: { en: 'Core standard', fr: 'Norme fondamentale', es: 'Norma básica' },
    headers: { all: [CORE_STANDARD], may: [NUMBER], not: [RATING_WORDS, JUSTIFICATION, DOCUMENTS, EVIDENCE] },
  },
  {
    key: 'rating',
    type: 'enum',
    enumId: 'rating',
    width: 14,
    hxl: '#indicator+rating',
    label: { en: 'Core standard rating', fr: 'Note de la norme', es: 'Calificación de la norma' },
    headers: { all: [RATING_WORDS], may: [CORE_STANDARD], not: [RISK_WORDS, TOTAL, OTHER_ASSESSMENT] },
  },
  text(
    'justification',
    { en: 'Core standard comments', fr: 'Commentaires sur la norme', es: 'Comentarios sobre la norma' },
    { all: [[JUSTIFICATION, COMMENT]], may: [CORE_STANDARD] },
    { width: 30 },
  ),
  text(
    'evidence',
    { en: 'Core standard proof of evidence', fr: 'Preuves de la norme', es: 'Pruebas de la norma' },
    { all: [[EVIDENCE, DOCUMENTS]], may: [CORE_STANDARD] },
    { width: 30 },
  ),
  text(
    'evidence_description',
    { en: 'Other evidence (please specify)', fr: 'Autre preuve (préciser)', es: 'Otra prueba (especifique)' },
    { all: [OTHER_EVIDENCE], may: [EVIDENCE] },
    { width: 26 },
  ),
  text(
    'attachments',
    { en: 'Hyperlink to documents', fr: 'Lien vers les documents', es: 'Enlace a los documentos' },
    { all: [ATTACHMENTS] },
  ),
  {
    key: 'total_score',
    type: 'integer',
    width: 10,
    hxl: '#indicator+score+total',
    label: { en: 'Total score', fr: 'Score total', es: 'Puntuación total' },
    headers: { all: [TOTAL], may: [RATING_WORDS] },
    // eTools' list export heads the total "Rating" (its detail export says "Core standard rating" per standard).
    exact: ['Rating', 'Score', 'Total de points'],
  },
  {
    key: 'risk_rating',
    type: 'enum',
    enumId: 'risk',
    width: 16,
    hxl: '#indicator+risk',
    label: { en: 'Risk rating', fr: 'Évaluation du risque', es: 'Calificación del riesgo' },
    headers: { all: [RISK_WORDS], may: [RATING_WORDS], not: [OTHER_ASSESSMENT] },
    exact: ['Cote de risque de la LEFP', 'Clasificación de riesgo de la EAE'],
  },
];

const CORE = new StandardCatalogue([UN_IP_CORE]);
const PER_STANDARD = new RegExp(
  '^(justification|justificacion|comments?|commentaires?|comentarios?|evidence|evidencia|preuves?|pruebas?)' +
    '\\s*(?:cs\\s*)?(\\d)$',
);

/**
 * A column per core standard: its rating ("Norma básica 1: Política organizativa", "Cs1", "Core standard 1"), or its
 * justification or evidence ("Justificación 1", "Evidence CS1").
 */
export function coreStandardColumn(header: string): KeyedColumn | undefined {
  const per = PER_STANDARD.exec(foldKey(header));
  if (per) {
    const standard = UN_IP_CORE.standards.find((s) => s.n === Number(per[2]));
    if (!standard) return undefined;
    const field = /^(evid|preuv|prueb)/.test(per[1]) ? 'evidence' : 'justification';
    return { field, key: standard.id };
  }
  if (/^\s*\d+\s*[.)]?\s*$/.test(header)) return undefined;
  const match = CORE.match(header, [UN_IP_CORE.id], false); // a near reading is refused below: not asked for
  return match && match.how !== 'near' ? { field: 'rating', key: match.standard.id, stands: 'standard' } : undefined;
}

export const PARTNER_ASSESSMENT: TemplateDef = {
  kind: 'partner-assessment',
  title: {
    en: 'Partner PSEA capacity assessment',
    fr: 'Évaluation de la capacité PEAS des partenaires',
    es: 'Evaluación de la capacidad PEAS de los socios',
  },
  fields: PARTNER_ASSESSMENT_FIELDS,
  enums: { agency: agencyEnum(DEFAULT_AGENCIES), standard: standardEnum([UN_IP_CORE]), rating: RATING, risk: RISK },
  keyFields: ['partner', 'partner_id', 'standard', 'rating'],
  keyedColumn: coreStandardColumn,
  minColumns: 4,
  instructions: [
    {
      en:
        'One row per partner and core standard (CS-1 … CS-6), or one row per partner with a rating column per core ' +
        'standard. Rate each standard 1 (Absent), 2 (Progressing) or 3 (Adequate).',
      fr:
        'Une ligne par partenaire et norme fondamentale (CS-1 … CS-6), ou une ligne par partenaire avec une colonne ' +
        'de note par norme. Notez chaque norme 1 (Absent), 2 (En progression) ou 3 (Adéquat).',
      es:
        'Una fila por socio y norma básica (CS-1 … CS-6), o una fila por socio con una columna de calificación por ' +
        'norma. Califique cada norma 1 (Ausente), 2 (En progreso) o 3 (Adecuado).',
    },
    {
      en:
        'As in UNICEF’s eTools: the total of the six ratings gives the risk (8 or less High, 9 to 14 Moderate, 15 or ' +
        'more Low), only once every standard is rated; "Other (please specify)" evidence needs a description.',
      fr:
        'Comme dans eTools de l’UNICEF : le total des six notes donne le risque (8 ou moins élevé, 9 à 14 modéré, 15 ' +
        'ou plus faible), seulement une fois toutes les normes notées ; une preuve « Autre (préciser) » exige une ' +
        'description.',
      es:
        'Como en eTools de UNICEF: el total de las seis calificaciones da el riesgo (8 o menos alto, 9 a 14 ' +
        'moderado, ' +
        '15 o más bajo), solo cuando todas las normas están calificadas; la prueba «Otro (especifique)» requiere una ' +
        'descripción.',
    },
    {
      en: 'An assessment is due for renewal when the current year minus its year is 4 or more.',
      fr: 'Une évaluation est à renouveler quand l’année en cours moins son année vaut 4 ou plus.',
      es: 'Una evaluación debe renovarse cuando el año en curso menos su año es 4 o más.',
    },
  ],
};
