/**
 * Issue 17's targets as ratios of one run's figures, each with what was measured, the limit and how far off it is.
 * A target whose inputs did not run (no pandas) is skipped, one whose runs failed is a failure, never a pass.
 */
import type { Measure } from './measure.js';

export interface Verdict {
  name: string;
  /** The figure compared with the limit, e.g. 2.4 (×) or 212 (MiB). */
  value: number | null;
  limit: number;
  /** 'at least' (faster than pandas), 'at most' (ratios to the floor, memory), 'within 20% of' (scaling). */
  sense: 'at least' | 'at most' | 'within 20% of';
  unit: string;
  status: 'met' | 'GAP' | 'skip' | 'FAIL';
  /** How far from the limit, in the value's unit ("0.31× short"). */
  detail: string;
}

export function verdict(
  name: string,
  value: number | null,
  limit: number,
  sense: Verdict['sense'],
  unit: string,
  runs: readonly (Measure | undefined)[],
): Verdict {
  const base = { name, value, limit, sense, unit };
  if (runs.some((r) => r && r.code !== 0)) return { ...base, status: 'FAIL', detail: 'a measured run failed' };
  if (value === null || runs.some((r) => !r)) return { ...base, status: 'skip', detail: 'not measured' };
  // Scaling: the distance to the nearer end of [0.8, 1.2] × limit.
  const [low, high] =
    sense === 'at least' ? [limit, Infinity] : sense === 'at most' ? [-Infinity, limit] : [limit * 0.8, limit * 1.2];
  const met = value >= low && value <= high;
  const gap = met ? Math.min(value - low, high - value) : value < low ? low - value : value - high;
  const round = (x: number) => (unit === 'MiB' ? Math.round(x) : Math.round(x * 100) / 100);
  return {
    ...base,
    value: round(value),
    status: met ? 'met' : 'GAP',
    detail: met ? `${round(gap)}${unit} to spare` : `${round(gap)}${unit} ${value < low ? 'short' : 'over'}`,
  };
}

export function verdictLine(v: Verdict): string {
  const figure = v.value === null ? '—' : `${v.value}${v.unit}`;
  const limit = `${v.sense} ${v.limit}${v.unit}`;
  return `  ${v.status.padEnd(4)}  ${v.name.padEnd(58)} ${figure.padStart(9)} (${limit}; ${v.detail})`;
}

const ratio = (a: number, b: number) => a / b;

export interface TargetInputs {
  batchConsolidate: Measure;
  batchValidate: Measure;
  batchFloor: Measure;
  batchPeer?: Measure;
  bigConsolidate: Measure;
  bigPeer?: Measure;
  scaling: { factor: number; files: number; consolidate: Measure; validate: Measure }[];
}

/** The targets of issue 17 (the scaling ones against the first, 1×, run). */
export function issueTargets(m: TargetInputs): Verdict[] {
  const { batchConsolidate: c, batchValidate: v, batchFloor: floor, batchPeer: peer } = m;
  const base = m.scaling[0];
  const largest = m.scaling[m.scaling.length - 1];
  return [
    verdict(
      `batch: consolidate faster than pandas read-only`,
      peer ? ratio(peer.wall, c.wall) : null,
      2,
      'at least',
      '×',
      [c, peer],
    ),
    verdict('batch: consolidate wall / floor', ratio(c.wall, floor.wall), 3, 'at most', '×', [c, floor]),
    verdict('batch: validate wall / floor', ratio(v.wall, floor.wall), 1.5, 'at most', '×', [v, floor]),
    verdict(
      'big sheet: consolidate faster than pandas read-only',
      m.bigPeer ? ratio(m.bigPeer.wall, m.bigConsolidate.wall) : null,
      2,
      'at least',
      '×',
      [m.bigConsolidate, m.bigPeer],
    ),
    verdict('big sheet: consolidate peak RSS', m.bigConsolidate.rssMiB, 300, 'at most', 'MiB', [m.bigConsolidate]),
    verdict(`${largest.files} files: consolidate peak RSS`, largest.consolidate.rssMiB, 300, 'at most', 'MiB', [
      largest.consolidate,
    ]),
    ...m.scaling
      .slice(1)
      .map((s) =>
        verdict(
          `${s.factor}× files: consolidate time / 1× time`,
          ratio(s.consolidate.wall, base.consolidate.wall),
          s.factor,
          'within 20% of',
          '×',
          [s.consolidate, base.consolidate],
        ),
      ),
  ];
}
