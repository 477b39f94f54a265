import { sheetRule } from './context.js';
import { RESPONSE_TERMS } from '../values.js';
import type { MatrixRow } from '../rows.js';

export default sheetRule({
  id: 'management-response.key-actions-missing',
  severity: 'error',
  title: { en: 'Key actions missing', fr: 'Actions clés manquantes', es: 'Faltan las acciones clave' },
  messages: {
    en: 'A "{response}" response needs key actions.',
    fr: 'Une réponse « {response} » doit comporter des actions clés.',
    es: 'Una respuesta «{response}» necesita acciones clave.',
  },
  terms: { response: RESPONSE_TERMS },
  fields: ['response', 'key_actions'],
  doc: {
    checks: {
      en: "An Accept or Partially accept response lists its key actions, on its row or on its recommendation's row.",
      fr:
        'Une réponse Acceptée ou Partiellement acceptée liste ses actions clés, sur sa ligne ou sur celle de ' +
        'sa recommandation.',
      es:
        'Una respuesta Aceptada o Parcialmente aceptada enumera sus acciones clave, en su fila o en la de su ' +
        'recomendación.',
    },
    why: {
      en:
        'Accepting a recommendation commits to act on it; without key actions there is nothing to monitor at ' +
        'Time 2 and Time 3.',
      fr:
        'Accepter une recommandation engage à agir ; sans actions clés, il n’y a rien à suivre au Temps 2 ni ' +
        'au Temps 3.',
      es:
        'Aceptar una recomendación compromete a actuar; sin acciones clave no hay nada que seguir en el ' +
        'Tiempo 2 ni en el Tiempo 3.',
    },
    fix: {
      en: 'List the key actions that will implement what was accepted.',
      fr: 'Listez les actions clés qui mettront en œuvre ce qui a été accepté.',
      es: 'Enumere las acciones clave que implementarán lo que se aceptó.',
    },
    example: {
      input: {
        en: 'An "Accept" with an empty key actions cell.',
        fr: 'Une réponse « Acceptée » avec une cellule « Actions clés » vide.',
        es: 'Una respuesta «Aceptada» con la celda «Acciones clave» vacía.',
      },
      params: { response: 'Accept' },
    },
  },
  check({ table, recs }, emit) {
    const field = 'key_action' in table.header.fieldColumns ? 'key_action' : 'key_actions';
    for (const rec of recs) {
      const written = (row: MatrixRow) => !!(row.keyAction || row.keyActions);
      const recLevel = rec.rows.some((r) => !r.point && written(r));
      for (const row of rec.rows) {
        const response = row.response;
        if (row.continues || (response !== 'Accept' && response !== 'Partially accept')) continue;
        if (recLevel || rec.rows.some((r) => r.point === row.point && written(r))) continue;
        emit({ row: row.source.row, field }, { response });
      }
    }
  },
});
