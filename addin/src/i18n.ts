/** The pane's own words in EN/FR/ES. Findings come translated from the core's catalogues. */
import type { Lang } from '../../templates/index.js';
import { takesSingular } from '../../templates/present/plural.js';

const EN = {
  title: 'PSEA sheets',
  language: 'Language',
  actions: 'Actions',
  help: 'Help',
  templateLang: 'Language of the new sheet',
  sheet: 'Active sheet',
  detect: 'Detect',
  noTemplate: 'No known template on this sheet: no header row with enough known columns in the first 20 rows.',
  kind: 'Template',
  headerRow: 'Header row',
  mapped: 'Recognised columns',
  unrecognised: 'Unrecognised columns',
  missing: 'Missing required columns',
  none: 'none',
  validate: 'Validate',
  annotate: 'Annotate',
  clear: 'Clear annotations',
  dropdowns: 'Dropdowns',
  enrich: 'Enrich',
  normalise: 'Normalise aliases',
  live: 'Live check',
  findings: 'Findings',
  severity: 'Severity',
  field: 'Field',
  all: 'All',
  error: 'error',
  warning: 'warning',
  info: 'info',
  noFindings: 'No findings.',
  errors: 'Errors',
  warnings: 'Warnings',
  infos: 'Information',
  apply: 'Apply “{value}”',
  applyTo: 'Apply “{value}” to {cell}',
  applyAll: 'Apply to all ({count})',
  applyAllLabel: 'Apply to all ({count}): {title}',
  newTemplate: 'New template',
  insert: 'Insert sheet',
  working: 'Working…',
  validated:
    '{rows} {rows:row|rows} read: {error} {error:error|errors}, {warning} {warning:warning|warnings}, {info} info.',
  fixed: '{applied} {applied:cell|cells} changed, {skipped} left (changed since).',
  annotated: '{cells} {cells:cell|cells} marked ({mode}).',
  cleared: '{cells} {cells:mark|marks} removed.',
  dropdownsDone: 'Dropdowns on {columns} {columns:column|columns}.',
  enriched: '{columns} derived {columns:column|columns} and the summary sheet written.',
  inserted: 'Sheet “{name}” inserted.',
  liveOn: 'Live check on: changed rows are re-validated.',
  noOffice: 'Office is not available: open this pane from Excel.',
  failed: 'Failed: {message}',
  privacy: 'Everything stays in this workbook: no network, no telemetry.',
};
export type UiKey = keyof typeof EN;

const FR: Record<UiKey, string> = {
  title: 'Feuilles PSEA',
  language: 'Langue',
  actions: 'Actions',
  help: 'Aide',
  templateLang: 'Langue de la nouvelle feuille',
  sheet: 'Feuille active',
  detect: 'Détecter',
  noTemplate:
    'Aucun modèle connu sur cette feuille : pas de ligne d’en-tête avec assez de colonnes connues dans les 20 ' +
    'premières lignes.',
  kind: 'Modèle',
  headerRow: 'Ligne d’en-tête',
  mapped: 'Colonnes reconnues',
  unrecognised: 'Colonnes non reconnues',
  missing: 'Colonnes obligatoires manquantes',
  none: 'aucune',
  validate: 'Valider',
  annotate: 'Annoter',
  clear: 'Effacer les annotations',
  dropdowns: 'Listes déroulantes',
  enrich: 'Enrichir',
  normalise: 'Normaliser les alias',
  live: 'Vérification en direct',
  findings: 'Constats',
  severity: 'Gravité',
  field: 'Champ',
  all: 'Tous',
  error: 'erreur',
  warning: 'avertissement',
  info: 'info',
  noFindings: 'Aucun constat.',
  errors: 'Erreurs',
  warnings: 'Avertissements',
  infos: 'Informations',
  apply: 'Appliquer « {value} »',
  applyTo: 'Appliquer « {value} » à {cell}',
  applyAll: 'Appliquer à tous ({count})',
  applyAllLabel: 'Appliquer à tous ({count}) : {title}',
  newTemplate: 'Nouveau modèle',
  insert: 'Insérer la feuille',
  working: 'En cours…',
  validated:
    '{rows} {rows:ligne lue|lignes lues} : {error} {error:erreur|erreurs}, ' +
    '{warning} {warning:avertissement|avertissements}, {info} info.',
  fixed:
    '{applied} {applied:cellule modifiée|cellules modifiées}, {skipped} {skipped:laissée|laissées} (modifiées depuis).',
  annotated: '{cells} {cells:cellule marquée|cellules marquées} ({mode}).',
  cleared: '{cells} {cells:marque retirée|marques retirées}.',
  dropdownsDone: 'Listes déroulantes sur {columns} {columns:colonne|colonnes}.',
  enriched: '{columns} {columns:colonne dérivée|colonnes dérivées} et la feuille de synthèse écrites.',
  inserted: 'Feuille « {name} » insérée.',
  liveOn: 'Vérification en direct : les lignes modifiées sont revalidées.',
  noOffice: 'Office n’est pas disponible : ouvrez ce volet depuis Excel.',
  failed: 'Échec : {message}',
  privacy: 'Tout reste dans ce classeur : aucun réseau, aucune télémétrie.',
};

