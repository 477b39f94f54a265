/** "How to read this": one line under each chart, in the page's language, by section id. */
import type { Lang } from '../../templates/index.js';
import type { Localised } from '../../templates/core/schema.js';
import type { Section } from './model.js';

const w = (en: string, fr: string, es: string): Localised => ({ en, fr, es });

export const HOW_TO_READ: Readonly<Record<string, Localised>> = {
  transitions: w(
    'Each bar counts the records whose status moved this way since the previous round.',
    'Chaque barre compte les enregistrements dont le statut a changé ainsi depuis le cycle précédent.',
    'Cada barra cuenta los registros cuyo estado cambió así desde la ronda anterior.',
  ),
  acceptance: w(
    'How many recommendations (and their points) management accepted, partially accepted or did not accept.',
    'Combien de recommandations (et de leurs points) la direction a acceptées, en partie ou pas.',
    'Cuántas recomendaciones (y sus puntos) la gerencia aceptó, aceptó en parte o no aceptó.',
  ),
  pillar_by_response: w(
    'One bar per pillar: its recommendations, stacked by the response they received.',
    'Une barre par pilier : ses recommandations, empilées selon la réponse reçue.',
    'Una barra por pilar: sus recomendaciones, apiladas según la respuesta recibida.',
  ),
  by_criterion: w(
    'How many recommendations each evaluation criterion gave, the most first.',
    'Combien de recommandations chaque critère d’évaluation a données, du plus au moins.',
    'Cuántas recomendaciones dio cada criterio de evaluación, de más a menos.',
  ),
  status_by_pillar: w(
    'One bar per round and pillar (earlier rounds lighter): recommendations by status; the rate leaves out those ' +
      'no longer applicable.',
    'Une barre par cycle et par pilier (les cycles précédents plus clairs) : recommandations par statut ; le taux ' +
      'exclut celles devenues sans objet.',
    'Una barra por ronda y pilar (las rondas anteriores más claras): recomendaciones por estado; la tasa excluye ' +
      'las que ya no aplican.',
  ),
  status_by_unit: w(
    'One bar per responsible unit: its recommendations at the latest round by ' +
      'status; a recommendation counts for each of its units.',
    'Une barre par unité responsable : ses recommandations au dernier cycle par ' +
      'statut ; une recommandation compte pour chacune de ses unités.',
    'Una barra por unidad responsable: sus recomendaciones en la última ronda por ' +
      'estado; una recomendación cuenta para cada una de sus unidades.',
  ),
  key_actions_by_status: w(
    'How many key actions are in each status, across the recommendations.',
    'Combien d’actions clés sont dans chaque statut, toutes recommandations confondues.',
    'Cuántas acciones clave hay en cada estado, en todas las recomendaciones.',
  ),
  key_actions_by_unit: w(
    'One bar per responsible unit: its key actions by status.',
    'Une barre par unité responsable : ses actions clés par statut.',
    'Una barra por unidad responsable: sus acciones clave por estado.',
  ),
  coverage: w(
    'One row per agency, one column per standard; the colour is the status the ' +
      'agency reported, a blank cell a standard it did not report, a cell marked * one reported under a typo of ' +
      'the agency’s name.',
    'Une ligne par agence, une colonne par norme ; la couleur est le statut ' +
      'déclaré par l’agence, une case vide une norme non renseignée, une case marquée * une norme déclarée sous ' +
      'une faute de frappe du nom de l’agence.',
    'Una fila por agencia, una columna por norma; el color es el estado que ' +
      'informó la agencia, una celda vacía una norma no informada, una celda marcada * una norma informada con ' +
      'una errata en el nombre de la agencia.',
  ),
  in_place_by_area: w(
    'For each area, the share of the standards reported "In place" among those reported.',
    'Pour chaque domaine, la part des normes déclarées « En place » parmi celles renseignées.',
    'Para cada área, la proporción de normas informadas como «Establecido» entre las informadas.',
  ),
  workplan: w(
    'How many workplan tasks are in each status; the table below lists the tasks past their due date.',
    'Combien de tâches du plan de travail sont dans chaque statut ; le tableau liste les tâches en retard.',
    'Cuántas tareas del plan de trabajo hay en cada estado; la tabla enumera las tareas atrasadas.',
  ),
  focal_points: w(
    'Two bars per agency: its PSEA focal points, and how many of them are trained; no name or contact is shown.',
    'Deux barres par agence : ses points focaux PEAS, et combien d’entre eux sont formés ; aucun nom ni contact.',
    'Dos barras por agencia: sus puntos focales PEAS, y cuántos están capacitados; sin nombres ni contactos.',
  ),
  partner_risk: w(
    'How many partners are at each PSEA risk level, from their latest assessment; "not rated" when it is incomplete.',
    'Combien de partenaires sont à chaque niveau de risque PEAS, d’après leur dernière évaluation ; « non noté » ' +
      'quand elle est incomplète.',
    'Cuántos socios hay en cada nivel de riesgo PEAS, según su última evaluación; «sin calificar» si está ' +
      'incompleta.',
  ),
  partner_agencies: w(
    'One bar per agency: the partner assessments it made, stacked by the risk they give.',
    'Une barre par agence : les évaluations de partenaires qu’elle a faites, empilées selon le risque obtenu.',
    'Una barra por agencia: las evaluaciones de socios que hizo, apiladas según el riesgo que dan.',
  ),
  findings: w(
    'One bar per rule, coloured by severity; the tables list the rules by severity, errors first.',
    'Une barre par règle, colorée selon la gravité ; les tableaux listent les règles par gravité, erreurs d’abord.',
    'Una barra por regla, coloreada según la gravedad; las tablas enumeran las reglas por gravedad, errores primero.',
  ),
};

/** Every section with a chart gets its line; a section without one (or a new id) is left as it is. */
export function withReadingLines(sections: Section[], lang: Lang): Section[] {
  for (const section of sections) {
    // A second evaluation's sections are the first's ids with -e2, -e3…
    const line = HOW_TO_READ[section.id.replace(/-e\d+$/, '')];
    if (line && section.chart && !section.empty) section.read = line[lang];
  }
  return sections;
}
