import { describe, expect, it } from 'vitest';
import { blockPlan, gridFromBlocks, BLOCK_ROWS } from '../../templates/core/blocks.js';
import { analyse, HEADER, matrixRow } from '../helpers.js';

describe('block reading plan', () => {
  it('reads the header window then ceil(rows / 5000) blocks', () => {
    expect(blockPlan(1, 20_000)).toHaveLength(Math.ceil(20_000 / BLOCK_ROWS) + 1);
    expect(blockPlan(1, 20_001)).toHaveLength(6);
    expect(blockPlan(3, 12)).toEqual([
      { first: 3, count: 12, purpose: 'header' },
      { first: 3, count: 12, purpose: 'rows' },
    ]);
    expect(blockPlan(1, 0)).toEqual([]);
  });

  it('joins blocks into the grid a single read would give', () => {
    const sheet = [
      ['Matrix of the 2024 evaluation'],
      HEADER,
      ...Array.from({ length: 23 }, (_, i) => matrixRow({ 'Rec #': i + 1, 'Evaluation ref.': `2.${i + 1}` })),
    ];
    const plan = blockPlan(1, sheet.length, 7);
    const grid = gridFromBlocks(
      'Matrix',
      plan,
      plan.map((b) => sheet.slice(b.first - 1, b.first - 1 + b.count)),
    );
    expect(grid.rows).toEqual(sheet);
    const whole = analyse([{ name: 'Matrix', rows: sheet }]);
    const blocked = analyse([grid]);
    expect(blocked.sheets[0].records).toHaveLength(23);
    expect(blocked).toEqual(whole);
  });
});
