/** WFP management-response rows (S5): one row per recommendation or sub-recommendation, actions listed in one cell. */
import type { Due, Response } from '../model.js';
import type { SheetBuilder } from '../sheet-builder.js';

export interface WfpRow {
  no: string;
  rec: number;
  point?: string;
  text: string;
  response?: Response;
  why?: string;
  actions?: readonly string[];
  unit?: string;
  /** As written, and what it means (undefined: blank or unreadable). */
  when?: [string, Due | undefined];
  fund?: string;
}

export const numbered = (items: readonly string[]) => items.map((t, i) => `${i + 1}. ${t}`).join('\n');

/** Writes the rows with the file's words for the responses; returns each row's sheet row. */
export function writeWfp(b: SheetBuilder, rows: WfpRow[], written: Record<Response, string>): number[] {
  return rows.map((r) =>
    b.record(
      {
        no: r.no,
        rec: r.text,
        resp: r.response ? written[r.response] : null,
        why: r.why ?? null,
        actions: r.actions ? numbered(r.actions) : null,
        unit: r.unit ?? null,
        when: r.when?.[0] || null,
        fund: r.fund ?? null,
      },
      {
        rec_no: r.rec,
        ...(r.point ? { point: r.point } : {}),
        ...(r.response ? { response: r.response } : {}),
        ...(r.when?.[1] ? { due: r.when[1] } : {}),
        ...(r.actions ? { key_actions_in_cell: r.actions.length } : {}),
      },
    ),
  );
}
