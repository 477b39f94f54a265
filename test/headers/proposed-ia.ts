/**
 * The inter-agency fields and kinds the corpus proposes for issue 14 (wide checklists, Gantt workplans, focal-point
 * lists, the partner PSEA capacity assessment), declared by concepts only, as issue 14 will. Wide columns take a
 * parameter: the standard (MOS-n, CS-n) or the period (2026-Q1) their header names.
 */
import { concept } from '../../templates/core/headers/concept.js';
import { numberedCapture } from '../../templates/core/headers/enum-capture.js';
import { PERIOD } from '../../templates/core/headers/rounds.js';
import {
  COMMENT,
  DATE,
  NAME,
  NUMBER,
  REF,
  STATUS,
  SUPPORT,
  TEXT,
  TIMELINE,
  TYPE,
} from '../../templates/core/headers/vocabulary.js';
import { AGENCY, EVIDENCE, FOCAL_POINT } from '../../templates/inter-agency/concepts.js';
import type { FieldDef, TemplateDef } from '../../templates/index.js';

const field = (key: string, en: string, fr: string, es: string, headers: FieldDef['headers']): FieldDef => ({
  key,
  type: 'text',
  label: { en, fr, es },
  headers,
});

const say = (en: string) => ({ en, fr: en, es: en });

/** "MOS 3 – Focal point", "Norma 3: Punto focal", "3. PSEA focal point": the status of standard MOS-3. */
const MOS_COLUMN = numberedCapture(
  'mos-column',
  ['mos', 'mos psea', 'standard', 'norme', 'norma', 'nmo'],
  (n) => (n >= 1 && n <= 8 ? `MOS-${n}` : undefined),
  say('a MOS-PSEA standard by its number'),
);

/** "Cs1", "Norma básica 1: Política organizativa": core standard CS-1 of the partner assessment. */
const CS_COLUMN = numberedCapture(
  'cs-column',
  ['cs', 'core standard', 'norma básica', 'norme fondamentale', 'norma', 'standard'],
  (n) => (n >= 1 && n <= 6 ? `CS-${n}` : undefined),
  say('a core standard by its number'),
);

/** "Justificación 1": a trailing number names the core standard. */
const CS_NUMBER = {
  id: 'cs-number',
  describe: say('a core standard number after the header'),
  capture(words: readonly string[], at: number) {
    const n = words[at];
    return at === words.length - 1 && /^[1-6]$/.test(n) ? { length: 1, value: `CS-${n}` } : undefined;
  },
};

export const PROPOSED_MAPPING: readonly FieldDef[] = [
  field('standard_status', 'Standard status', 'Statut de la norme', 'Estado de la norma', { all: [MOS_COLUMN] }),
];

const REF_NO = concept('ref-no', { en: ['ref', 'reference'], fr: ['réf'], es: ['ref'] });
const OBJECTIVE = concept('objective', {
  en: ['objective', 'objectives', 'outcome', 'outcomes', 'goal', 'goals', 'annual objectives'],
  fr: ['objectif', 'objectifs', 'résultat', 'résultats'],
  es: ['objetivo', 'objetivos', 'resultado', 'resultados'],
});
const PARTNER = concept('partner', {
  en: ['partner', 'partners', 'implementing partner'],
  fr: ['partenaire', 'partenaires'],
  es: ['socio', 'socios'],
});

export const PROPOSED_PLAN: readonly FieldDef[] = [
  field('ref', 'Ref.', 'Réf.', 'Ref.', { all: [[REF_NO, NUMBER]] }),
  field('outcome', 'Outcome', 'Résultat', 'Resultado', { all: [OBJECTIVE] }),
  field('support_orgs', 'Support', 'Appui', 'Apoyo', { all: [[SUPPORT, PARTNER]] }),
  field('timeline', 'Timeline', 'Calendrier', 'Cronograma', { all: [TIMELINE] }),
  field('period', 'Period', 'Période', 'Período', { all: [PERIOD] }),
];

