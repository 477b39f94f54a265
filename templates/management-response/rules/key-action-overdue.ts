import { text } from '../../core/rule.js';
import { sheetRule } from './context.js';
import { STATUS_TERMS } from '../values.js';
import { daysOverdue } from '../key-actions/records.js';

export default sheetRule({
  id: 'management-response.key-action-overdue',
  severity: 'warning',
  title: { en: 'Key action overdue', fr: 'Action clé en retard', es: 'Acción clave vencida' },
  messages: {
    en: 'Key action {no} was due {date}{?due} ({due}){/due} and is {status} on {asOf}: {days} {days:day|days} overdue.',
    fr: text(
      'L’action clé {no} était due le {date}{?due} ({due}){/due} et est {status} le {asOf} : ',
      '{days} {days:jour|jours} de retard.',
    ),
    es: text(
      'La acción clave {no} vencía el {date}{?due} ({due}){/due} y está {status} el {asOf}: ',
      '{days} {days:día|días} de retraso.',
    ),
  },
  terms: {
    status: {
      ...STATUS_TERMS,
      none: { en: 'not reported completed', fr: 'non déclarée achevée', es: 'no declarada completada' },
    },
  },
  counts: ['days'],
  fields: ['due', 'status', 'status_t2', 'status_t3', 'status_round'],
  doc: {
    checks: {
      en:
        'A key action whose due date (the last day of its month or quarter when that is what is written) is ' +
        'before the run date (--as-of, default today), on a sheet that reports statuses, is completed or no ' +
        'longer applicable by its latest status; "Overdue-Initiated" is reported the same way, from its date.',
      fr:
        'Une action clé dont l’échéance (le dernier jour de son mois ou de son trimestre quand c’est ce qui ' +
        'est écrit) précède la date d’exécution (--as-of, aujourd’hui par défaut), sur une feuille qui ' +
        'rapporte des statuts, est achevée ou sans objet d’après son dernier statut ; « Overdue-Initiated » ' +
        'est signalé de la même façon, d’après sa date.',
      es:
        'Una acción clave cuya fecha límite (el último día de su mes o trimestre cuando es eso lo que está ' +
        'escrito) es anterior a la fecha de ejecución (--as-of, hoy por defecto), en una hoja que informa de ' +
        'estados, está completada o ya no aplicable según su último estado; «Overdue-Initiated» se señala ' +
        'del mismo modo, según su fecha.',
    },
    why: {
      en: 'Overdue actions are what management reviews ask about first; a list with the days makes the follow-up.',
      fr:
        'Les actions en retard sont la première question des revues de la direction ; une liste avec les ' +
        'jours de retard sert au suivi.',
      es:
        'Las acciones vencidas son lo primero que preguntan las revisiones de la gerencia; una lista con los ' +
        'días sirve para el seguimiento.',
    },
    fix: {
      en: 'Update the status if the action was completed, or agree a new due date and record why it moved.',
      fr:
        'Mettez à jour le statut si l’action a été achevée, ou convenez d’une nouvelle échéance et notez ' +
        'pourquoi elle a changé.',
      es: 'Actualice el estado si la acción se completó, o acuerde una nueva fecha límite y anote por qué cambió.',
    },
    example: {
      input: {
        en: 'Key action 2.2 due 2025/06, still "Initiated" on 2026-11-23.',
        fr: 'L’action clé 2.2 due en 2025/06, toujours « Initiated » le 2026-11-23.',
        es: 'La acción clave 2.2 con fecha límite 2025/06, todavía «Initiated» el 2026-11-23.',
      },
      params: { no: '2.2', due: '2025/06', date: '2025-06-30', status: 'in progress', asOf: '2026-11-23', days: 511 },
    },
  },
  check({ keyActions, rounds, asOf }, emit) {
    if (!rounds.some((r) => r.status)) return;
    for (const action of keyActions) {
      const days = daysOverdue(action, asOf);
      if (days === undefined || action.due?.kind !== 'date') continue;
      const [written, status] = [action.due.text.trim(), action.status ?? 'none'];
      emit(
        { row: action.source.row, field: 'due', value: action.due.text },
        // The text as written only where it says more than the date (2025/06, Q1 2025), not the date twice.
        { no: action.no, due: written === action.due.iso ? '' : written, date: action.due.iso, status, asOf, days },
      );
    }
  },
});
