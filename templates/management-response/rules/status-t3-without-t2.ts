import { sheetRule } from './context.js';
import { statusRows } from '../status-rows.js';

export default sheetRule({
  id: 'management-response.status-t3-without-t2',
  severity: 'warning',
  title: { en: 'Time 3 without Time 2', fr: 'Temps 3 sans Temps 2', es: 'Tiempo 3 sin Tiempo 2' },
  messages: {
    en: 'A Time 3 status is given without a Time 2 status.',
    fr: 'Un statut au Temps 3 est donné sans statut au Temps 2.',
    es: 'Se da un estado en el Tiempo 3 sin estado en el Tiempo 2.',
  },
  fields: ['status_t2', 'status_t3'],
  doc: {
    checks: 'A row with a Time 3 status also has its Time 2 status.',
    why: 'Monitoring rounds follow each other; a missing Time 2 leaves a hole in the progress shown between rounds.',
    fix: 'Fill the Time 2 status from the previous monitoring round.',
    example: { input: 'Final status "open" with no Time 2 status.', params: {} },
  },
  check({ recs }, emit) {
    for (const rec of recs)
      for (const row of statusRows(rec))
        if (row.statusT3 && !row.statusT2) emit({ row: row.source.row, field: 'status_t2' }, {});
  },
});
