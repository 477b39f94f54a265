/** What the headers of a partner PSEA capacity assessment talk about, with their words in EN/FR/ES. */
import { concept } from '../core/headers/concept.js';

export const ASSESSMENT = concept('assessment', {
  en: ['assessment', 'assessed', 'assess'],
  fr: ['évaluation', 'évalué'],
  es: ['evaluación', 'evaluado'],
});

/** Other assessments and ratings than the PSEA one: HACT, core values, the "highest risk" of all. */
export const OTHER_ASSESSMENT = concept('other-assessment', {
  en: ['hact', 'core values', 'highest'],
  fr: ['valeurs fondamentales', 'plus élevé'],
  es: ['valores fundamentales', 'mayor riesgo'],
});

export const RISK = concept('risk', { en: ['risk'], fr: ['risque'], es: ['riesgo'] });
export const RATING = concept('rating', {
  en: ['rating', 'score'],
  fr: ['cote', 'note', 'notation'],
  es: ['calificación', 'clasificación', 'puntuación', 'puntaje', 'valoración'],
});
export const TOTAL = concept('total', { en: ['total', 'overall'], fr: ['total', 'totale'], es: ['total'] });
export const CORE_STANDARD = concept('core-standard', {
  en: ['core standard', 'core standards'],
  fr: ['norme fondamentale', 'norme'],
  es: ['norma básica', 'norma'],
});
export const VENDOR = concept('vendor', {
  en: ['vendor number', 'vendor', 'partner id'],
  fr: ['numéro du vendeur', 'numéro de fournisseur', 'numéro du fournisseur'],
  es: ['número de proveedor', 'id del socio'],
});
// Not "acronym": a workbook's list of acronyms is no partner assessment.
export const SHORT_NAME = concept('short-name', { en: ['short name'], fr: ['nom court'], es: ['nombre corto'] });
export const CSO = concept('cso', { en: ['cso', 'partner'], fr: ['partenaire', 'cso'], es: ['socio', 'cso'] });
export const ASSESSOR = concept('assessor', {
  en: ['assessor', 'assessed by'],
  fr: ['évaluateur', 'évalué par'],
  es: ['evaluador', 'evaluadora', 'evaluado por'],
});
export const JUSTIFICATION = concept('justification', {
  en: ['justification', 'comments', 'comment'],
  fr: ['justification', 'commentaires'],
  es: ['justificación', 'comentarios'],
});
export const OTHER_EVIDENCE = concept('other-evidence', {
  en: ['other evidence', 'description'],
  fr: ['autre preuve', 'description'],
  es: ['otra evidencia', 'otra prueba', 'descripción'],
});
export const ATTACHMENTS = concept('attachments', {
  en: ['hyperlink to documents', 'hyperlink', 'attachments'],
  fr: ['pièces jointes', 'lien vers les documents'],
  es: ['adjuntos', 'enlace a los documentos'],
});
export const DOCUMENTS = concept('documents', {
  en: ['documents', 'applicable documents', 'tools', 'proof'],
  fr: ['documents', 'outils', 'preuves'],
  es: ['documentos', 'herramientas', 'pruebas'],
});
