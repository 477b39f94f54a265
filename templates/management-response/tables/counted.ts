/**
 * What the tables read of each recommendation, worked out once from its rows: the keys it is counted under and its
 * statuses. The tables are sums over these (recommendations.ts, key-actions.ts), so a batch keeps these instead of
 * the rows (batch-state.ts): a few numbers and codes per recommendation, and the text of overdue key actions only.
 */
import type { CellValue } from '../../core/types.js';
import type { MatrixSettings } from '../settings.js';
import type { ResponseValue } from '../values.js';
import { criterionByDigit } from '../criteria.js';
import { UnitDirectory } from '../units.js';
import { daysOverdue, type KeyAction } from '../key-actions/records.js';
import type { SettledRecommendation } from './settled.js';
import type { Counted } from './status-counts.js';
import type { KeyName } from '../../core/settings-names.js';
import { pillarOf, recommendationStatus } from './recommendations.js';

const NO_REFERENCE = '(no reference)';
const NO_PILLAR = '(no pillar)';

export interface CountedRecommendation {
  evaluation: string;
  /** The response that counts (points rolled up). */
  response?: ResponseValue;
  /** What acceptance by point counts: each answered point's response, else the recommendation's. */
  byPoint: (ResponseValue | undefined)[];
  criterion: string;
  pillar: string;
  /** What its criterion and pillar keys stand for, where the settings name them (shown in the output language). */
  criterionName?: KeyName;
  pillarName?: KeyName;
  /** Codes of its responsible units, each once. */
  units: string[];
  /** Its sheet's rounds, in order, and its status in each. */
  rounds: string[];
  statuses: Counted[];
  keyActions: CountedKeyAction[];
}

export interface CountedKeyAction {
  status: Counted;
  units: string[];
  /** Its row of the overdue table, when it is overdue on the run's date. */
  overdue?: Record<string, CellValue>;
}

function unitCodes(text: string, directory: UnitDirectory): string[] {
  return [
    ...new Set(
      directory.tokens(text).map((token) => {
        const match = directory.lookup(token);
        return match.kind === 'known' ? match.code : token;
      }),
    ),
  ];
}

function statusOf(action: KeyAction): Counted {
  const cell = [...action.row.rounds].reverse().find((c) => c.status);
  if (cell?.status && !cell.status.value) return 'unknown';
  return action.status;
}

function countedAction(action: KeyAction, directory: UnitDirectory, tracked: boolean, asOf: string) {
  const status = statusOf(action);
  const counted: CountedKeyAction = { status, units: unitCodes(action.units, directory) };
  const days = tracked ? daysOverdue(action, asOf) : undefined;
  if (days !== undefined && action.due?.kind === 'date')
    counted.overdue = {
      rec_no: action.recNo,
      key_action_no: action.no,
      key_action: action.text,
      responsible_units: action.units,
      due: action.due.text,
      due_date: action.due.iso,
      status: status ?? null,
      days_overdue: days,
      source_file: action.source.file,
      source_sheet: action.source.sheet,
      source_row: action.source.row,
    };
  return counted;
}

/** Each recommendation as the tables count it on `asOf`; directories are rebuilt from settings, once each. */
export function countRecommendations(settled: readonly SettledRecommendation[], asOf: string): CountedRecommendation[] {
  const directories = new Map<MatrixSettings, UnitDirectory>();
  return settled.map(({ rec, settings, evaluation, rounds, keyActions, tracked }) => {
    let directory = directories.get(settings);
    if (!directory) directories.set(settings, (directory = new UnitDirectory(settings)));
    const answered = rec.points.filter((p) => p.response !== undefined && p.response !== 'n/a');
    const criterion = criterionByDigit(settings, rec.main.criterionRef);
    const digit = /^(\d)\.\d+$/.exec(rec.main.criterionRef.trim())?.[1];
    const pillar = pillarOf(rec, settings);
    const pillarName = settings.pillars.find((p) => p.number === pillar && p.name !== String(pillar));
    return {
      evaluation,
      ...(rec.response === undefined ? {} : { response: rec.response }),
      byPoint: answered.length ? answered.map((p) => p.response) : [rec.response],
      criterion: criterion?.name ?? digit ?? NO_REFERENCE,
      pillar: String(pillar ?? NO_PILLAR),
      ...(criterion ? { criterionName: criterion } : {}),
      ...(pillarName ? { pillarName } : {}),
      units: unitCodes(rec.main.responsibleText, directory),
      rounds: [...rounds],
      statuses: rounds.map((round) => recommendationStatus(rec, round, round === rounds[rounds.length - 1])),
      keyActions: keyActions.map((a) => countedAction(a, directory, tracked, asOf)),
    };
  });
}
