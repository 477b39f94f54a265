import { sheetRule } from './context.js';
import { pointLetter } from '../numbering.js';

export default sheetRule({
  id: 'management-response.point-invalid',
  severity: 'warning',
  title: { en: 'Point not a letter', fr: 'Point qui n’est pas une lettre', es: 'Punto que no es una letra' },
  messages: {
    en: 'Point "{value}" is not a single letter a–z.',
    fr: 'Le point « {value} » n’est pas une lettre unique a–z.',
    es: 'El punto «{value}» no es una sola letra a–z.',
  },
  fields: ['point'],
  doc: {
    checks: {
      en: 'The Point cell of a row is blank or one letter a–z ("a", "(a)", "a)" and "a." are the point a).',
      fr:
        'La cellule « Point » d’une ligne est vide ou contient une lettre a–z (« a », « (a) », « a) » et « ' +
        'a. » sont le point a).',
      es:
        'La celda «Punto» de una fila está vacía o contiene una letra a–z («a», «(a)», «a)» y «a.» son el ' +
        'punto a).',
    },
    why: {
      en:
        'Points split a recommendation into parts answered one by one; a point that is not a letter is read ' +
        "as the recommendation's own row, so its answer counts for the whole recommendation.",
      fr:
        'Les points découpent une recommandation en parties auxquelles on répond une à une ; un point qui ' +
        'n’est pas une lettre est lu comme la ligne de la recommandation elle-même, et sa réponse vaut alors ' +
        'pour toute la recommandation.',
      es:
        'Los puntos dividen una recomendación en partes que se responden una a una; un punto que no es una ' +
        'letra se lee como la fila de la propia recomendación, y su respuesta cuenta para toda la ' +
        'recomendación.',
    },
    fix: {
      en: 'Write the point as one letter, with a row per point.',
      fr: 'Écrivez le point en une seule lettre, avec une ligne par point.',
      es: 'Escriba el punto como una sola letra, con una fila por punto.',
    },
    example: {
      input: {
        en: 'Point typed "a-b" on one row.',
        fr: '« Point » saisi « a-b » sur une seule ligne.',
        es: '«Punto» escrito «a-b» en una sola fila.',
      },
      params: { value: 'a-b' },
    },
  },
  check({ rows }, emit) {
    for (const row of rows) {
      const letter = pointLetter(row);
      if (letter && !/^[a-z]$/i.test(letter))
        emit({ row: row.source.row, field: 'point', value: row.pointText }, { value: row.pointText });
    }
  },
});
