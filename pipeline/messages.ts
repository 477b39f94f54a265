/**
 * What the CLI itself says (summaries, notices, the row accounting), in EN/FR/ES with real plurals. Findings and
 * reader errors are the rules' own messages (templates/); this is only the frame around them.
 */
import type { Lang, RowAccounting, SetAsideReason, Severity } from '../templates/index.js';
import type { RoundDiff } from '../templates/core/diff.js';
import { setAsideTotal } from '../templates/index.js';
import { countOf, formatNumber, type Noun } from '../templates/present/plural.js';

export const NOUNS = {
  file: { en: ['file', 'files'], fr: ['fichier', 'fichiers'], es: ['archivo', 'archivos'] },
  error: { en: ['error', 'errors'], fr: ['erreur', 'erreurs'], es: ['error', 'errores'] },
  warning: {
    en: ['warning', 'warnings'],
    fr: ['avertissement', 'avertissements'],
    es: ['advertencia', 'advertencias'],
  },
  info: { en: ['info', 'info'], fr: ['info', 'infos'], es: ['aviso informativo', 'avisos informativos'] },
} as const satisfies Record<string, Noun>;

/** Why rows were set aside, as a count of rows: "5 section rows", "5 lignes de section". */
export const SET_ASIDE_NOUNS: Record<SetAsideReason, Noun> = {
  blank: { en: ['blank row', 'blank rows'], fr: ['ligne vide', 'lignes vides'], es: ['fila vacía', 'filas vacías'] },
  section: {
    en: ['section row', 'section rows'],
    fr: ['ligne de section', 'lignes de section'],
    es: ['fila de sección', 'filas de sección'],
  },
  note: { en: ['note', 'notes'], fr: ['note', 'notes'], es: ['nota', 'notas'] },
  'repeated-header': {
    en: ['repeated header', 'repeated headers'],
    fr: ['en-tête répété', 'en-têtes répétés'],
    es: ['encabezado repetido', 'encabezados repetidos'],
  },
  'translated-header': {
    en: ['translated header', 'translated headers'],
    fr: ['en-tête traduit', 'en-têtes traduits'],
    es: ['encabezado traducido', 'encabezados traducidos'],
  },
  legend: {
    en: ['legend row', 'legend rows'],
    fr: ['ligne de légende', 'lignes de légende'],
    es: ['fila de leyenda', 'filas de leyenda'],
  },
  header: {
    en: ['header row', 'header rows'],
    fr: ['ligne d’en-tête', 'lignes d’en-tête'],
    es: ['fila de encabezado', 'filas de encabezado'],
  },
};

type Template = Record<Lang, string>;