const CONTACT = concept('contact', { en: ['contact'], fr: ['contact'], es: ['contacto'] });
const COORDINATOR = concept('coordinator', { en: ['coordinator'], fr: ['coordonnateur'], es: ['coordinador'] });
const TITLE = concept('title', {
  en: ['title', 'function', 'position', 'job title'],
  fr: ['titre', 'fonction', 'poste'],
  es: ['título', 'cargo', 'función'],
});
const EMAIL = concept('email', {
  en: ['email', 'e mail', 'email address'],
  fr: ['adresse électronique', 'courriel'],
  es: ['correo electrónico', 'dirección de correo electrónico'],
});
const PHONE = concept('phone', {
  en: ['phone', 'phone number', 'telephone', 'mobile'],
  fr: ['téléphone', 'numéro de téléphone'],
  es: ['teléfono', 'número de teléfono'],
});
const LOCATION = concept('location', {
  en: ['location', 'duty station'],
  fr: ['localisation', "lieu d'affectation"],
  es: ['ubicación', 'lugar de destino'],
});
const TRAINED = concept('trained', { en: ['trained', 'trained on'], fr: ['formé'], es: ['capacitado'] });
const APPOINTED = concept('appointed', { en: ['appointed'], fr: ['nomination'], es: ['nombramiento'] });

const FOCAL_FIELDS: readonly FieldDef[] = [
  field('agency', 'Agency', 'Agence', 'Agencia', { all: [AGENCY] }),
  field('name', 'Name', 'Nom', 'Nombre', { all: [[NAME, CONTACT]], may: [FOCAL_POINT, COORDINATOR] }),
  field('title', 'Title', 'Titre', 'Título', { all: [TITLE] }),
  field('email', 'Email', 'Courriel', 'Correo electrónico', { all: [EMAIL] }),
  field('phone', 'Phone', 'Téléphone', 'Teléfono', { all: [PHONE] }),
  field('trained_on', 'Trained on', 'Formé(e) le', 'Capacitado el', { all: [TRAINED], may: [DATE] }),
  field('appointed_on', 'Appointed on', 'Date de nomination', 'Fecha de nombramiento', {
    all: [APPOINTED],
    may: [DATE],
  }),
  field('location', 'Location', 'Localisation', 'Ubicación', { all: [LOCATION] }),
];

const ASSESSMENT = concept('assessment', {
  en: ['assessment', 'assessed', 'assess'],
  fr: ['évaluation'],
  es: ['evaluación'],
});
/** Other assessments and ratings than the PSEA one: HACT, core values, the "highest risk" of all. */
const OTHER_ASSESSMENT = concept('other-assessment', {
  en: ['hact', 'core values', 'highest'],
  fr: ['valeurs fondamentales', 'plus élevé'],
  es: ['valores fundamentales', 'mayor riesgo'],
});
const RISK = concept('risk', { en: ['risk'], fr: ['risque'], es: ['riesgo'] });
const RATING = concept('rating', {
  en: ['rating', 'score'],
  fr: ['cote', 'note', 'notation'],
  es: ['calificación', 'clasificación', 'puntuación'],
});
const TOTAL = concept('total', { en: ['total'], fr: ['total'], es: ['total'] });
const CORE_STANDARD = concept('core-standard', {
  en: ['core standard', 'core standards'],
  fr: ['norme fondamentale'],
  es: ['norma básica'],
});
const VENDOR = concept('vendor', {
  en: ['vendor number', 'vendor'],
  fr: ['numéro du vendeur'],
  es: ['número de proveedor'],
});
const SHORT_NAME = concept('short-name', { en: ['short name'], fr: ['nom court'], es: ['nombre corto'] });
const CSO = concept('cso', { en: ['cso', 'partner'], fr: ['partenaire', 'cso'], es: ['socio', 'cso'] });
const ASSESSOR = concept('assessor', { en: ['assessor'], fr: ['évaluateur'], es: ['evaluador'] });
const JUSTIFICATION = concept('justification', {
  en: ['justification', 'comments', 'comment'],
  fr: ['justification', 'commentaires'],
  es: ['justificación', 'comentarios'],
});
const OTHER_EVIDENCE = concept('other-evidence', {
  en: ['other evidence', 'description'],
  fr: ['autre preuve'],
  es: ['otra evidencia'],
});
const ATTACHMENTS = concept('attachments', {
  en: ['hyperlink to documents', 'hyperlink', 'attachments'],
  fr: ['pièces jointes'],
  es: ['adjuntos'],
});
const DOCUMENTS = concept('documents', {
  en: ['documents', 'applicable documents', 'tools'],
  fr: ['documents', 'outils'],
  es: ['documentos', 'herramientas'],
});

