/** Turns table records into typed matrix rows; what had to be read generously goes to the sheet's readings. */
import type { CellValue, SourceRef } from '../core/types.js';
import type { ParsedTable, TableRecord } from '../core/table.js';
import type { EnumReading } from '../core/read-enum.js';
import type { SheetReadings } from '../core/readings.js';
import { inferDayMonthOrder } from '../core/dates.js';
import { cellText, foldKey } from '../core/text.js';
import type { ResponseValue, StatusValue } from './values.js';
import type { MatrixSettings } from './settings.js';
import type { UnitDirectory, UnitMatch } from './units.js';
import { readResponse, readStatus, vocabularyOf, type StatusReading } from './vocabulary.js';
import { roundsOf, type Round, type RoundColumn } from './rounds.js';
import { readDue, type Due } from './key-actions/due.js';
import { parseRecNumber } from './numbering.js';

/** One code of a unit cell and what the unit list makes of it. */
export interface UnitToken {
  token: string;
  match: UnitMatch;
}

/** A row's status and comment in one monitoring round. */
export interface RoundCell {
  round: string;
  status?: StatusReading;
  comment: string;
  statusAt?: RoundColumn;
  commentAt?: RoundColumn;
}

export interface MatrixRow {
  source: SourceRef;
  record: TableRecord;
  /** As typed; recNo is undefined when it is blank or not a positive integer. */
  recText: string;
  recNo?: number;
  /** As typed; point is its lower-case letter (or number, with decimal numbering), '' for a recommendation row. */
  pointText: string;
  point: string;
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
  /** What followed the response in its cell ("Agree – <reason>"): a rationale. */
  responseReason: string;
  /** The enumerated cells as read, for the rules on values that are not in the list. */
  enums: { response?: EnumReading; rec_status?: StatusReading };
  rationale: string;
  /** The key-actions cell (one or a numbered list) and the one-key-action cell. */
  keyActions: string;
  keyAction: string;
  keyActionNo: string;
  due?: Due;
  /** The row's status and comment in each round of the table that has either. */
  rounds: RoundCell[];
  recStatus?: StatusValue;
  /**
   * Another key action of the recommendation (or point) of the row above: one row per key action, with the number
   * blank, merged down or repeated (the table's detail rows, and rows markKeyActionRows finds).
   */
  continues: boolean;
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

/** The raw text of a cell, line breaks kept (a response and its reason on two lines). */
function rawText(value: CellValue | undefined): string {
  return typeof value === 'string' ? value.trim() : cellText(value);
}

function roundCells(
  record: TableRecord,
  rounds: readonly Round[],
  read: (text: string, field: string) => StatusReading | undefined,
): RoundCell[] {
  const value = (at?: RoundColumn) => (at ? cellText(record.values[at.key]) : '');
  const cells: RoundCell[] = [];
  for (const round of rounds) {
    const statusText = value(round.status);
    const comment = value(round.comment);
    if (!statusText && !comment) continue;
    const cell: RoundCell = { round: round.key, comment };
    if (round.status) cell.statusAt = round.status;
    if (round.comment) cell.commentAt = round.comment;
    const status = round.status && read(statusText, round.status.field);
    if (status) cell.status = status;
    cells.push(cell);
  }
  return cells;
}

export interface RowContext {
  table: ParsedTable;
  settings: MatrixSettings;
  units: UnitDirectory;
  readings: SheetReadings;
}

export function toMatrixRows({ table, settings, units, readings }: RowContext): MatrixRow[] {
  const vocabulary = vocabularyOf(settings);
  const rounds = roundsOf(table, settings);
  const order = inferDayMonthOrder(table.records.map((r) => r.values.due ?? null));
  return table.records.map((record) => {
    const v = (field: string) => cellText(record.values[field]);
    const row = record.source.row;
    const numbered = parseRecNumber(v('rec_no'), v('point'), settings.numbering);
    const response = readResponse(vocabulary, rawText(record.values.response), { row, field: 'response' }, readings);
    const status = (text: string, field: string) => readStatus(vocabulary, text, { row, field }, readings);
    const recStatus = status(v('rec_status'), 'rec_status');
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
    const due = readDue(record.values.due, order);
    if (due?.kind === 'date' && due.parsed)
      readings.dates.push({ row, field: 'due', text: due.text, date: due.parsed });
    const pillarText = v('pillar');
    return {
      source: record.source,
      record,
      recText: v('rec_no'),
      ...(numbered.recNo === undefined ? {} : { recNo: numbered.recNo }),
      pointText: v('point'),
      point: numbered.point,
      ...(pillarText ? { pillar: parsePillar(pillarText, settings) } : {}),
      pillarText,
      criterionLabel: v('criterion'),
      criterionRef: v('criterion_ref'),
      recommendation: v('recommendation'),
      linkedText: v('linked_recs'),
      responsibleText,
      supportText,
      units: unitCells,
      ...(response?.value === undefined ? {} : { response: response.value }),
      responseText: v('response'),
      responseReason: response?.reason ?? '',
      enums: { ...(response ? { response } : {}), ...(recStatus ? { rec_status: recStatus } : {}) },
      rationale: v('response_rationale'),
      keyActions: rawText(record.values.key_actions),
      keyAction: rawText(record.values.key_action),
      keyActionNo: v('key_action_no'),
      ...(due ? { due } : {}),
      rounds: roundCells(record, rounds, status),
      ...(recStatus?.value === undefined ? {} : { recStatus: recStatus.value }),
      continues: record.detail === true,
    };
  });
}
