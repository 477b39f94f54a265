/** A clean workplan task, and the header it sits under: the seed's own column names. */
import type { CellValue } from '../../templates/index.js';
import { PLAN_HEADER } from '../fixtures/bad/xlsx-corpus.js';

export { PLAN_HEADER };

/** A clean task (UNFPA and IOM, Jan–Feb 2027, not started); override any column by header. */
export function task(overrides: Partial<Record<string, CellValue>> = {}): CellValue[] {
  const base: Record<string, CellValue> = {
    Task: 'Draft the workplan',
    Area: 'Management and coordination',
    'Responsible Org.': 'UNFPA; IOM',
    Start: '2027-01-10',
    Due: '2027-02-15',
    Status: 'Not started',
    Indicator: 'Draft shared',
    'Note/Next steps': null,
    ...overrides,
  };
  return PLAN_HEADER.map((h) => base[h] ?? null);
}
