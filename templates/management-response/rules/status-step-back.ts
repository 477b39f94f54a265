import { sheetRule } from './context.js';
import { STATUS_TERMS } from '../values.js';
import { statusRows } from '../status-rows.js';

export default sheetRule({
  id: 'management-response.status-step-back',
  severity: 'warning',
  title: { en: 'Status steps back', fr: 'Statut en recul', es: 'Estado que retrocede' },
  messages: {
    en: 'Status steps back from "{t2}" at Time 2 to "{t3}" at Time 3.',
    fr: 'Le statut recule de « {t2} » au Temps 2 à « {t3} » au Temps 3.',
    es: 'El estado retrocede de «{t2}» en el Tiempo 2 a «{t3}» en el Tiempo 3.',
  },
  terms: { t2: STATUS_TERMS, t3: STATUS_TERMS },
  fields: ['status_t2', 'status_t3'],
  doc: {
    checks: 'A recommendation completed at Time 2 is not open again at Time 3.',
    why: 'A step back is either a real reopening, which needs explaining, or a status copied from an older round.',
    fix: 'Check the Time 3 status; if the recommendation was reopened, say why in the Time 3 comment.',
    example: { input: 'Completed at Time 2, open at Time 3.', params: { t2: 'completed', t3: 'open' } },
  },
  check({ recs }, emit) {
    for (const rec of recs)
      for (const row of statusRows(rec))
        if (row.statusT2 === 'completed' && row.statusT3 === 'open')
          emit({ row: row.source.row, field: 'status_t3' }, { t2: row.statusT2, t3: row.statusT3 });
  },
});
