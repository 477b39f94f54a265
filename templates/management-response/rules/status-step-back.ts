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
    checks:
      'Between consecutive monitoring rounds (Time 2 → Time 3, December 2025 → June 2026), a status does not go ' +
      'back: completed to in progress or not started, in progress to not started.',
    why: 'A step back is either a real reopening, which needs explaining, or a status copied from an older round.',
    fix: "Check the later round's status; if the action was reopened, say why in that round's comment.",
    example: {
      input: 'Completed at Time 2, open at Time 3.',
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
