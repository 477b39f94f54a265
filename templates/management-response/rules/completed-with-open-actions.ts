import { sheetRule } from './context.js';
import { roundTarget } from '../round-cells.js';

export default sheetRule({
  id: 'management-response.completed-with-open-actions',
  severity: 'warning',
  title: {
    en: 'Completed with open key actions',
    fr: 'Achevée avec des actions clés ouvertes',
    es: 'Completada con acciones clave abiertas',
  },
  messages: {
    en: 'Recommendation {rec} is completed, but its key actions {open} are not.',
    fr: 'La recommandation {rec} est achevée, mais ses actions clés {open} ne le sont pas.',
    es: 'La recomendación {rec} está completada, pero sus acciones clave {open} no.',
  },
  fields: ['rec_status', 'status'],
  doc: {
    checks: {
      en:
        "A recommendation whose own status is completed (its recommendation-status column, or its row's " +
        'latest status when its key actions have rows of their own) has no key action that is still not ' +
        'started or in progress.',
      fr:
        'Une recommandation dont le statut propre est achevée (sa colonne « Statut de la recommandation », ' +
        'ou le dernier statut de sa ligne quand ses actions clés ont leurs propres lignes) n’a aucune action ' +
        'clé encore non commencée ou en cours.',
      es:
        'Una recomendación cuyo estado propio es completada (su columna «Estado de la recomendación», o el ' +
        'último estado de su fila cuando sus acciones clave tienen filas propias) no tiene ninguna acción ' +
        'clave todavía no iniciada o en curso.',
    },
    why: {
      en: 'Closing a recommendation while its actions are open overstates the implementation rate.',
      fr: 'Clore une recommandation alors que ses actions sont ouvertes gonfle le taux de mise en œuvre.',
      es: 'Cerrar una recomendación con sus acciones abiertas exagera la tasa de implementación.',
    },
    fix: {
      en: 'Set the recommendation back to in progress, or update the key actions that were in fact completed.',
      fr: 'Remettez la recommandation en cours, ou mettez à jour les actions clés qui ont en fait été achevées.',
      es: 'Vuelva a poner la recomendación en curso, o actualice las acciones clave que de hecho se completaron.',
    },
    example: {
      input: {
        en: 'Recommendation 1 "Completada" with key action 1.2 "En curso".',
        fr: 'La recommandation 1 « Completada » avec l’action clé 1.2 « En curso ».',
        es: 'La recomendación 1 «Completada» con la acción clave 1.2 «En curso».',
      },
      params: { rec: 1, open: '1.2' },
    },
  },
  check({ table, recs, actionsByRec }, emit) {
    for (const rec of recs) {
      const others = rec.rows.filter((r) => r !== rec.main && r.rounds.some((c) => c.status));
      const latest = [...rec.main.rounds].reverse().find((c) => c.status?.value);
      // The row's own status is the recommendation's only when the row holds no key action of its own.
      const recLevel = others.length && !rec.main.keyAction && !rec.main.keyActions;
      const stated = rec.main.recStatus ?? (recLevel ? latest?.status?.value : undefined);
      if (stated !== 'completed') continue;
      const open = (actionsByRec.get(rec.recNo) ?? []).filter(
        (a) => a.status === 'not started' || a.status === 'in progress',
      );
      if (!open.length) continue;
      const target =
        rec.main.recStatus || !latest?.statusAt
          ? { row: rec.main.source.row, field: 'rec_status' }
          : roundTarget(table, latest.statusAt, rec.main.source.row);
      emit(target, { rec: rec.recNo, open: open.map((a) => a.no).join(', ') });
    }
  },
});
