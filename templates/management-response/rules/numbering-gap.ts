import { sheetRule } from './context.js';
import { missingNumbers } from '../numbering.js';

export default sheetRule({
  id: 'management-response.numbering-gap',
  severity: 'warning',
  title: { en: 'Gap in the numbering', fr: 'Trou dans la numérotation', es: 'Salto en la numeración' },
  messages: {
    en: 'Recommendation numbers skip {missing} (numbers run from {from} to {to}).',
    fr: 'La numérotation saute {missing} (de {from} à {to}).',
    es: 'La numeración salta {missing} (de {from} a {to}).',
  },
  fields: ['rec_no'],
  doc: {
    checks: {
      en:
        'The recommendation numbers of a sheet run from 1 to the largest without a gap (long gaps are shown ' +
        'as ranges, at most 20 of them).',
      fr:
        'Les numéros de recommandation d’une feuille vont de 1 au plus grand sans trou (les longs trous sont ' +
        'montrés en plages, 20 au plus).',
      es:
        'Los números de recomendación de una hoja van del 1 al mayor sin saltos (los saltos largos se ' +
        'muestran como rangos, 20 como máximo).',
    },
    why: {
      en:
        'A missing number is usually a recommendation left out of the response: the acceptance table then ' +
        'reports fewer recommendations than the evaluation made.',
      fr:
        'Un numéro manquant est le plus souvent une recommandation oubliée dans la réponse : le tableau ' +
        'd’acceptation compte alors moins de recommandations que l’évaluation n’en a faites.',
      es:
        'Un número que falta suele ser una recomendación olvidada en la respuesta: la tabla de aceptación ' +
        'informa entonces de menos recomendaciones de las que hizo la evaluación.',
    },
    fix: {
      en: 'Add the missing recommendations, or check the numbers typed next to the gap.',
      fr: 'Ajoutez les recommandations manquantes, ou vérifiez les numéros saisis autour du trou.',
      es: 'Añada las recomendaciones que faltan, o revise los números escritos junto al salto.',
    },
    example: {
      input: {
        en: 'A matrix with recommendations 1–3 and 5.',
        fr: 'Une matrice avec les recommandations 1 à 3 et 5.',
        es: 'Una matriz con las recomendaciones 1 a 3 y 5.',
      },
      params: { missing: '4', from: 1, to: 5 },
    },
  },
  check({ recs }, emit) {
    if (!recs.length) return;
    const numbers = [...new Set(recs.map((r) => r.recNo))].sort((a, b) => a - b);
    const missing = missingNumbers(numbers, 1);
    if (!missing) return;
    // On the first recommendation after the first gap: where the numbering jumps.
    const after = recs.find((r, i) => r.recNo !== i + 1);
    const at = after
      ? { row: after.main.source.row, field: 'rec_no', value: String(after.recNo) }
      : { field: 'rec_no' };
    emit(at, { missing, from: 1, to: numbers[numbers.length - 1] });
  },
});