const PARTNER_FIELDS: readonly FieldDef[] = [
  field('agency', 'Agency', 'Agence', 'Agencia', { all: [AGENCY] }),
  field('partner', 'Partner', 'Partenaire', 'Socio', { all: [PARTNER], may: [NAME] }),
  field('partner_id', 'Vendor number', 'Numéro du vendeur', 'Número de proveedor', { all: [VENDOR] }),
  field('partner_acronym', 'Short name', 'Nom court', 'Nombre corto', { all: [SHORT_NAME] }),
  field('partner_type', 'Partner type', 'Type de partenaire', 'Tipo de socio', { all: [CSO, TYPE] }),
  field('reference', 'Reference number', 'Numéro de référence', 'Número de referencia', { all: [REF, NUMBER] }),
  field('assessment_date', 'Assessment date', "Date de l'évaluation", 'Fecha de evaluación', {
    all: [ASSESSMENT, DATE],
    may: [TEXT],
    not: [OTHER_ASSESSMENT],
  }),
  field('assessor', 'Assessor', 'Évaluateur', 'Evaluador', { all: [ASSESSOR] }),
  field('status', 'Status', 'Statut', 'Estado', { all: [STATUS] }),
  field('assessment_type', 'Assessment type', "Type d'évaluation", 'Tipo de evaluación', {
    all: [ASSESSMENT, TYPE],
    not: [OTHER_ASSESSMENT],
  }),
  field('un_focal_points', 'Focal points', 'Points focaux', 'Puntos focales', { all: [FOCAL_POINT] }),
  field('standard', 'Core standard number', 'Numéro de la norme', 'Número de la norma', {
    all: [CORE_STANDARD, NUMBER],
  }),
  field('rating', 'Core standard rating', 'Cote de la norme', 'Calificación de la norma', {
    all: [[RATING, CS_COLUMN]],
    may: [CORE_STANDARD],
    not: [RISK, TOTAL, OTHER_ASSESSMENT],
  }),
  field('evidence', 'Proof of evidence', 'Preuve', 'Evidencia', { all: [[EVIDENCE, DOCUMENTS]], may: [CORE_STANDARD] }),
  field('evidence_description', 'Description', 'Description', 'Descripción', { all: [OTHER_EVIDENCE] }),
  field('justification', 'Justification', 'Justification', 'Justificación', {
    all: [[JUSTIFICATION, COMMENT]],
    may: [CORE_STANDARD, CS_NUMBER],
  }),
  field('attachments', 'Attachments', 'Pièces jointes', 'Adjuntos', { all: [ATTACHMENTS] }),
  // eTools' list export heads the total "Rating" (a standard's rating is one of the Cs1…Cs6 columns there).
  {
    ...field('total_score', 'Total score', 'Score total', 'Puntuación total', { all: [TOTAL], may: [RATING] }),
    exact: ['Rating'],
  },
  field('risk_rating', 'Risk rating', 'Cote de risque', 'Calificación de riesgo', {
    all: [RISK],
    may: [RATING],
    not: [OTHER_ASSESSMENT],
  }),
];

/** A kind the corpus proposes, for matching headers only. */
function proposedKind(kind: string, fields: readonly FieldDef[]): TemplateDef {
  return { kind, title: say(kind), fields, enums: {}, keyFields: [], minColumns: 3, instructions: [] };
}

export const FOCAL_POINTS = proposedKind('focal-points', FOCAL_FIELDS);
export const PARTNER_ASSESSMENT = proposedKind('partner-assessment', PARTNER_FIELDS);