/** Fixed sentences; {name} placeholders are filled by say(). */
export const SENTENCES = {
  accounting: {
    en: 'rows read {read} = consolidated {consolidated} + set aside {aside}',
    fr: 'lignes lues {read} = consolidées {consolidated} + écartées {aside}',
    es: 'filas leídas {read} = consolidadas {consolidated} + apartadas {aside}',
  },
  findings: { en: 'findings: {counts}', fr: 'constats : {counts}', es: 'hallazgos: {counts}' },
  // French puts a space before the colon and the semicolon.
  summary: { en: '{files}: {counts}', fr: '{files} : {counts}', es: '{files}: {counts}' },
  summaryNotRead: { en: '{summary}; {notRead}', fr: '{summary} ; {notRead}', es: '{summary}; {notRead}' },
  notRead: { en: '{files} not read', fr: '{files} non lus', es: '{files} sin leer' },
  notReadOne: { en: '{files} not read', fr: '{files} non lu', es: '{files} sin leer' },
  wrote: { en: 'wrote {path}', fr: 'écrit : {path}', es: 'escrito: {path}' },
  nothingRead: {
    en: 'psea: nothing could be read; {out} is left as it was',
    fr: 'psea : rien n’a pu être lu ; {out} reste tel quel',
    es: 'psea: no se pudo leer nada; {out} queda como estaba',
  },
  noInput: {
    en: '{arg}: no .xlsx or .csv file found',
    fr: '{arg} : aucun fichier .xlsx ou .csv trouvé',
    es: '{arg}: no se encontró ningún archivo .xlsx o .csv',
  },
  skipped: {
    en: 'skipped {files} that are not .xlsx, .xlsm, .csv or .tsv',
    fr: '{files} ignorés : ni .xlsx, ni .xlsm, ni .csv, ni .tsv',
    es: '{files} omitidos: no son .xlsx, .xlsm, .csv ni .tsv',
  },
  skippedOne: {
    en: 'skipped {files} that is not .xlsx, .xlsm, .csv or .tsv',
    fr: '{files} ignoré : ni .xlsx, ni .xlsm, ni .csv, ni .tsv',
    es: '{files} omitido: no es .xlsx, .xlsm, .csv ni .tsv',
  },
  loop: {
    en: '{path}: symbolic link back to a folder above it (a loop); not followed',
    fr: '{path} : lien symbolique vers un dossier au-dessus (une boucle) ; non suivi',
    es: '{path}: enlace simbólico a una carpeta superior (un bucle); no se sigue',
  },
  outputFolder: {
    en: '{path}: an output folder of psea; not read',
    fr: '{path} : un dossier de sortie de psea ; non lu',
    es: '{path}: una carpeta de salida de psea; no se lee',
  },
  twice: {
    en: '{files} reached by more than one path (symbolic links, hard links or overlapping arguments) were read once',
    fr:
      '{files} atteints par plus d’un chemin (liens symboliques, liens ' +
      'physiques ou arguments qui se recoupent) lus une seule fois',
    es:
      '{files} alcanzados por más de una ruta (enlaces simbólicos, enlaces ' +
      'físicos o argumentos que se solapan) leídos una sola vez',
  },
  twiceOne: {
    en: '{files} reached by more than one path (symbolic links, hard links or overlapping arguments) was read once',
    fr:
      '{files} atteint par plus d’un chemin (liens symboliques, liens ' +
      'physiques ou arguments qui se recoupent) lu une seule fois',
    es:
      '{files} alcanzado por más de una ruta (enlaces simbólicos, enlaces ' +
      'físicos o argumentos que se solapan) leído una sola vez',
  },
  brokenLink: {
    en: '{path}: broken symbolic link (its target does not exist)',
    fr: '{path} : lien symbolique rompu (sa cible n’existe pas)',
    es: '{path}: enlace simbólico roto (su destino no existe)',
  },
  folderUnlisted: {
    en: '{path}: folder cannot be listed ({reason})',
    fr: '{path} : impossible de lister le dossier ({reason})',
    es: '{path}: no se puede listar la carpeta ({reason})',
  },
  permissionDenied: { en: 'permission denied', fr: 'permission refusée', es: 'permiso denegado' },
  notFound: { en: 'not found', fr: 'introuvable', es: 'no encontrado' },
  row: { en: 'row {row}', fr: 'ligne {row}', es: 'fila {row}' },
  diffSummary: {
    en:
      'new {new}, updated {updated}, unchanged {unchanged}, removed {removed}; ' +
      'status transitions {moves} (forward {forward}, back {back})',
    fr:
      'nouveaux {new}, modifiés {updated}, inchangés {unchanged}, retirés {removed} ; ' +
      'changements de statut {moves} (progrès {forward}, reculs {back})',
    es:
      'nuevos {new}, actualizados {updated}, sin cambios {unchanged}, eliminados ' +
      '{removed}; cambios de estado {moves} (avances {forward}, retrocesos {back})',
  },
} as const satisfies Record<string, Template>;

export type Sentence = keyof typeof SENTENCES;

export function say(lang: Lang, key: Sentence, params: Record<string, string | number> = {}): string {
  return SENTENCES[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params
      ? typeof params[name] === 'number'
        ? formatNumber(lang, params[name])
        : String(params[name])
      : whole,
  );
}

export const files = (lang: Lang, n: number): string => countOf(lang, n, NOUNS.file);

/** The severity words of a finding line, upper case as the terminal shows them. */
export const SEVERITY_WORD: Record<Severity, Template> = {
  error: { en: 'ERROR', fr: 'ERREUR', es: 'ERROR' },
  warning: { en: 'WARNING', fr: 'AVERTISSEMENT', es: 'ADVERTENCIA' },
  info: { en: 'INFO', fr: 'INFO', es: 'INFO' },
};

/** "rows read 130 = consolidated 124 + set aside 6 (1 blank row, 5 section rows)" */
export function accountingLine(a: RowAccounting, lang: Lang = 'en'): string {
  const reasons = (Object.entries(a.setAside) as [SetAsideReason, number][])
    .filter(([, n]) => n)
    .map(([reason, n]) => countOf(lang, n, SET_ASIDE_NOUNS[reason]))
    .join(', ');
  const line = say(lang, 'accounting', { read: a.read, consolidated: a.consolidated, aside: setAsideTotal(a) });
  return reasons ? `${line} (${reasons})` : line;
}

/** "10 errors, 25 warnings, 95 info" */
export function severityCounts(lang: Lang, c: Record<Severity, number>): string {
  return (['error', 'warning', 'info'] as const).map((s) => countOf(lang, c[s], NOUNS[s])).join(', ');
}

/** The last line of `psea diff` and of a consolidate run with --previous. */
export function diffSummary(diff: RoundDiff, lang: Lang = 'en'): string {
  const c = diff.counts;
  const moves = (direction: string) => diff.transitions.filter((t) => t.direction === direction).length;
  return say(lang, 'diffSummary', {
    ...c,
    moves: diff.transitions.length,
    forward: moves('forward'),
    back: moves('back'),
  });
}
