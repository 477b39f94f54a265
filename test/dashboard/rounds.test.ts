/**
 * A monitoring round nobody has reported yet (Time 3 before its time) must not stand for the evaluation: the status
 * by responsible unit shows the last round someone reported, and the rate of an unreported round reads "not
 * reported", never 0%.
 */
import { describe, expect, it } from 'vitest';
import { matrixSections } from '../../pipeline/dashboard/sections-matrix.js';
import { translator } from '../../pipeline/dashboard/i18n.js';

const counts = (c: Record<string, number>) => ({ ...c, total: Object.values(c).reduce((a, b) => a + b, 0) });
const tables = (t3: Record<string, number>) => ({
  evaluations: {
    'EVAL-1': {
      acceptance: { Accept: 3, 'Partially accept': 0, 'Not accept': 0, total: 3 },
      status_by_round: {
        t2: {
          by_pillar: { '1': counts({ completed: 2, 'in progress': 1 }) },
          by_unit: { PSEAH: counts({ completed: 2, 'in progress': 1 }) },
        },
        t3: { by_pillar: { '1': counts(t3) }, by_unit: { PSEAH: counts(t3) } },
      },
      implementation_rate_by_round: { t2: 2 / 3, t3: t3.completed ? t3.completed / 3 : 0 },
    },
  },
});

const section = (t: unknown, id: string) => matrixSections(t, [], translator('en'), 'en').find((s) => s.id === id)!;

describe('status by responsible unit and the rate of an unreported round', () => {
  it('shows Time 2 when nobody has reported Time 3', () => {
    const units = section(tables({ blank: 3 }), 'status_by_unit');
    expect(units.title).toMatch(/\(T2\)$/);
    const [row] = units.tables[0].rows;
    expect(row.cells[0]).toBe('PSEAH');
    expect(row.cells.at(-1)).toBe(3);
    expect(row.cells).toContain(2);
    expect(section(tables({ blank: 3 }), 'status_by_pillar').note).toMatch(/T3 not reported/);
  });

  it('shows Time 3 once someone reports it', () => {
    const units = section(tables({ completed: 3 }), 'status_by_unit');
    expect(units.title).toMatch(/\(T3\)$/);
    expect(section(tables({ completed: 3 }), 'status_by_pillar').note).toMatch(/T3 100%/);
  });
});
