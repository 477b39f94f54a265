import type { Recommendation } from '../recommendations.js';
import type { MatrixSettings } from '../settings.js';
import type { KeyAction } from '../key-actions/records.js';
import type { TablePlace } from '../../core/rule.js';

/** A recommendation with what it was read under: plain data, so it can cross worker threads. */
export interface SettledRecommendation {
  rec: Recommendation;
  /** The settings of its sheet: declared, completed from the evaluation itself. */
  settings: MatrixSettings;
  /** The evaluation it belongs to: the declared id, else its file. */
  evaluation: string;
  /** Its sheet's monitoring rounds, in order (keys). */
  rounds: string[];
  keyActions: KeyAction[];
  /** Its sheet's table, to place workbook-level findings on its cells. */
  place: TablePlace;
  /** Its sheet has a status column: a key action past due there and not completed is overdue. */
  tracked: boolean;
}
