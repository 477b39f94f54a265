/** Turns table records into typed matrix rows; what had to be read generously goes to the sheet's readings. */
import type { SourceRef } from '../core/types.js';
import type { TableRecord } from '../core/table.js';
import { readEnum, type EnumReading } from '../core/read-enum.js';
import type { SheetReadings } from '../core/readings.js';
import { cellText, foldKey } from '../core/text.js';
import { RESPONSE, STATUS, type ResponseValue, type StatusValue } from './values.js';
import type { MatrixSettings } from './settings.js';
import type { UnitDirectory, UnitMatch } from './units.js';
import { parseRecNumber } from './rec-number.js';

/** One code of a unit cell and what the unit list makes of it. */
export interface UnitToken {
  token: string;
  match: UnitMatch;
}

export interface MatrixRow {
  source: SourceRef;
  record: TableRecord;
  /** As typed; recNo is undefined when it is blank or not a positive integer. */
  recText: string;
  recNo?: number;
  /**
   * As typed in the Point column; point is its lower-case letter, else the sub-recommendation the number cell gives
   * ("3.1" → 1, "2(a)" → a), or '' for a recommendation-level row.
   */
  pointText: string;
  point: string;
  /** A row of its own under its recommendation or point (one per key action, UNDP): not a point, not a copy. */
  detail: boolean;
  /** Pillar number as stated (column or section row). */
  pillar?: number;
  pillarText: string;
  criterionLabel: string;
  criterionRef: string;
  recommendation: string;
  linkedText: string;
  responsibleText: string;
  supportText: string;
  /** Each code of the unit cells; none when the row inherits its units from the row above. */
  units: { field: 'responsible_units' | 'support_units'; tokens: UnitToken[] }[];
  response?: ResponseValue;
  responseText: string;
  /** The enumerated cells as read, for the rules on values that are not in the list. */
  enums: { response?: EnumReading; status_t2?: EnumReading; status_t3?: EnumReading };
  rationale: string;
  keyActions: string;
  statusT2?: StatusValue;
  commentT2: string;
  statusT3?: StatusValue;
  commentT3: string;
}

/** The recommendation's number in a Rec # cell ("12", "Rec. 12", "R12", "12.a" → 12). */
export function parseRecNo(text: string): number | undefined {
  return parseRecNumber(text)?.rec;
}

/** "2", "Pillar 2", "Pilier 2 : …", or a pillar's name. */
export function parsePillar(text: string, settings: MatrixSettings): number | undefined {
  const match = /^(?:(?:pillar|pilier|pilar)\s*)?(\d+)\b/i.exec(text.trim());
  if (match) return Number(match[1]);
  const key = foldKey(text);
  return settings.pillars.find((p) => foldKey(p.name) === key)?.number;
}

function unitTokens(units: UnitDirectory, text: string): UnitToken[] {
  return units.tokens(text).map((token) => ({ token, match: units.lookup(token) }));
}

export function toMatrixRows(
  records: readonly TableRecord[],
  settings: MatrixSettings,
  units: UnitDirectory,
  readings: SheetReadings,
): MatrixRow[] {
  return records.map((record) => {
    const v = (field: string) => cellText(record.values[field]);
    const row = record.source.row;
    const recText = v('rec_no');
    const number = parseRecNumber(recText);
    const pointText = v('point');
    const letter = pointLetter({ pointText });
    const pillarText = v('pillar');
    const responseText = v('response');
    const enums = {
      response: readEnum<ResponseValue>(RESPONSE, responseText, { row, field: 'response' }, readings),
      status_t2: readEnum<StatusValue>(STATUS, v('status_t2'), { row, field: 'status_t2' }, readings),
      status_t3: readEnum<StatusValue>(STATUS, v('status_t3'), { row, field: 'status_t3' }, readings),
    };
    const responsibleText = v('responsible_units');
    const supportText = v('support_units');
    const inheritsUnits = record.inherited.includes('responsible_units');
    const unitCells = inheritsUnits
      ? []
      : [
          { field: 'responsible_units' as const, tokens: unitTokens(units, responsibleText) },
          { field: 'support_units' as const, tokens: unitTokens(units, supportText) },
        ];
    for (const cell of unitCells)
      for (const { token, match } of cell.tokens)
        if (match.kind === 'known' && !match.exact)
          readings.normalised.push({ row, field: cell.field, text: token, canonical: match.code });
    return {
      source: record.source,
      record,
      recText,
      recNo: number?.rec,
      pointText,
      point: /^[a-z]$/i.test(letter) ? letter.toLowerCase() : pointText ? '' : (number?.point ?? ''),
      detail: record.detail === true,
      pillar: pillarText ? parsePillar(pillarText, settings) : undefined,
      pillarText,
      criterionLabel: v('criterion'),
      criterionRef: v('criterion_ref'),
      recommendation: v('recommendation'),
      linkedText: v('linked_recs'),
      responsibleText,
      supportText,
      units: unitCells,
      response: enums.response?.value,
      responseText,
      rationale: v('response_rationale'),
      keyActions: v('key_actions'),
      statusT2: enums.status_t2?.value,
      commentT2: v('comment_t2'),
      statusT3: enums.status_t3?.value,
      commentT3: v('comment_t3'),
      enums,
    };
  });
}

/** The point as typed, without its brackets or final dot: "(a)", "a)" and "a." are the point a. */
export function pointLetter(row: Pick<MatrixRow, 'pointText'>): string {
  return row.pointText.replace(/[).]$/, '').replace(/^\(/, '');
}
