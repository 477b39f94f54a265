/** UI strings of the dashboard in EN/FR/ES. Workbook text is never translated here, only the frame around it. */
import type { Lang } from '../../templates/index.js';

const STRINGS = {
  title: { en: 'PSEA consolidated dashboard', fr: 'Tableau de bord PSEA consolidé', es: 'Panel consolidado de PEAS' },
  generated: { en: 'Generated', fr: 'Généré le', es: 'Generado el' },
  version: { en: 'psea-sheets version', fr: 'Version de psea-sheets', es: 'Versión de psea-sheets' },
  files: { en: 'Files', fr: 'Fichiers', es: 'Archivos' },
  rows_read: { en: 'Rows read', fr: 'Lignes lues', es: 'Filas leídas' },
  rows_consolidated: { en: 'Rows consolidated', fr: 'Lignes consolidées', es: 'Filas consolidadas' },
  rows_set_aside: { en: 'Rows set aside', fr: 'Lignes écartées', es: 'Filas apartadas' },
  errors: { en: 'Errors', fr: 'Erreurs', es: 'Errores' },
  warnings: { en: 'Warnings', fr: 'Avertissements', es: 'Advertencias' },
  no_data: {
    en: 'No data of this kind in the inputs.',
    fr: 'Aucune donnée de ce type dans les fichiers.',
    es: 'No hay datos de este tipo en los archivos.',
  },
  rows_omitted: {
    en: '{n} more rows are not shown here; every row is in consolidated.xlsx.',
    fr: '{n} lignes de plus ne sont pas affichées ici ; toutes les lignes sont dans consolidated.xlsx.',
    es: '{n} filas más no se muestran aquí; todas las filas están en consolidated.xlsx.',
  },
  sort_hint: {
    en: 'Click a column header to sort.',
    fr: 'Cliquez sur un en-tête pour trier.',
    es: 'Haga clic en un encabezado para ordenar.',
  },
  source: {
    en: 'Source (file › sheet › rows)',
    fr: 'Source (fichier › feuille › lignes)',
    es: 'Fuente (archivo › hoja › filas)',
  },
  rows: { en: 'rows', fr: 'lignes', es: 'filas' },
  total: { en: 'Total', fr: 'Total', es: 'Total' },
  blank: { en: 'blank', fr: 'vide', es: 'vacío' },
  count: { en: 'Count', fr: 'Nombre', es: 'Número' },
  // sections
  acceptance: {
    en: 'Acceptance of the recommendations',
    fr: 'Acceptation des recommandations',
    es: 'Aceptación de las recomendaciones',
  },
  response: { en: 'Management response', fr: 'Réponse de la direction', es: 'Respuesta de la gerencia' },
  recommendations: { en: 'Recommendations', fr: 'Recommandations', es: 'Recomendaciones' },
  points: { en: 'Points', fr: 'Points', es: 'Puntos' },
  pillar_by_response: { en: 'Acceptance by pillar', fr: 'Acceptation par pilier', es: 'Aceptación por pilar' },
  pillar: { en: 'Pillar', fr: 'Pilier', es: 'Pilar' },
  by_criterion: {
    en: 'Recommendations by evaluation criterion',
    fr: "Recommandations par critère d'évaluation",
    es: 'Recomendaciones por criterio de evaluación',
  },
  criterion: { en: 'Criterion', fr: 'Critère', es: 'Criterio' },
  status_by_pillar: {
    en: 'Implementation status by pillar (Time 2 and Time 3)',
    fr: 'État de mise en œuvre par pilier (temps 2 et 3)',
    es: 'Estado de implementación por pilar (tiempos 2 y 3)',
  },
  implementation_rate: { en: 'Implementation rate', fr: 'Taux de mise en œuvre', es: 'Tasa de implementación' },
  status_by_unit: {
    en: 'Status by responsible unit (Time 2)',
    fr: 'État par unité responsable (temps 2)',
    es: 'Estado por unidad responsable (tiempo 2)',
  },
  unit: { en: 'Unit', fr: 'Unité', es: 'Unidad' },
  coverage: { en: 'Mapping: agency × standard', fr: 'Cartographie : agence × norme', es: 'Mapeo: agencia × norma' },
  agency: { en: 'Agency', fr: 'Agence', es: 'Agencia' },
  standard: { en: 'Standard', fr: 'Norme', es: 'Norma' },
  status: { en: 'Status', fr: 'Statut', es: 'Estado' },
  gap_register: { en: 'Gap register', fr: 'Registre des lacunes', es: 'Registro de brechas' },
  gap: { en: 'Gap', fr: 'Lacune', es: 'Brecha' },
  planned_action: { en: 'Planned action', fr: 'Action prévue', es: 'Acción prevista' },
  timeline: { en: 'Timeline', fr: 'Échéance', es: 'Plazo' },
  good_practice: { en: 'Good practice', fr: 'Bonne pratique', es: 'Buena práctica' },
  in_place_by_area: {
    en: 'Share "In place" by area',
    fr: 'Part « En place » par domaine',
    es: 'Proporción «Establecido» por área',
  },
  area: { en: 'Area', fr: 'Domaine', es: 'Área' },
  in_place: { en: 'In place', fr: 'En place', es: 'Establecido' },
  share: { en: 'Share', fr: 'Part', es: 'Proporción' },
  workplan: { en: 'Workplan by status', fr: 'Plan de travail par statut', es: 'Plan de trabajo por estado' },
  overdue: { en: 'Overdue tasks', fr: 'Tâches en retard', es: 'Tareas atrasadas' },
  task: { en: 'Task', fr: 'Tâche', es: 'Tarea' },
  responsible: { en: 'Responsible', fr: 'Responsables', es: 'Responsables' },
  due: { en: 'Due', fr: 'Échéance', es: 'Vencimiento' },
  days_overdue: { en: 'Days overdue', fr: 'Jours de retard', es: 'Días de retraso' },
  findings: {
    en: 'Findings by rule and severity',
    fr: 'Constats par règle et gravité',
    es: 'Hallazgos por regla y gravedad',
  },
  rule: { en: 'Rule', fr: 'Règle', es: 'Regla' },
  rule_id: { en: 'Rule id', fr: 'Identifiant de la règle', es: 'Identificador de la regla' },
  error: { en: 'Error', fr: 'Erreur', es: 'Error' },
  warning: { en: 'Warning', fr: 'Avertissement', es: 'Advertencia' },
  info: { en: 'Info', fr: 'Info', es: 'Info' },
  transitions: {
    en: 'Changes since the previous round',
    fr: 'Changements depuis le cycle précédent',
    es: 'Cambios desde la ronda anterior',
  },
  transition: { en: 'Transition', fr: 'Transition', es: 'Transición' },
  record: { en: 'Record', fr: 'Enregistrement', es: 'Registro' },
  field: { en: 'Field', fr: 'Champ', es: 'Campo' },
  from: { en: 'From', fr: 'De', es: 'De' },
  to: { en: 'To', fr: 'À', es: 'A' },
  direction: { en: 'Direction', fr: 'Sens', es: 'Sentido' },
  forward: { en: 'forward', fr: 'progrès', es: 'avance' },
  back: { en: 'step back', fr: 'recul', es: 'retroceso' },
  change: { en: 'Change', fr: 'Changement', es: 'Cambio' },
  new: { en: 'New', fr: 'Nouveaux', es: 'Nuevos' },
  updated: { en: 'Updated', fr: 'Modifiés', es: 'Actualizados' },
  unchanged: { en: 'Unchanged', fr: 'Inchangés', es: 'Sin cambios' },
  removed: { en: 'Removed', fr: 'Retirés', es: 'Eliminados' },
} as const satisfies Record<string, Record<Lang, string>>;

export type StringKey = keyof typeof STRINGS;

export function translator(lang: Lang): (key: StringKey) => string {
  return (key) => STRINGS[key][lang];
}

export function hasString(key: string): key is StringKey {
  return key in STRINGS;
}
