import { sheetRule } from './context.js';
import { isAccepted } from '../key-actions/records.js';

export default sheetRule({
  id: 'management-response.responsible-missing',
  severity: 'warning',
  title: { en: 'No responsible unit', fr: 'Aucune unité responsable', es: 'Ninguna unidad responsable' },
  messages: {
    en: 'Accepted recommendation {rec} has key actions but no responsible unit on any of its rows.',
    fr: 'La recommandation acceptée {rec} a des actions clés mais aucune unité responsable sur ses lignes.',
    es: 'La recomendación aceptada {rec} tiene acciones clave pero ninguna unidad responsable en sus filas.',
  },
  fields: ['responsible_units', 'response'],
  doc: {
    checks:
      'On a sheet with a responsible-unit column, an accepted or partially accepted recommendation with key actions ' +
      'names a responsible unit on its own row or on one of its key actions.',
    why: 'An action nobody owns is not followed up, and the status-by-unit tables leave it under "(none)".',
    fix: 'Name the unit (or units) responsible for the key actions.',
    example: { input: 'Recommendation 3 accepted, two key actions, the Responsible column blank.', params: { rec: 3 } },
  },
  check({ table, recs, actionsByRec }, emit) {
    if (!('responsible_units' in table.header.fieldColumns)) return;
    for (const rec of recs) {
      const actions = (actionsByRec.get(rec.recNo) ?? []).filter((a) => isAccepted(a.response));
      if (!actions.length || rec.rows.some((r) => r.responsibleText)) continue;
      emit({ row: actions[0].source.row, field: 'responsible_units' }, { rec: rec.recNo });
    }
  },
});
