/**
 * What inter-agency headers talk about (mapping, workplan), with the words for it in EN/FR/ES. Shared by the
 * mapping and the action plan; see core/headers/vocabulary for the concepts every kind shares.
 */
import { concept, type CaptureConcept } from '../core/headers/concept.js';

export const AGENCY = concept('agency', {
  en: [
    'agency',
    'agencies',
    'organisation',
    'organisations',
    'organization',
    'organizations',
    'org',
    'entity',
    'reporting agency',
  ],
  fr: ['agence', 'agences', 'organisation', 'organisations', 'organisme', 'organismes', 'entité'],
  es: ['agencia', 'agencias', 'organización', 'organizaciones', 'entidad'],
});

export const AREA = concept('area', {
  en: ['area', 'areas', 'main area', 'action plan area', 'thematic area'],
  fr: ['domaine', "domaine d'action", 'axe', 'volet'],
  es: ['área', 'ámbito', 'área principal', 'eje'],
});

export const STANDARD = concept('standard', {
  en: ['standard', 'standards', 'mos', 'minimum operating standard', 'minimum operating standards', 'mos psea'],
  fr: ['norme', 'normes', 'norme minimale', 'smo', 'smo peas', 'nmo'],
  es: ['norma', 'normas', 'norma mínima', 'nmo'],
});

export const KEY_ACTION = concept('key-action', {
  en: ['key action', 'key potential action', 'kpa'],
  fr: ['action clé'],
  es: ['acción clave'],
});

export const ACTIVITIES = concept('activities', {
  en: ['existing work', 'activities', 'current activities', 'what is being done', 'who is doing what'],
  fr: ['travaux existants', 'activités', 'activités en cours'],
  es: ['trabajo existente', 'actividades', 'actividades actuales'],
});

export const RESOURCES = concept('resources', {
  en: ['resources', 'staff and budget'],
  fr: ['ressources'],
  es: ['recursos'],
});

export const FOCAL_POINT = concept('focal-point', {
  en: ['focal point', 'focal points', 'focal person', 'contact', 'contact person'],
  fr: ['point focal', 'points focaux', 'personne de contact', 'contact'],
  es: ['punto focal', 'puntos focales', 'contacto', 'persona de contacto'],
});

export const GAPS = concept('gaps', {
  en: ['gap', 'gaps', 'challenges', 'gaps identified'],
  fr: ['lacune', 'lacunes', 'manques', 'défis'],
  es: ['brecha', 'brechas', 'vacíos', 'carencias', 'desafíos'],
});

export const GOOD_PRACTICE = concept('good-practice', {
  en: ['good practice', 'good practices', 'best practice', 'best practices'],
  fr: ['bonne pratique', 'bonnes pratiques'],
  es: ['buena práctica', 'buenas prácticas'],
});

export const EVIDENCE = concept('evidence', {
  en: ['evidence', 'means of verification', 'source', 'supporting document', 'verification'],
  fr: ['justificatif', 'preuve', 'pièce justificative', 'moyen de vérification', 'source'],
  es: ['evidencia', 'medio de verificación', 'fuente', 'documento de respaldo'],
});

export const TASK = concept('task', {
  en: ['task', 'tasks', 'activity', 'activities', 'action', 'key activity', 'description'],
  fr: ['tâche', 'tâches', 'activité', 'activités', 'action'],
  es: ['tarea', 'tareas', 'actividad', 'actividades', 'acción'],
});

export const INDICATOR = concept('indicator', {
  en: ['indicator', 'indicators', 'key indicator', 'key indicators', 'measure of success', 'measures of success'],
  fr: ['indicateur', 'indicateurs', 'indicateur clé'],
  es: ['indicador', 'indicadores', 'indicador clave'],
});

export const NEXT_STEPS = concept('next-steps', {
  en: ['next steps', 'next step', 'note', 'notes', 'follow up'],
  fr: ['prochaines étapes', 'étapes suivantes', 'note', 'notes'],
  es: ['próximos pasos', 'nota', 'notas'],
});

export const WHO = concept('who', { en: ['who'], fr: ['qui'], es: ['quién'] });

/** A workplan's result a task serves: "Outcome", "Annual Objectives", "Résultat attendu". */
export const OBJECTIVE = concept('objective', {
  en: ['objective', 'objectives', 'outcome', 'outcomes', 'goal', 'goals', 'annual objectives', 'expected result'],
  fr: ['objectif', 'objectifs', 'résultat', 'résultats', 'résultat attendu'],
  es: ['objetivo', 'objetivos', 'resultado', 'resultados', 'resultado esperado'],
});

export const PARTNER = concept('partner', {
  en: ['partner', 'partners', 'implementing partner', 'implementing partners'],
  fr: ['partenaire', 'partenaires', 'partenaire de mise en œuvre'],
  es: ['socio', 'socios', 'socio implementador', 'socios implementadores'],
});

/** A number opening a header ("3. PSEA focal point"): a checklist's standard column, never a field of its own. */
export const LEADING_NUMBER: CaptureConcept = {
  id: 'leading-number',
  describe: {
    en: 'a number opening the header ("3. …")',
    fr: 'un numéro en tête de l’en-tête (« 3. … »)',
    es: 'un número al inicio del encabezado («3. …»)',
  },
  capture: (words, at) => (at === 0 && /^\d{1,2}$/.test(words[0] ?? '') ? { length: 1, value: words[0] } : undefined),
};
