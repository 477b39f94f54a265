/**
 * Words of our outputs that are neither a template's field nor one of its values: table names and their column
 * keys, derived fields, provenance, the evaluation criteria every UN evaluation uses, the sheets we add.
 * Keys are the canonical names the machine outputs keep (tables.json, records.json, the EN workbook).
 */
import type { Localised } from '../core/schema.js';

const w = (en: string, fr: string, es: string): Localised => ({ en, fr, es });

export const WORDS: Readonly<Record<string, Localised>> = {
  // provenance, derived fields and table columns
  source_file: w('Source file', 'Fichier source', 'Archivo de origen'),
  source_sheet: w('Source sheet', 'Feuille source', 'Hoja de origen'),
  source_row: w('Source row', 'Ligne source', 'Fila de origen'),
  pillar_name: w('Pillar name', 'Nom du pilier', 'Nombre del pilar'),
  criterion_name: w('Criterion name', 'Nom du critère', 'Nombre del criterio'),
  response_rollup: w('Response of the recommendation', 'Réponse à la recommandation', 'Respuesta a la recomendación'),
  responsible_unit_names: w('Responsible unit names', 'Noms des unités responsables', 'Nombres de las unidades'),
  support_unit_names: w('Support unit names', 'Noms des unités d’appui', 'Nombres de las unidades de apoyo'),
  agency_name: w('Agency name', 'Nom de l’agence', 'Nombre de la agencia'),
  standard_name: w('Standard name', 'Nom de la norme', 'Nombre de la norma'),
  standard_area: w('Standard area', 'Domaine de la norme', 'Área de la norma'),
  timeline_date: w('Timeline date', 'Date d’échéance', 'Fecha del plazo'),
  start_date: w('Start date', 'Date de début', 'Fecha de inicio'),
  due_date: w('Due date', 'Date d’échéance', 'Fecha de vencimiento'),
  overdue: w('Overdue', 'En retard', 'Atrasadas'),
  days_overdue: w('Days overdue', 'Jours de retard', 'Días de retraso'),
  key: w('Key', 'Clé', 'Clave'),
  count: w('Count', 'Nombre', 'Número'),
  value: w('Value', 'Valeur', 'Valor'),
  total: w('Total', 'Total', 'Total'),
  Total: w('Total', 'Total', 'Total'),
  share: w('Share', 'Part', 'Proporción'),
  in_place: w('In place', 'En place', 'Establecido'),
  blank: w('blank', 'vide', 'vacío'),
  '(blank)': w('(blank)', '(vide)', '(vacío)'),
  unit: w('Unit', 'Unité', 'Unidad'),
  criterion: w('Criterion', 'Critère', 'Criterio'),
  pillar: w('Pillar', 'Pilier', 'Pilar'),
  status: w('Status', 'Statut', 'Estado'),
  area: w('Area', 'Domaine', 'Área'),
  agency: w('Agency', 'Agence', 'Agencia'),
  standard: w('Standard', 'Norme', 'Norma'),
  gap: w('Gap', 'Lacune', 'Brecha'),
  // tables (tables.json names; nested tables are parent.child)
  acceptance: w('Acceptance', 'Acceptation', 'Aceptación'),
  acceptance_by_point: w('Acceptance by point', 'Acceptation par point', 'Aceptación por punto'),
  by_criterion: w('By criterion', 'Par critère', 'Por criterio'),
  by_pillar: w('By pillar', 'Par pilier', 'Por pilar'),
  pillar_by_response: w('Pillar by response', 'Pilier par réponse', 'Pilar por respuesta'),
  status_t2: w('Status T2', 'Statut T2', 'Estado T2'),
  status_t3: w('Status T3', 'Statut T3', 'Estado T3'),
  by_unit: w('By unit', 'Par unité', 'Por unidad'),
  implementation_rate_t2: w('Implementation rate T2', 'Taux de mise en œuvre T2', 'Tasa de implementación T2'),
  implementation_rate_t3: w('Implementation rate T3', 'Taux de mise en œuvre T3', 'Tasa de implementación T3'),
  coverage: w('Coverage', 'Couverture', 'Cobertura'),
  in_place_by_area: w('In place by area', 'En place par domaine', 'Establecido por área'),
  in_place_by_agency: w('In place by agency', 'En place par agence', 'Establecido por agencia'),
  gap_register: w('Gap register', 'Registre des lacunes', 'Registro de brechas'),
  by_status: w('By status', 'Par statut', 'Por estado'),
  by_area: w('By area', 'Par domaine', 'Por área'),
  // the sheets we add and their columns
  Findings: w('Findings', 'Constats', 'Hallazgos'),
  About: w('About', 'À propos', 'Acerca de'),
  Fields: w('Fields', 'Champs', 'Campos'),
  rule: w('Rule', 'Règle', 'Regla'),
  severity: w('Severity', 'Gravité', 'Gravedad'),
  file: w('File', 'Fichier', 'Archivo'),
  sheet: w('Sheet', 'Feuille', 'Hoja'),
  cell: w('Cell', 'Cellule', 'Celda'),
  row: w('Row', 'Ligne', 'Fila'),
  field: w('Field', 'Champ', 'Campo'),
  suggestion: w('Suggestion', 'Suggestion', 'Sugerencia'),
  message: w('Message', 'Message', 'Mensaje'),
  source: w('Source', 'Source', 'Fuente'),
  column: w('Column', 'Colonne', 'Columna'),
  header: w('Header', 'En-tête', 'Encabezado'),
  item: w('Item', 'Élément', 'Elemento'),
  size: w('Size', 'Taille', 'Tamaño'),
  sha256: w('SHA-256', 'SHA-256', 'SHA-256'),
  product: w('Product', 'Produit', 'Producto'),
  date: w('Date', 'Date', 'Fecha'),
  input: w('Input', 'Fichier lu', 'Archivo leído'),
  rows_read: w('Rows read', 'Lignes lues', 'Filas leídas'),
  rows_consolidated: w('Rows consolidated', 'Lignes consolidées', 'Filas consolidadas'),
  rows_set_aside: w('Rows set aside', 'Lignes écartées', 'Filas apartadas'),
  error: w('error', 'erreur', 'error'),
  warning: w('warning', 'avertissement', 'advertencia'),
  info: w('info', 'info', 'info'),
};

/**
 * The OECD DAC evaluation criteria (2019), as the evaluation offices of the UN write them in each language: the
 * names a management response's criteria are shown with.
 */
export const CRITERIA: readonly Localised[] = [
  w('Relevance', 'Pertinence', 'Pertinencia'),
  w('Coherence', 'Cohérence', 'Coherencia'),
  w('Internal coherence', 'Cohérence interne', 'Coherencia interna'),
  w('External coherence', 'Cohérence externe', 'Coherencia externa'),
  w('Effectiveness', 'Efficacité', 'Eficacia'),
  w('Efficiency', 'Efficience', 'Eficiencia'),
  w('Impact', 'Impact', 'Impacto'),
  w('Sustainability', 'Durabilité', 'Sostenibilidad'),
];
