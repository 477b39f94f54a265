import { perRecord, sheetRule } from './context.js';
import { isBlank } from '../../core/text.js';

export default sheetRule({
  id: 'mapping.timeline-missing',
  severity: 'error',
  title: {
    en: 'Planned action without a timeline',
    fr: 'Action prévue sans échéance',
    es: 'Acción prevista sin plazo',
  },
  messages: {
    en: 'The planned action has no timeline; give the date by which it will be done.',
    fr: 'L’action prévue n’a pas d’échéance ; indiquez la date à laquelle elle sera réalisée.',
    es: 'La acción prevista no tiene plazo; indique la fecha en que se realizará.',
  },
  fields: ['planned_action', 'timeline'],
  doc: {
    checks: {
      en: 'A row with a planned action gives its timeline.',
      fr: 'Une ligne avec une action prévue donne son échéance.',
      es: 'Una fila con una acción prevista da su plazo.',
    },
    why: {
      en: 'Without a date, a planned action cannot be followed up or reported as late.',
      fr: 'Sans date, une action prévue ne peut être ni suivie ni signalée en retard.',
      es: 'Sin fecha, una acción prevista no se puede seguir ni señalar como vencida.',
    },
    fix: {
      en: 'Give the date by which the action will be done.',
      fr: 'Donnez la date à laquelle l’action sera réalisée.',
      es: 'Indique la fecha en que se realizará la acción.',
    },
    example: {
      input: {
        en: 'A planned action "Train focal points" with no timeline.',
        fr: 'Une action prévue « Former les points focaux » sans échéance.',
        es: 'Una acción prevista «Capacitar a los puntos focales» sin plazo.',
      },
      params: {},
    },
  },
  check({ rows }, emit) {
    for (const row of perRecord(rows))
      if (row.plannedAction && isBlank(row.timelineRaw)) emit({ row: row.source.row, field: 'timeline' }, {});
  },
});
