import { sheetRule } from './context.js';
import { isAccepted } from '../key-actions/records.js';

export default sheetRule({
  id: 'management-response.due-missing',
  severity: 'warning',
  title: { en: 'Key action without a due date', fr: 'Action clé sans échéance', es: 'Acción clave sin fecha límite' },
  messages: {
    en: 'Key action {no} of accepted recommendation {rec} has no due date.',
    fr: 'L’action clé {no} de la recommandation acceptée {rec} n’a pas d’échéance.',
    es: 'La acción clave {no} de la recomendación aceptada {rec} no tiene fecha límite.',
  },
  fields: ['due', 'response'],
  doc: {
    checks: {
      en:
        'On a sheet with a due-date column, every key action of an accepted or partially accepted ' +
        'recommendation has a due date; a blank cell, "No due date" or "TBD" is reported.',
      fr:
        'Sur une feuille qui a une colonne d’échéances, chaque action clé d’une recommandation acceptée ou ' +
        'partiellement acceptée a une échéance ; une cellule vide, « Pas d’échéance » ou « À déterminer » ' +
        'est signalée.',
      es:
        'En una hoja con columna de fechas límite, cada acción clave de una recomendación aceptada o ' +
        'parcialmente aceptada tiene fecha límite; se señala una celda vacía, «Sin fecha límite» o «Por ' +
        'determinar».',
    },
    why: {
      en: 'Without a date an action can never be late: the overdue list and the follow-up miss it.',
      fr: 'Sans date, une action ne peut jamais être en retard : la liste des retards et le suivi l’ignorent.',
      es: 'Sin fecha, una acción nunca puede estar vencida: la lista de vencidas y el seguimiento no la recogen.',
    },
    fix: {
      en: 'Agree a due date with the responsible unit and write it.',
      fr: 'Convenez d’une échéance avec l’unité responsable et écrivez-la.',
      es: 'Acuerde una fecha límite con la unidad responsable y escríbala.',
    },
    example: {
      input: {
        en: 'Key action 1.2 of an accepted recommendation with "No due date".',
        fr: 'L’action clé 1.2 d’une recommandation acceptée avec « No due date ».',
        es: 'La acción clave 1.2 de una recomendación aceptada con «No due date».',
      },
      params: { no: '1.2', rec: 1 },
    },
  },
  check({ table, keyActions }, emit) {
    if (!('due' in table.header.fieldColumns)) return;
    const rows = new Set<number>();
    for (const action of keyActions) {
      if (!isAccepted(action.response) || (action.due && action.due.kind !== 'none')) continue;
      if (rows.has(action.source.row)) continue;
      rows.add(action.source.row);
      const at = { row: action.source.row, field: 'due' };
      emit(action.due ? { ...at, value: action.due.text } : at, { no: action.no, rec: action.recNo });
    }
  },
});
