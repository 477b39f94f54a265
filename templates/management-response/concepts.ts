/** What management-response headers talk about, with the words for it in EN/FR/ES (see core/headers/vocabulary). */
import { concept } from '../core/headers/concept.js';

export const RECOMMENDATION = concept('recommendation', {
  en: ['recommendation', 'recommendations', 'evaluation recommendation', 'evaluation recommendations'],
  fr: ['recommandation', 'recommandations'],
  es: ['recomendación', 'recomendaciones'],
});

/** One recommendation, as in "Recommendation no.": the plural ("Number of recommendations") is a count. */
export const ONE_RECOMMENDATION = concept('one-recommendation', {
  en: ['recommendation', 'rec'],
  fr: ['recommandation', 'reco'],
  es: ['recomendación'],
});

/** Short forms that name the number on their own: "Rec", "Rec #". */
export const REC = concept('rec', { en: ['rec', 'recs'], fr: ['reco'], es: ['rec'] });

export const POINT = concept('point', {
  en: ['point', 'points', 'sub point', 'element', 'elements', 'letter', 'sub recommendation', 'part'],
  fr: ['point', 'sous point', 'élément', 'éléments', 'lettre', 'sous recommandation'],
  es: ['punto', 'subpunto', 'elemento', 'elementos', 'letra', 'subrecomendación'],
});

export const PILLAR = concept('pillar', {
  en: ['pillar', 'pillars', 'area', 'outcome', 'strategic area'],
  fr: ['pilier', 'piliers', 'axe', 'axe stratégique', 'domaine'],
  es: ['pilar', 'pilares', 'eje', 'eje estratégico'],
});

export const STRATEGIC = concept('strategic', { en: ['strategic'], fr: ['stratégique'], es: ['estratégico'] });

export const CRITERION = concept('criterion', {
  en: ['criterion', 'criteria'],
  fr: ['critère', 'critères'],
  es: ['criterio', 'criterios'],
});

export const LINKED = concept('linked', {
  en: ['linked', 'links', 'link', 'related', 'cross reference', 'cross references'],
  fr: ['liées', 'lié', 'liens', 'lien', 'connexes'],
  es: ['vinculadas', 'vinculada', 'vínculos', 'vínculo', 'relacionadas'],
});

export const RESPONSE = concept('response', {
  en: ['response', 'management response', 'mr'],
  fr: ['réponse', 'réponse de la direction'],
  es: ['respuesta'],
});

/** Why a recommendation is not (fully) accepted; "Comments on response" and WFP's "COMMENT on the Recommendation". */
export const RATIONALE = concept('rationale', {
  en: [
    'rationale',
    'reason',
    'reasons',
    'reasoning',
    'justification',
    'comment on response',
    'comments on response',
    'comment on the recommendation',
    'comments on the recommendation',
    'management comments',
  ],
  fr: ['justification', 'raison', 'raisons', 'motif', 'motifs', 'commentaire sur la recommandation'],
  es: ['justificación', 'motivo', 'motivos', 'razón', 'razones', 'comentarios sobre la respuesta'],
});

/** What a rationale is about: "Reasons for rejection or partial acceptance", "Motivo del rechazo". */
export const REJECTION = concept('rejection', {
  en: ['rejection', 'partial acceptance', 'non acceptance', 'not accepted', 'partially accepted'],
  fr: ['rejet', 'acceptation partielle', 'non acceptation'],
  es: ['rechazo', 'aceptación parcial', 'no aceptación'],
});

export const KEY_ACTIONS = concept('key-actions', {
  en: ['key actions', 'key action', 'actions', 'planned action', 'action to be taken', 'follow up actions'],
  fr: ['actions clés', 'action clé', 'actions', 'principales actions', 'mesures à prendre', 'mesures'],
  es: ['acciones clave', 'acción clave', 'acciones', 'acciones principales', 'medidas adoptadas', 'medidas'],
});
