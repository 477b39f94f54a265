/** What management-response headers talk about, with the words for it in EN/FR/ES (see core/headers/vocabulary). */
import { concept, type CaptureConcept } from '../core/headers/concept.js';

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

/** One key action (a tracker's row): "Key action", "Action clé", "Acción clave". */
export const ONE_KEY_ACTION = concept('one-key-action', {
  en: ['key action', 'action'],
  fr: ['action clé', 'action'],
  es: ['acción clave', 'acción'],
});

/** A round's comment as offices call it: "Update – June 2025" (UNHCR). */
export const UPDATE = concept('update', { en: ['update', 'updates'], fr: ['mise à jour'], es: ['actualización'] });

/** "Semiannual implementation status updates": a round named by its rhythm; the name is the parameter. */
export const NAMED_ROUND: CaptureConcept = {
  id: 'named-round',
  describe: {
    en: 'a round by its rhythm ("Semiannual") → the round semiannual',
    fr: 'un cycle par son rythme (« semestriel ») → le cycle semestriel',
    es: 'una ronda por su ritmo («semestral») → la ronda semestral',
  },
  capture(words, at) {
    const w = words[at];
    return w && ['semiannual', 'biannual', 'quarterly', 'semestriel', 'semestral'].includes(w)
      ? { length: 1, value: w }
      : undefined;
  },
};

const ROUND_WORDS = new Set(['time', 't', 'round', 'temps', 'tour', 'tiempo', 'ronda', 'cycle', 'ciclo']);

/** "Status (Time 4)", "T5 comments": rounds past the template's own Time 2 and Time 3 → the round t4, t5. */
export const LATER_ROUND: CaptureConcept = {
  id: 'later-round',
  describe: {
    en: 'a numbered round past Time 3 ("Time 4", "T5") → the round t4, t5',
    fr: 'un cycle numéroté après le Temps 3 (« Temps 4 », « T5 ») → le cycle t4, t5',
    es: 'una ronda numerada después del Tiempo 3 («Tiempo 4», «T5») → la ronda t4, t5',
  },
  capture(words, at) {
    const n = Number(words[at + 1]);
    return ROUND_WORDS.has(words[at]) && Number.isInteger(n) && n >= 4 && n <= 20
      ? { length: 2, value: `t${n}` }
      : undefined;
  },
};
