import { sheetRule } from './context.js';
import { ROUND_TERMS } from '../values.js';
import { roundTarget } from '../round-cells.js';
import { responseOf } from '../recommendations.js';

export default sheetRule({
  id: 'management-response.status-t3-without-t2',
  severity: 'warning',
  title: { en: 'Monitoring round skipped', fr: 'Cycle de suivi sauté', es: 'Ronda de seguimiento omitida' },
  messages: {
    en: 'A status is given at {round} without one at {previous}, the round before.',
    fr: 'Un statut est donné au {round} sans statut au {previous}, le cycle précédent.',
    es: 'Se da un estado en {round} sin estado en {previous}, la ronda anterior.',
  },
  terms: { round: ROUND_TERMS, previous: ROUND_TERMS },
  fields: ['status_t2', 'status_t3', 'status_round'],
  doc: {
    checks: {
      en:
        'A row with a status in a monitoring round (Time 3, June 2026) also has one in the round before it ' +
        '(Time 2, December 2025), when the sheet has that round. A Not accept row is left to ' +
        'status-not-accepted.',
      fr:
        'Une ligne qui a un statut à un cycle de suivi (Temps 3, juin 2026) en a aussi un au cycle précédent ' +
        '(Temps 2, décembre 2025), quand la feuille a ce cycle. Une ligne Non acceptée relève de ' +
        'status-not-accepted.',
      es:
        'Una fila con estado en una ronda de seguimiento (Tiempo 3, junio de 2026) también lo tiene en la ' +
        'ronda anterior (Tiempo 2, diciembre de 2025), cuando la hoja tiene esa ronda. Una fila No aceptada ' +
        'queda para status-not-accepted.',
    },
    why: {
      en: 'Monitoring rounds follow each other; a missing round leaves a hole in the progress shown between rounds.',
      fr:
        'Les cycles de suivi se suivent ; un cycle manquant laisse un trou dans les progrès montrés entre ' +
        'les cycles.',
      es:
        'Las rondas de seguimiento se suceden; una ronda que falta deja un hueco en el avance que se muestra ' +
        'entre rondas.',
    },
    fix: {
      en: 'Fill the earlier round from the monitoring report of that date.',
      fr: 'Remplissez le cycle précédent d’après le rapport de suivi de cette date.',
      es: 'Rellene la ronda anterior a partir del informe de seguimiento de esa fecha.',
    },
    example: {
      input: {
        en: 'Final status "open" with no Time 2 status.',
        fr: '« Statut final (Temps 3) » « en cours » sans statut au Temps 2.',
        es: '«Estado final (Tiempo 3)» «en curso» sin estado en el Tiempo 2.',
      },
      params: { round: 't3', previous: 't2' },
    },
  },
  check({ table, recs, rounds }, emit) {
    const tracked = rounds.filter((r) => r.status && r.key !== 'current');
    // A Not accept row has no status to give in any round: status-not-accepted says so, once.
    const rows = recs.flatMap((rec) => rec.rows.filter((row) => responseOf(rec, row) !== 'Not accept'));
    for (const row of rows)
      tracked.forEach((round, i) => {
        const previous = tracked[i - 1];
        const has = (key: string) => row.rounds.some((c) => c.round === key && c.status);
        if (previous && has(round.key) && !has(previous.key))
          emit(roundTarget(table, previous.status!, row.source.row), { round: round.key, previous: previous.key });
      });
  },
});
