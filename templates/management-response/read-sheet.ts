/**
 * One matrix sheet read: its settings (declared, completed from the evaluation), its rows, recommendations and key
 * actions, the year of its dates without one, and everything its rules look at.
 */
import type { ParsedTable } from '../core/table.js';
import type { WorkbookContext } from '../core/kind.js';
import type { SheetReadings } from '../core/readings.js';
import { MATRIX_SETTINGS } from './settings.js';
import { UnitDirectory } from './units.js';
import { CriterionIndex } from './criteria.js';
import { linksByRec } from './links.js';
import { toMatrixRows } from './rows.js';
import { groupRecommendations } from './recommendations.js';
import { roundsOf } from './rounds.js';
import { evidenceOf, sheetSettings, withLabelCriteria } from './evaluation/effective.js';
import { contextYear, withYear } from './key-actions/due.js';
import { keyActionsOf, type KeyAction } from './key-actions/records.js';
import type { MatrixContext } from './rules/context.js';

export function readSheet(table: ParsedTable, workbook: WorkbookContext, readings: SheetReadings): MatrixContext {
  const declared = workbook.settings.get(MATRIX_SETTINGS);
  const evidence = evidenceOf(workbook.otherSheets);
  const base = sheetSettings(declared, evidence, table);
  const units = new UnitDirectory(base);
  const rows = toMatrixRows({ table, settings: base, units, readings });
  const year = contextYear(
    rows.map((r) => r.due),
    workbook.options.asOf,
  );
  for (const row of rows) if (row.due) row.due = withYear(row.due, year);
  const recs = groupRecommendations(rows);
  const settings = withLabelCriteria(
    base,
    recs.map((r) => ({ label: r.main.criterionLabel, ref: r.main.criterionRef })),
  );
  const criteriaInferred = !base.criteria.length && settings.criteria.length > 0;
  const keyActions = recs.flatMap(keyActionsOf);
  const actionsByRec = new Map<number, KeyAction[]>();
  for (const a of keyActions) (actionsByRec.get(a.recNo) ?? actionsByRec.set(a.recNo, []).get(a.recNo)!).push(a);
  return {
    table,
    rows,
    recs,
    settings,
    criteriaInferred,
    units,
    criteria: new CriterionIndex(settings, criteriaInferred),
    links: linksByRec(recs),
    rounds: roundsOf(table, settings),
    keyActions,
    actionsByRec,
    asOf: workbook.options.asOf,
  };
}
