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
    checks: {
      en:
        'On a sheet with a responsible-unit column, an accepted or partially accepted recommendation with ' +
        'key actions names a responsible unit on its own row or on one of its key actions.',
      fr:
        'Sur une feuille qui a une colonne d’unités responsables, une recommandation acceptée ou ' +
        'partiellement acceptée avec des actions clés nomme une unité responsable sur sa propre ligne ou sur ' +
        'l’une de ses actions clés.',
      es:
        'En una hoja con columna de unidades responsables, una recomendación aceptada o parcialmente ' +
        'aceptada con acciones clave nombra una unidad responsable en su propia fila o en una de sus ' +
        'acciones clave.',
    },
    why: {
      en: 'An action nobody owns is not followed up, and the status-by-unit tables leave it under "(none)".',
      fr:
        'Une action que personne ne porte n’est pas suivie, et les tableaux de statut par unité la laissent ' +
        'sous « (aucune) ».',
      es: 'Una acción que nadie asume no se sigue, y las tablas de estado por unidad la dejan bajo «(ninguna)».',
    },
    fix: {
      en: 'Name the unit (or units) responsible for the key actions.',
      fr: 'Nommez l’unité (ou les unités) responsable(s) des actions clés.',
      es: 'Nombre la unidad (o las unidades) responsable(s) de las acciones clave.',
    },
    example: {
      input: {
        en: 'Recommendation 3 accepted, two key actions, the Responsible column blank.',
        fr: 'La recommandation 3 acceptée, deux actions clés, la colonne « Unité(s) responsable(s) » vide.',
        es: 'La recomendación 3 aceptada, dos acciones clave, la columna «Unidad(es) responsable(s)» vacía.',
      },
      params: { rec: 3 },
    },
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
