import { sheetRule } from './context.js';
import { ROUND_TERMS, STATUS_TERMS, type StatusValue } from '../values.js';
import { roundTarget, statusSteps } from '../round-cells.js';

/** How far along a status is; no longer applicable has no direction. */
const RANK: Partial<Record<StatusValue, number>> = { 'not started': 0, 'in progress': 1, completed: 2 };

export default sheetRule({
  id: 'management-response.status-step-back',
  severity: 'warning',
  title: { en: 'Status steps back', fr: 'Statut en recul', es: 'Estado que retrocede' },
  messages: {
    en: 'Status steps back from "{from}" ({previous}) to "{to}" ({round}).',
    fr: 'Le statut recule de « {from} » ({previous}) à « {to} » ({round}).',
    es: 'El estado retrocede de «{from}» ({previous}) a «{to}» ({round}).',
  },
  terms: { from: STATUS_TERMS, to: STATUS_TERMS, previous: ROUND_TERMS, round: ROUND_TERMS },
  fields: ['status_t2', 'status_t3', 'status_round'],
  doc: {
    checks: {
      en:
        'Between consecutive monitoring rounds (Time 2 → Time 3, December 2025 → June 2026), a status does ' +
        'not go back: completed to in progress or not started, in progress to not started.',
      fr:
        'Entre deux cycles de suivi consécutifs (Temps 2 → Temps 3, décembre 2025 → juin 2026), un statut ne ' +
        'recule pas : d’achevée à en cours ou non commencée, d’en cours à non commencée.',
      es:
        'Entre rondas de seguimiento consecutivas (Tiempo 2 → Tiempo 3, diciembre de 2025 → junio de 2026), ' +
        'un estado no retrocede: de completada a en curso o no iniciada, de en curso a no iniciada.',
    },
    why: {
      en: 'A step back is either a real reopening, which needs explaining, or a status copied from an older round.',
      fr:
        'Un recul est soit une vraie réouverture, qui demande une explication, soit un statut recopié d’un ' +
        'cycle plus ancien.',
      es:
        'Un retroceso es o bien una reapertura real, que hay que explicar, o bien un estado copiado de una ' +
        'ronda más antigua.',
    },
    fix: {
      en: "Check the later round's status; if the action was reopened, say why in that round's comment.",
      fr:
        'Vérifiez le statut du cycle le plus récent ; si l’action a été rouverte, dites pourquoi dans le ' +
        'commentaire de ce cycle.',
      es:
        'Revise el estado de la ronda posterior; si la acción se reabrió, diga por qué en el comentario de ' +
        'esa ronda.',
    },
    example: {
      input: {
        en: 'Completed at Time 2, open at Time 3.',
        fr: 'Achevée au Temps 2, en cours au Temps 3.',
        es: 'Completada en el Tiempo 2, en curso en el Tiempo 3.',
      },
      params: { from: 'completed', previous: 't2', to: 'in progress', round: 't3' },
    },
  },
  check({ table, rows }, emit) {
    for (const row of rows)
      for (const { cell, status, before } of statusSteps(row)) {
        const from = before?.status?.value;
        if (!before || !from || RANK[from] === undefined || RANK[status] === undefined) continue;
        if (RANK[status]! >= RANK[from]!) continue;
        emit(roundTarget(table, cell.statusAt!, row.source.row), {
          from,
          previous: before.round,
          to: status,
          round: cell.round,
        });
      }
  },
});
