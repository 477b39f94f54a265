/** Where a rule reports on a round's cells, and the statuses of a row round after round. */
import type { FindingTarget } from '../core/rule.js';
import type { ParsedTable } from '../core/table.js';
import type { MatrixRow, RoundCell } from './rows.js';
import type { RoundColumn } from './rounds.js';
import type { MatrixSettings } from './settings.js';
import type { StatusValue } from './values.js';

/** A round's cell on a row: its field's column, or (a round the header names) its own column of the field's. */
export function roundTarget(table: ParsedTable, at: RoundColumn, row: number): FindingTarget {
  if (at.param === undefined) return { row, field: at.field };
  return { row, field: at.field, column: at.index + table.firstColumn - 1 };
}

/** A row's round cells that hold a status, in round order, with the status before each (the last one given). */
export function statusSteps(row: MatrixRow): { cell: RoundCell; status: StatusValue; before?: RoundCell }[] {
  const steps: { cell: RoundCell; status: StatusValue; before?: RoundCell }[] = [];
  let before: RoundCell | undefined;
  for (const cell of row.rounds) {
    const status = cell.status?.value;
    if (!status) continue;
    steps.push(before ? { cell, status, before } : { cell, status });
    before = cell;
  }
  return steps;
}

/** The word to suggest for "no longer applicable": the evaluation's own (discarded) when its settings give one. */
export function closedWord(settings: MatrixSettings): string {
  return settings.statuses.find((w) => w.value === 'no longer applicable')?.word ?? 'no longer applicable';
}
