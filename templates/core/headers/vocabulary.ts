/**
 * Concepts every kind may use in its field declarations, with their words in EN/FR/ES. A kind's own concepts
 * (recommendation, agency, task…) live beside its fields. Words are phrases matched as whole words after folding,
 * so "état d'avancement" and "Etat d’avancement" are one phrase; list singular and plural where both are meant.
 */
import { concept } from './concept.js';

export const STATUS = concept('status', {
  en: ['status', 'statuses', 'state', 'situation'],
  fr: ['statut', 'statuts', 'etat', "état d'avancement", 'situation'],
  es: ['estado', 'estados', 'situación'],
});

export const PROGRESS = concept('progress', {
  en: ['progress'],
  fr: ['avancement', 'progrès'],
  es: ['avance', 'progreso'],
});

export const COMMENT = concept('comment', {
  en: ['comment', 'comments', 'remark', 'remarks', 'observation', 'observations'],
  fr: ['commentaire', 'commentaires', 'remarque', 'remarques', 'observation', 'observations'],
  es: ['comentario', 'comentarios', 'observación', 'observaciones'],
});

export const RESPONSIBLE = concept('responsible', {
  en: ['responsible', 'responsibility', 'responsibilities', 'lead', 'in charge', 'accountable'],
  fr: ['responsable', 'responsables', 'responsabilité', 'chef de file'],
  es: ['responsable', 'responsables', 'responsabilidad', 'a cargo'],
});

export const SUPPORT = concept('support', {
  en: ['support', 'supporting', 'supported by', 'in support'],
  fr: ['appui', 'soutien', 'en appui'],
  es: ['apoyo', 'apoyo de'],
});

/** An organisational unit: "Responsible unit", "Department responsible", "Unité responsable (bureau de pays)". */
export const UNIT = concept('unit', {
  en: ['unit', 'units', 'division', 'divisions', 'department', 'departments', 'office', 'offices'],
  fr: ['unité', 'unités', 'entité', 'entités', 'service', 'services', 'bureau', 'bureaux', 'bureau de pays'],
  es: ['unidad', 'unidades', 'dependencia', 'dependencias', 'oficina', 'oficinas', 'entidad', 'entidades'],
});

/** The other words people write for a unit ("Responsible parties", "Action Responsible CO unit"). */
export const PARTY = concept('party', {
  en: ['party', 'parties', 'entity', 'entities', 'team', 'co', 'ro', 'hq', 'country office', 'person', 'persons'],
  fr: ['équipe', 'personne', 'personnes'],
  es: ['equipo', 'persona', 'personas'],
});

export const NUMBER = concept('number', {
  en: ['no', 'number', '#', 'num', 'nr'],
  fr: ['numéro', 'n'],
  es: ['número', 'núm'],
});

export const DUE = concept('due', {
  en: ['due', 'due date', 'deadline', 'target date', 'by when', 'time frame', 'timeframe', 'expected completion date'],
  fr: ['échéance', 'date limite', 'délai', 'délais', 'date butoir', 'date cible', 'date prévue'],
  es: ['plazo', 'fecha límite', 'fecha prevista', 'fecha prevista de finalización', 'fecha de vencimiento'],
});

export const TIMELINE = concept('timeline', {
  en: ['timeline', 'timeframe', 'time frame', 'when', 'schedule', 'timing'],
  fr: ['calendrier', 'chronogramme', 'quand'],
  es: ['cronograma', 'calendario', 'cuándo'],
});

export const START = concept('start', {
  en: ['start', 'start date', 'begin', 'beginning', 'from'],
  fr: ['début', 'date de début'],
  es: ['inicio', 'fecha de inicio', 'desde'],
});

export const END = concept('end', {
  en: ['end', 'end date', 'completion date', 'finish'],
  fr: ['fin', 'date de fin', "date d'achèvement"],
  es: ['fin', 'fecha de fin', 'fecha de finalización', 'finalización', 'término'],
});

export const DATE = concept('date', {
  en: ['date', 'dates'],
  fr: ['date', 'dates'],
  es: ['fecha', 'fechas'],
});

/** The words of a monitoring round's qualifiers: "Implementation monitoring status", "Mise à jour". */
export const IMPLEMENTATION = concept('implementation', {
  en: ['implementation', 'monitoring', 'follow up', 'update', 'updates', 'current', 'latest', 'overall'],
  fr: ['mise en œuvre', 'suivi', 'mise à jour', 'actuel', 'actuelle', 'exécution'],
  es: ['implementación', 'aplicación', 'seguimiento', 'ejecución', 'actualización', 'actual'],
});

export const FINAL = concept('final', {
  en: ['final', 'last'],
  fr: ['final', 'finale', 'finaux', 'finales', 'dernier', 'dernière'],
  es: ['final', 'finales', 'último', 'última'],
});

export const MANAGEMENT = concept('management', {
  en: ['management'],
  fr: ['direction', 'gestion'],
  es: ['gerencia', 'administración', 'dirección'],
});

export const PLANNED = concept('planned', {
  en: ['planned', 'proposed', 'to be taken', 'taken'],
  fr: ['prévu', 'prévue', 'prévus', 'prévues', 'planifié', 'planifiée', 'proposé', 'proposée', 'à prendre'],
  es: ['previsto', 'prevista', 'previstos', 'previstas', 'planificado', 'planificada', 'propuesto', 'adoptadas'],
});

/** An action: "Planned action", "Action Responsible CO unit" (WFP), "Mesure prévue". */
export const ACTION = concept('action', {
  en: ['action', 'actions', 'measure', 'measures'],
  fr: ['action', 'actions', 'mesure', 'mesures'],
  es: ['acción', 'acciones', 'medida', 'medidas'],
});

export const EVALUATION = concept('evaluation', {
  en: ['evaluation', 'eval', 'uneg', 'dac', 'oecd'],
  fr: ['évaluation', 'ocde', 'cad'],
  es: ['evaluación'],
});

export const REPORT = concept('report', { en: ['report'], fr: ['rapport'], es: ['informe'] });

export const REF = concept('ref', {
  en: ['ref', 'reference', 'references'],
  fr: ['réf', 'référence', 'références'],
  es: ['referencia', 'referencias'],
});

export const TEXT = concept('text', {
  en: ['text', 'wording', 'description'],
  fr: ['texte', 'libellé', 'description'],
  es: ['texto', 'descripción'],
});

export const TYPE = concept('type', {
  en: ['type', 'kind', 'category'],
  fr: ['type', 'catégorie'],
  es: ['tipo', 'categoría'],
});

export const NAME = concept('name', { en: ['name'], fr: ['nom'], es: ['nombre'] });

/**
 * Words that name the subject, not a field ("PSEA focal point", "SEA Risk Rating", "Point focal PEAS") and filler
 * ("(please specify)"): every field may carry them.
 */
export const NEUTRAL = concept('neutral', {
  en: ['psea', 'pseah', 'seah', 'sea', 'please specify', 'if any', 'if applicable', 'optional', 'specify'],
  fr: ['peas', 'eas', 'pseas', 'le cas échéant', 'préciser', 'facultatif'],
  es: ['eae', 'peae', 'si procede', 'especificar', 'opcional'],
});
