/**
 * A one-to-one assignment of rows to columns that maximises the total weight (Kuhn–Munkres, the Hungarian method,
 * on the negated weights). Used to give each reference digit one criterion label, so that the labels most rows
 * agree on win and the minority that disagrees is reported.
 */

/** For each row, the column it gets (or -1 when there are more rows than columns). */
export function maxAssignment(weights: readonly (readonly number[])[]): number[] {
  const rows = weights.length;
  const cols = Math.max(0, ...weights.map((w) => w.length));
  const n = Math.max(rows, cols);
  const max = Math.max(0, ...weights.flat());
  // Square cost matrix, 1-based as in the classic formulation; padding costs as much as the weakest pair.
  const cost = (i: number, j: number) => max - (weights[i - 1]?.[j - 1] ?? 0);
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(n + 1).fill(0);
  const match = new Array<number>(n + 1).fill(0);
  const way = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    match[0] = i;
    let j0 = 0;
    const minv = new Array<number>(n + 1).fill(Infinity);
    const used = new Array<boolean>(n + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = match[j0];
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue;
        const reduced = cost(i0, j) - u[i0] - v[j];
        if (reduced < minv[j]) {
          minv[j] = reduced;
          way[j] = j0;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) {
          u[match[j]] += delta;
          v[j] -= delta;
        } else minv[j] -= delta;
      }
      j0 = j1;
    } while (match[j0] !== 0);
    do {
      const j1 = way[j0];
      match[j0] = match[j1];
      j0 = j1;
    } while (j0);
  }
  const result = new Array<number>(rows).fill(-1);
  for (let j = 1; j <= n; j++) if (match[j] <= rows && j <= cols) result[match[j] - 1] = j - 1;
  return result;
}
