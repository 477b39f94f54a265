/** The rows whose statuses count for a recommendation: its points when they carry statuses, else its own row. */
import type { Recommendation } from './recommendations.js';
import type { MatrixRow } from './rows.js';

export function statusRows(rec: Recommendation): MatrixRow[] {
  return rec.points.some((p) => p.statusT2 || p.statusT3) ? rec.points : [rec.main];
}
