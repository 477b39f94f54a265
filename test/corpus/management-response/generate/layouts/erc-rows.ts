/**
 * UNDP Evaluation Resource Centre layout (S1): one row per key action under its recommendation, the key action
 * numbered inside its text ("1.1 …"), Responsible, DueDate ("2019/03", "No due date"), Status, Comments.
 */
import type { Cell, Due, Response, StatusClass } from '../model.js';
import type { Column, SheetBuilder } from '../sheet-builder.js';
import { status } from '../values.js';

export interface ErcAction {
  text: string;
  units: string;
  due: Cell;
  expectedDue: Due;
  status: string;
  cls: StatusClass | null;
  overdue?: boolean;
  comment?: string;
}

export interface ErcRec {
  no: number;
  written: Cell;
  text: string;
  response: string;
  canon: Response;
  actions: ErcAction[];
  section?: { text: string; name: string };
}

export const ERC_KEYS = ['rec_no', 'recommendation', 'response', 'key_action', 'units', 'due', 'status', 'comment'];
const FIELDS: (string | null)[] = [
  'rec_no',
  'recommendation',
  'response',
  'key_action',
  'responsible_units',
  'due',
  'status',
  'comment',
];

/** The ERC columns with this file's header texts, plus any extra columns (e.g. Documents). */
export function ercColumns(headers: string[], extra: Column[] = []): Column[] {
  const widths = [12, 48, 36, 48, 22, 12, 18, 36];
  return [...headers.map((h, i) => ({ key: ERC_KEYS[i], field: FIELDS[i], header: [h], width: widths[i] })), ...extra];
}

/**
 * Writes the recommendations; the recommendation's cells are on its first row only, or on every row when
 * `repeat` (as CSV exports do). Returns the sheet row of each key action: rows[rec][action].
 */
export function writeErc(b: SheetBuilder, recs: ErcRec[], opts: { repeat?: boolean } = {}): number[][] {
  return recs.map((rec) => {
    if (rec.section) b.section(rec.section.text, rec.section.name);
    const head = { rec_no: rec.written, recommendation: rec.text, response: rec.response };
    if (rec.actions.length === 0) return [b.record(head, { rec_no: rec.no, response: rec.canon })];
    return rec.actions.map((a, i) =>
      b.record(
        {
          ...(i === 0 || opts.repeat ? head : {}),
          key_action: `${rec.no}.${i + 1} ${a.text}`,
          units: a.units,
          due: a.due,
          status: a.status,
          comment: a.comment ?? null,
        },
        {
          rec_no: rec.no,
          key_action_no: `${rec.no}.${i + 1}`,
          response: rec.canon,
          due: a.expectedDue,
          statuses: [status('current', a.status, a.cls, a.overdue)],
        },
      ),
    );
  });
}
