/** Turns table records into typed matrix rows, reporting each value it had to read generously. */
import type { SourceRef } from '../core/types.js';
import type { TableRecord } from '../core/table.js';
import type { Reporter } from '../core/report.js';
import { readEnum, type EnumRules } from '../core/read-enum.js';
import { cellText, foldKey } from '../core/text.js';
import { RESPONSE, STATUS, type ResponseValue, type StatusValue } from './values.js';
import type { MatrixSettings } from './settings.js';

export interface MatrixRow {
  source: SourceRef;
  record: TableRecord;
  /** Undefined when the cell is blank or not a positive integer. */
  recNo?: number;
  /** Lower-case letter, or '' for a recommendation-level row. */
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
  response?: ResponseValue;
  responseText: string;
  rationale: string;
  keyActions: string;
  statusT2?: StatusValue;
  commentT2: string;
  statusT3?: StatusValue;
  commentT3: string;
}

export function parseRecNo(text: string): number | undefined {
  const match = /^(?:rec(?:ommendation)?\.?\s*)?#?\s*(\d+)(?:\.0+)?$/i.exec(text.trim());
  if (!match) return undefined;
  const n = Number(match[1]);
  return n > 0 ? n : undefined;
}

/** "2", "Pillar 2", "Pilier 2 : …", or a pillar's name. */
export function parsePillar(text: string, settings: MatrixSettings): number | undefined {
  const match = /^(?:(?:pillar|pilier|pilar)\s*)?(\d+)\b/i.exec(text.trim());
  if (match) return Number(match[1]);
  const key = foldKey(text);
  return settings.pillars.find((p) => foldKey(p.name) === key)?.number;
}

const RULES = (invalid: string): EnumRules => ({ invalid, normalised: 'management-response.value-normalised' });

export function toMatrixRows(records: readonly TableRecord[], settings: MatrixSettings, report: Reporter): MatrixRow[] {
  return records.map((record) => {
    const v = (field: string) => cellText(record.values[field]);
    const row = record.source.row;
    const recText = v('rec_no');
    const recNo = parseRecNo(recText);
    if (recText && recNo === undefined)
      report.error('management-response.rec-no-invalid', { row, field: 'rec_no', value: recText }, { value: recText });
    const pointText = v('point').replace(/[).]$/, '').replace(/^\(/, '');
    if (pointText && !/^[a-z]$/i.test(pointText))
      report.warning(
        'management-response.point-invalid',
        { row, field: 'point', value: v('point') },
        { value: v('point') },
      );
    const pillarText = v('pillar');
    const responseText = v('response');
    return {
      source: record.source,
      record,
      recNo,
      point: /^[a-z]$/i.test(pointText) ? pointText.toLowerCase() : '',
      pillar: pillarText ? parsePillar(pillarText, settings) : undefined,
      pillarText,
      criterionLabel: v('criterion'),
      criterionRef: v('criterion_ref'),
      recommendation: v('recommendation'),
      linkedText: v('linked_recs'),
      responsibleText: v('responsible_units'),
      supportText: v('support_units'),
      response: readEnum<ResponseValue>(
        RESPONSE,
        responseText,
        'response',
        row,
        report,
        RULES('management-response.response-value'),
      ),
      responseText,
      rationale: v('response_rationale'),
      keyActions: v('key_actions'),
      statusT2: readEnum<StatusValue>(
        STATUS,
        v('status_t2'),
        'status_t2',
        row,
        report,
        RULES('management-response.status-value'),
      ),
      commentT2: v('comment_t2'),
      statusT3: readEnum<StatusValue>(
        STATUS,
        v('status_t3'),
        'status_t3',
        row,
        report,
        RULES('management-response.status-value'),
      ),
      commentT3: v('comment_t3'),
    };
  });
}
