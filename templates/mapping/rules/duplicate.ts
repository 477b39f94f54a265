import { sheetsRule } from './context.js';
import { keyedRows } from '../pairs.js';

export default sheetsRule({
  id: 'mapping.duplicate',
  severity: 'error',
  title: {
    en: 'Standard reported twice by an agency',
    fr: 'Norme déclarée deux fois par une agence',
    es: 'Norma declarada dos veces por una agencia',
  },
  messages: {
    en: '{agency} reports on {standard} again; first on sheet "{firstSheet}" row {firstRow}.',
    fr:
      '{agency} rend compte de {standard} une seconde fois ; d’abord sur la feuille « {firstSheet} », ligne ' +
      '{firstRow}.',
    es: '{agency} informa de nuevo sobre {standard}; primero en la hoja «{firstSheet}», fila {firstRow}.',
  },
  fields: ['agency', 'standard'],
  doc: {
    checks: {
      en: "Within one file, an agency reports on each standard once, across all the file's mapping sheets.",
      fr:
        'Dans un même fichier, une agence rend compte de chaque norme une seule fois, sur l’ensemble des ' +
        'feuilles de cartographie du fichier.',
      es:
        'Dentro de un mismo archivo, una agencia informa sobre cada norma una sola vez, en todas las hojas ' +
        'de mapeo del archivo.',
    },
    why: {
      en:
        'Two rows for one agency and standard can disagree, and only the first is counted: the second is ' +
        'silently out of the tables.',
      fr:
        'Deux lignes pour une même agence et une même norme peuvent se contredire, et seule la première est ' +
        'comptée : la seconde sort des tableaux en silence.',
      es:
        'Dos filas para una misma agencia y norma pueden no coincidir, y solo se cuenta la primera: la ' +
        'segunda queda fuera de las tablas en silencio.',
    },
    fix: {
      en: 'Merge the two rows into one, or correct the agency or the standard of one of them.',
      fr: 'Fusionnez les deux lignes en une, ou corrigez l’agence ou la norme de l’une d’elles.',
      es: 'Junte las dos filas en una, o corrija la agencia o la norma de una de ellas.',
    },
    example: {
      input: {
        en: 'UNICEF reports on MOS-3 on rows 5 and 12 of sheet "Mapping".',
        fr: 'UNICEF rend compte de MOS-3 aux lignes 5 et 12 de la feuille « Mapping ».',
        es: 'UNICEF informa sobre MOS-3 en las filas 5 y 12 de la hoja «Mapping».',
      },
      params: { agency: 'UNICEF', standard: 'MOS-3', firstSheet: 'Mapping', firstRow: 5 },
    },
  },
  check({ sheets }, emit) {
    const first = new Map<string, { sheet: string; row: number }>();
    for (const { key, row, sheet } of keyedRows(sheets)) {
      const seen = first.get(key);
      if (!seen) {
        first.set(key, { sheet: sheet.table.sheet, row: row.source.row });
        continue;
      }
      emit(
        {
          table: sheet.table,
          row: row.source.row,
          field: 'standard',
          value: row.standard!.id,
          ...(row.wide ? { cell: row.wide.cell } : {}),
        },
        { agency: row.agencyKey, standard: row.standard!.id, firstSheet: seen.sheet, firstRow: seen.row },
      );
    }
  },
});