const ES: Record<UiKey, string> = {
  title: 'Hojas PSEA',
  language: 'Idioma',
  actions: 'Acciones',
  help: 'Ayuda',
  templateLang: 'Idioma de la hoja nueva',
  sheet: 'Hoja activa',
  detect: 'Detectar',
  noTemplate:
    'Ninguna plantilla conocida en esta hoja: ninguna fila de encabezado con suficientes columnas conocidas en las ' +
    '20 primeras filas.',
  kind: 'Plantilla',
  headerRow: 'Fila de encabezado',
  mapped: 'Columnas reconocidas',
  unrecognised: 'Columnas no reconocidas',
  missing: 'Faltan columnas obligatorias',
  none: 'ninguna',
  validate: 'Validar',
  annotate: 'Anotar',
  clear: 'Borrar anotaciones',
  dropdowns: 'Listas desplegables',
  enrich: 'Enriquecer',
  normalise: 'Normalizar alias',
  live: 'Comprobación en vivo',
  findings: 'Hallazgos',
  severity: 'Gravedad',
  field: 'Campo',
  all: 'Todos',
  error: 'error',
  warning: 'advertencia',
  info: 'info',
  noFindings: 'Ningún hallazgo.',
  errors: 'Errores',
  warnings: 'Advertencias',
  infos: 'Información',
  apply: 'Aplicar «{value}»',
  applyTo: 'Aplicar «{value}» a {cell}',
  applyAll: 'Aplicar a todos ({count})',
  applyAllLabel: 'Aplicar a todos ({count}): {title}',
  newTemplate: 'Nueva plantilla',
  insert: 'Insertar hoja',
  working: 'Trabajando…',
  validated:
    '{rows} {rows:fila leída|filas leídas}: {error} {error:error|errores}, ' +
    '{warning} {warning:advertencia|advertencias}, {info} info.',
  fixed: '{applied} {applied:celda cambiada|celdas cambiadas}, {skipped} sin cambiar (modificadas desde entonces).',
  annotated: '{cells} {cells:celda marcada|celdas marcadas} ({mode}).',
  cleared: '{cells} {cells:marca quitada|marcas quitadas}.',
  dropdownsDone: 'Listas desplegables en {columns} {columns:columna|columnas}.',
  enriched: '{columns} {columns:columna derivada|columnas derivadas} y la hoja de resumen escritas.',
  inserted: 'Hoja «{name}» insertada.',
  liveOn: 'Comprobación en vivo: las filas cambiadas se vuelven a validar.',
  noOffice: 'Office no está disponible: abra este panel desde Excel.',
  failed: 'Error: {message}',
  privacy: 'Todo se queda en este libro: sin red, sin telemetría.',
};

export const UI: Record<Lang, Record<UiKey, string>> = { en: EN, fr: FR, es: ES };

/** {name} is the value; {name:one|other} the word that agrees with it, by the language's plural rules. */
export function t(lang: Lang, key: UiKey, params: Record<string, string | number> = {}): string {
  return UI[lang][key].replace(
    /\{(\w+)(?::([^|}]*)\|([^}]*))?\}/g,
    (whole, name: string, one?: string, other?: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      if (one === undefined) return String(value);
      return typeof value === 'number' && takesSingular(lang, value) ? one : (other ?? one);
    },
  );
}

/** "fr-FR" → fr; anything unknown → en. */
export function langOf(displayLanguage: string | undefined): Lang {
  const code = (displayLanguage ?? '').slice(0, 2).toLowerCase();
  return code === 'fr' || code === 'es' ? code : 'en';
}
