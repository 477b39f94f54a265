import type { Reporter } from '../../core/report.js';
import type { ParsedTable } from '../../core/table.js';
import type { MatrixRow } from '../rows.js';
import type { Recommendation } from '../recommendations.js';
import type { MatrixSettings } from '../settings.js';
import type { UnitDirectory } from '../units.js';

/** Everything a matrix rule may look at for one sheet. Rules only read it and report. */
export interface MatrixContext {
  table: ParsedTable;
  rows: MatrixRow[];
  recs: Recommendation[];
  settings: MatrixSettings;
  units: UnitDirectory;
  report: Reporter;
}

export type MatrixRule = (ctx: MatrixContext) => void;
