/** Counting statuses: the four classes, words that are no status (never counted as a class), and blanks. */
import type { StatusValue } from '../values.js';

export interface StatusCounts {
  'not started': number;
  'in progress': number;
  completed: number;
  'no longer applicable': number;
  /** A word that is no status: reported, and counted here rather than as any class. */
  unknown: number;
  blank: number;
  total: number;
}

export type Counted = StatusValue | 'unknown' | undefined;

export const statusCounts = {
  empty: (): StatusCounts => ({
    'not started': 0,
    'in progress': 0,
    completed: 0,
    'no longer applicable': 0,
    unknown: 0,
    blank: 0,
    total: 0,
  }),
  count(counts: StatusCounts, status: Counted): void {
    counts.total++;
    counts[status ?? 'blank']++;
  },
  add(table: Record<string, StatusCounts>, key: string, status: Counted): void {
    statusCounts.count((table[key] ??= statusCounts.empty()), status);
  },
};

/** completed ÷ (all − no longer applicable), to 4 decimals; null when nothing is left to implement. */
export function rateOf(statuses: readonly Counted[]): number | null {
  const live = statuses.filter((s) => s !== 'no longer applicable').length;
  const completed = statuses.filter((s) => s === 'completed').length;
  return live > 0 ? Math.round((completed / live) * 10000) / 10000 : null;
}
