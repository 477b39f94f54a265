/**
 * Key actions as records of their own: text, responsible unit(s), due date, status, comment and the recommendation
 * they belong to. One per key-action row (UNDP's tracker), per item of a numbered list inside the cell, or the one
 * action written on the recommendation's row.
 */
import type { SourceRef } from '../../core/types.js';
import { daysBetween } from '../../core/dates.js';
import { foldKey, foldsLongerThan } from '../../core/text.js';
import type { MatrixRow } from '../rows.js';
import type { Recommendation } from '../recommendations.js';
import { responseOf } from '../recommendations.js';
import type { ResponseValue, StatusValue } from '../values.js';
import type { Due } from './due.js';
import { splitActions } from './split.js';

export interface KeyAction {
  recNo: number;
  point: string;
  /** "rec.n", n counting the recommendation's key actions in sheet order, whatever the sheet writes. */
  no: string;
  /** The number as the sheet writes it ("1.2", "2."), or ''. */
  written: string;
  text: string;
  /** The field its text is in. */
  field: 'key_action' | 'key_actions';
  units: string;
  due?: Due;
  status?: StatusValue;
  /** The status said it was late ("Overdue-Initiated"). */
  overdueFlag: boolean;
  /** The round its status comes from (the latest with one), and that round's comment. */
  round?: string;
  comment: string;
  response?: ResponseValue;
  row: MatrixRow;
  source: SourceRef;
}

/** "n/a", "-", "none": a key-actions cell that says there is none. */
const NONE = new Set(
  ['n a', 'na', 'none', 'nil', 'aucune', 'ninguna', 's o', 'sin acciones', 'no action'].map(foldKey),
);

const LONGEST_NONE = Math.max(...[...NONE].map((n) => n.length));

function isNone(text: string): boolean {
  // Prose says more than "none": it is told without folding it (folding every cell was 7% of a bench validate).
  if (foldsLongerThan(text, LONGEST_NONE)) return false;
  return !foldKey(text) || NONE.has(foldKey(text)) || /^[-–—]+$/.test(text.trim());
}

/** The row's latest status and its round's comment. */
function latestStatus(row: MatrixRow): Pick<KeyAction, 'status' | 'overdueFlag' | 'round' | 'comment'> {
  const cell = [...row.rounds].reverse().find((c) => c.status?.value !== undefined);
  if (!cell) return { overdueFlag: false, comment: [...row.rounds].reverse().find((c) => c.comment)?.comment ?? '' };
  return { status: cell.status!.value!, overdueFlag: cell.status!.overdue, round: cell.round, comment: cell.comment };
}

export function keyActionsOf(rec: Recommendation): KeyAction[] {
  const actions: KeyAction[] = [];
  for (const row of rec.rows) {
    const field = row.keyAction ? 'key_action' : 'key_actions';
    const text = row.keyAction || row.keyActions;
    // A key-action row with a due date or a status but no text is still an action of the recommendation.
    const items = isNone(text) ? (row.continues ? [{ written: '', text: '' }] : []) : splitActions(text);
    const units = row.responsibleText || rec.main.responsibleText;
    for (const item of items.filter((i) => !isNone(i.text) || row.continues))
      actions.push({
        recNo: rec.recNo,
        point: row.point,
        no: `${rec.recNo}.${actions.length + 1}`,
        written: row.keyActionNo || item.written,
        text: item.text,
        field,
        units,
        ...(row.due ? { due: row.due } : {}),
        ...latestStatus(row),
        ...(responseOf(rec, row) ? { response: responseOf(rec, row) } : {}),
        row,
        source: row.source,
      });
  }
  return actions;
}

/** Days past due on `asOf`, for an action that is neither completed nor no longer applicable; else undefined. */
export function daysOverdue(action: KeyAction, asOf: string): number | undefined {
  if (action.due?.kind !== 'date' || !action.due.iso) return undefined;
  if (action.status === 'completed' || action.status === 'no longer applicable') return undefined;
  const days = daysBetween(action.due.iso, asOf);
  return days > 0 ? days : undefined;
}

export const isAccepted = (response: ResponseValue | undefined): boolean =>
  response === 'Accept' || response === 'Partially accept';
