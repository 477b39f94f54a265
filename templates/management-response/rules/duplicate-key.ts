import { sheetRule } from './context.js';

export default sheetRule({
  id: 'management-response.duplicate-key',
  severity: 'error',
  title: {
    en: 'Recommendation or point repeated',
    fr: 'Recommandation ou point répété',
    es: 'Recomendación o punto repetido',
  },
  messages: {
    en: 'Recommendation {rec}{point} appears again; first on row {firstRow}.',
    fr: 'La recommandation {rec}{point} apparaît de nouveau ; d’abord à la ligne {firstRow}.',
    es: 'La recomendación {rec}{point} aparece de nuevo; primero en la fila {firstRow}.',
  },
  fields: ['rec_no', 'point'],
  doc: {
    checks: {
      en: 'Each recommendation number, with its point when there is one, appears on one row of the sheet.',
      fr: 'Chaque numéro de recommandation, avec son point s’il y en a un, figure sur une seule ligne de la feuille.',
      es: 'Cada número de recomendación, con su punto cuando lo tiene, aparece en una sola fila de la hoja.',
    },
    why: {
      en: 'A recommendation entered twice is counted twice in every table, and its two answers may disagree.',
      fr:
        'Une recommandation saisie deux fois est comptée deux fois dans chaque tableau, et ses deux réponses ' +
        'peuvent se contredire.',
      es:
        'Una recomendación introducida dos veces se cuenta dos veces en cada tabla, y sus dos respuestas ' +
        'pueden no coincidir.',
    },
    fix: {
      en: 'Delete the copy, or correct the number (or the point) of one of the rows.',
      fr: 'Supprimez la copie, ou corrigez le numéro (ou le point) de l’une des lignes.',
      es: 'Elimine la copia, o corrija el número (o el punto) de una de las filas.',
    },
    example: {
      input: {
        en: 'Recommendation 12 on rows 14 and 30.',
        fr: 'La recommandation 12 sur les lignes 14 et 30.',
        es: 'La recomendación 12 en las filas 14 y 30.',
      },
      params: { rec: 12, point: '', firstRow: 14 },
    },
  },
  check({ rows }, emit) {
    const seen = new Map<string, number>();
    for (const row of rows) {
      // A key-action row (one per key action) repeats its recommendation's number by design.
      if (row.recNo === undefined || row.continues) continue;
      const key = `${row.recNo}|${row.point}`;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, row.source.row);
      else
        emit(
          { row: row.source.row, field: 'rec_no', value: String(row.recNo) },
          { rec: row.recNo, point: row.point ? ` (${row.point})` : '', firstRow: first },
        );
    }
  },
});
