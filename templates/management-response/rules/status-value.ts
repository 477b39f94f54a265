import { sheetRule } from './context.js';
import { roundTarget } from '../round-cells.js';

export default sheetRule({
  id: 'management-response.status-value',
  severity: 'error',
  title: { en: 'Status not in the list', fr: 'Statut hors de la liste', es: 'Estado fuera de la lista' },
  messages: {
    en: 'Status "{value}" is not one of not started, in progress, completed or no longer applicable.',
    fr: 'Le statut « {value} » n’est ni non commencée, ni en cours, ni achevée, ni sans objet.',
    es: 'El estado «{value}» no es no iniciada, en curso, completada ni ya no aplicable.',
  },
  fields: ['status_t2', 'status_t3', 'status', 'rec_status', 'status_round'],
  doc: {
    checks: {
      en:
        'An implementation status, in any round (Time 2, Time 3, a dated round, the current status) or the ' +
        "recommendation's own status, is one of the four classes in any of their spellings (open, ongoing, " +
        'initiated, en cours, en curso → in progress; done, réalisée, completada → completed; discarded, ' +
        'abandonnée, descartada → no longer applicable), or a word the settings add; "Overdue-Initiated" is ' +
        'in progress with an overdue flag.',
      fr:
        'Un statut de mise en œuvre, à tout cycle (Temps 2, Temps 3, un cycle daté, le statut actuel) ou le ' +
        'statut propre de la recommandation, est l’une des quatre classes sous l’une de leurs graphies ' +
        '(open, ongoing, initiated, en cours, en curso → en cours ; done, réalisée, completada → achevée ; ' +
        'discarded, abandonnée, descartada → sans objet), ou un mot que les paramètres ajoutent ; « ' +
        'Overdue-Initiated » est en cours avec une marque de retard.',
      es:
        'Un estado de implementación, en cualquier ronda (Tiempo 2, Tiempo 3, una ronda con fecha, el estado ' +
        'actual) o el estado propio de la recomendación, es una de las cuatro clases en cualquiera de sus ' +
        'grafías (open, ongoing, initiated, en cours, en curso → en curso; done, réalisée, completada → ' +
        'completada; discarded, abandonnée, descartada → ya no aplicable), o una palabra que añade la ' +
        'configuración; «Overdue-Initiated» está en curso con una marca de vencida.',
    },
    why: {
      en:
        'A status that is none of these is counted as unknown, in no class: the implementation rate is ' +
        'computed without it.',
      fr:
        'Un statut qui n’est aucun de ceux-ci est compté comme inconnu, dans aucune classe : le taux de mise ' +
        'en œuvre est calculé sans lui.',
      es:
        'Un estado que no es ninguno de estos se cuenta como desconocido, en ninguna clase: la tasa de ' +
        'implementación se calcula sin él.',
    },
    fix: {
      en:
        'Choose the status from the list (the suggestion is the nearest value), or add the word to the ' +
        'Settings sheet (status | word | class).',
      fr:
        'Choisissez le statut dans la liste (la suggestion est la valeur la plus proche), ou ajoutez le mot ' +
        'à la feuille Settings (status | mot | classe).',
      es:
        'Elija el estado de la lista (la sugerencia es el valor más cercano), o añada la palabra a la hoja ' +
        'Settings (status | palabra | clase).',
    },
    example: {
      input: {
        en: 'A Time 2 status typed "complted".',
        fr: 'Un statut du Temps 2 saisi « complted ».',
        es: 'Un estado del Tiempo 2 escrito «complted».',
      },
      params: { value: 'complted' },
    },
  },
  check({ table, rows }, emit) {
    // Row by row, as they are read: a row's recommendation status first, then its rounds in order.
    for (const row of rows) {
      const cells = [
        ...(row.enums.rec_status ? [{ read: row.enums.rec_status, target: { field: 'rec_status' } }] : []),
        ...row.rounds.flatMap((c) =>
          c.status && c.statusAt ? [{ read: c.status, target: roundTarget(table, c.statusAt, row.source.row) }] : [],
        ),
      ];
      for (const { read, target } of cells) {
        if (read.value !== undefined) continue;
        const at = { row: row.source.row, ...target, value: read.text };
        emit(read.suggestion === undefined ? at : { ...at, suggestion: read.suggestion }, { value: read.text });
      }
    }
  },
});
