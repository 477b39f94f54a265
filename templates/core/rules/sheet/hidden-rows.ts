import { sheetRule } from '../context.js';
import { rowRuns } from '../../runs.js';

export default sheetRule({
  id: 'sheet.hidden-rows',
  severity: 'info',
  title: { en: 'Hidden rows read', fr: 'Lignes masquées lues', es: 'Filas ocultas leídas' },
  messages: {
    en: 'Rows {rows} are hidden in Excel; their data is read and consolidated.',
    fr: 'Les lignes {rows} sont masquées dans Excel ; leurs données sont lues et consolidées.',
    es: 'Las filas {rows} están ocultas en Excel; sus datos se leen y consolidan.',
  },
  fields: [],
  doc: {
    checks: {
      en:
        'Rows that Excel hides on a template sheet (filtered out, or hidden by hand) are read, one finding ' +
        'per run of rows.',
      fr:
        'Les lignes qu’Excel masque sur une feuille du modèle (filtrées, ou masquées à la main) sont lues, ' +
        'un constat par suite de lignes.',
      es:
        'Las filas que Excel oculta en una hoja de la plantilla (filtradas, u ocultas a mano) se leen, un ' +
        'hallazgo por cada tramo de filas.',
    },
    why: {
      en:
        'A filter left on when the file was saved hides rows from the eye, not from the counts: the totals ' +
        'include them.',
      fr:
        'Un filtre laissé actif à l’enregistrement cache des lignes à l’œil, pas aux comptes : les totaux ' +
        'les incluent.',
      es:
        'Un filtro que quedó activo al guardar oculta filas a la vista, no a los conteos: los totales las ' +
        'incluyen.',
    },
    fix: {
      en: 'Nothing to fix if the rows belong; clear the filter to see them. Delete them if they should not count.',
      fr:
        'Rien à corriger si les lignes ont leur place ; effacez le filtre pour les voir. Supprimez-les si ' +
        'elles ne doivent pas compter.',
      es: 'Nada que corregir si las filas corresponden; quite el filtro para verlas. Elimínelas si no deben contar.',
    },
    example: {
      input: {
        en: 'Rows 3 and 4 of the matrix are hidden.',
        fr: 'Les lignes 3 et 4 de la matrice sont masquées.',
        es: 'Las filas 3 y 4 de la matriz están ocultas.',
      },
      params: { rows: '3–4' },
    },
  },
  check({ grid }, emit) {
    for (const rows of rowRuns(grid.hiddenRows ?? [])) emit({ row: parseInt(rows, 10) }, { rows });
  },
});
