/** Doc texts several rules share word for word, written once in EN/FR/ES. */
import type { Localised } from './schema.js';

/** Why: a file no rule could read. */
export const NOT_CONSOLIDATED: Localised = {
  en: 'The file is not consolidated: its rows are in no table and no count.',
  fr: 'Le fichier n’est pas consolidé : ses lignes ne sont dans aucun tableau ni aucun compte.',
  es: 'El archivo no se consolida: sus filas no están en ninguna tabla ni en ningún conteo.',
};

/** Fix: a file in another format. */
export const SAVE_AS_XLSX: Localised = {
  en: 'Open it in Excel and save it as "Excel Workbook (.xlsx)".',
  fr: 'Ouvrez-le dans Excel et enregistrez-le en « Classeur Excel (.xlsx) ».',
  es: 'Ábralo en Excel y guárdelo como «Libro de Excel (.xlsx)».',
};

/** Fix: a damaged zip. */
export const REPAIR_OR_ASK_AGAIN: Localised = {
  en: 'Open the file in Excel, which may repair it, and save it again; or ask for it again.',
  fr: 'Ouvrez le fichier dans Excel, qui peut le réparer, et enregistrez-le à nouveau ; ou redemandez-le.',
  es: 'Abra el archivo en Excel, que puede repararlo, y vuelva a guardarlo; o pídalo de nuevo.',
};

/** Fix: damaged XML. */
export const FRESH_COPY: Localised = {
  en: 'Ask for a fresh copy of the file, saved by Excel.',
  fr: 'Demandez une nouvelle copie du fichier, enregistrée par Excel.',
  es: 'Pida una copia nueva del archivo, guardada con Excel.',
};

/** Fix: not a workbook. */
export const ASK_FOR_WORKBOOK: Localised = {
  en: 'Check the file and ask for the workbook itself.',
  fr: 'Vérifiez le fichier et demandez le classeur lui-même.',
  es: 'Revise el archivo y pida el libro en sí.',
};

/** Fix: an Excel API the pane lacks. */
export const NEWER_EXCEL: Localised = {
  en: 'Use a newer Excel, or check the file with psea validate.',
  fr: 'Utilisez un Excel plus récent, ou vérifiez le fichier avec psea validate.',
  es: 'Use un Excel más reciente, o revise el archivo con psea validate.',
};

/** Fix: a worker past its limit. */
export const RAISE_IF_GENUINE: Localised = {
  en: 'Check the file; if it is genuine and only very large, raise the limit with the variable named.',
  fr:
    'Vérifiez le fichier ; s’il est authentique et seulement très gros, augmentez la limite avec la ' +
    'variable nommée.',
  es: 'Revise el archivo; si es auténtico y solo muy grande, aumente el límite con la variable nombrada.',
};

/** Fix: a date that is no date. */
export const WRITE_ISO_DATE: Localised = {
  en: 'Write the date as yyyy-mm-dd or enter it as an Excel date.',
  fr: 'Écrivez la date aaaa-mm-jj ou saisissez-la comme date Excel.',
  es: 'Escriba la fecha como aaaa-mm-dd o introdúzcala como fecha de Excel.',
};
