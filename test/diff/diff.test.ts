/** Round-to-round changes: the pure comparison, then two real rounds of the bundled example through the CLI. */
import { psea } from '../cli-run.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import {
  diffRecords,
  diffRounds,
  direction,
  DIFF_RULES,
  type DiffInputRecord,
  type RoundDiff,
} from '../../templates/core/diff.js';

const EXAMPLE = join(process.cwd(), 'examples/management-response/iom-pseah-2023.xlsx');

const rec = (row: number, values: DiffInputRecord['values']): DiffInputRecord => ({
  source: { file: 'a.xlsx', sheet: 'S', row },
  values,
});

describe('diffRecords (pure)', () => {
  it('matches records by key, ignoring case and spacing, and reports unchanged ones as such', () => {
    const before = [rec(2, { agency: 'UNICEF', standard: 'S1', status: 'In place' })];
    const after = [rec(9, { agency: ' unicef', standard: 's1 ', status: 'In place' })];
    const diff = diffRecords('mapping', before, after);
    // key spelling changed: same record, fields differ
    expect(diff.counts).toEqual({ new: 0, updated: 1, unchanged: 0, removed: 0 });
    expect(diff.changes[0].fields.sort()).toEqual(['agency', 'standard']);
    expect(diffRecords('mapping', before, before).counts.unchanged).toBe(1);
  });

  it('reports new, removed and the fields that changed', () => {
    const before = [
      rec(2, { task: 'Train', status: 'Not started', due: '2026-01-31' }),
      rec(3, { task: 'Hotline', status: 'Delayed' }),
    ];
    const after = [
      rec(2, { task: 'Train', status: 'Not started', due: new Date('2026-02-28') }),
      rec(4, { task: 'Posters', status: 'Completed' }),
    ];
    const diff = diffRecords('action-plan', before, after);
    expect(diff.counts).toEqual({ new: 1, updated: 1, unchanged: 0, removed: 1 });
    expect(diff.changes.find((c) => c.change === 'updated')!.fields).toEqual(['due']);
    expect(diff.changes.find((c) => c.change === 'removed')!.label).toBe('Hotline');
    expect(diff.transitions).toEqual([]);
  });

  it('gives status transitions a direction: forward, back, or none', () => {
    const rule = DIFF_RULES['management-response'];
    expect(direction(rule, 'open', 'completed')).toBe('forward');
    expect(direction(rule, 'completed', 'open')).toBe('back');
    expect(direction(rule, '', 'open')).toBe('forward');
    expect(direction(rule, 'open', 'discarded')).toBe('lateral');
    // The four classes; "open" from records written before them ranks as in progress.
    expect(direction(rule, 'not started', 'in progress')).toBe('forward');
    expect(direction(rule, 'open', 'in progress')).toBe('lateral');
    expect(direction(rule, 'completed', 'no longer applicable')).toBe('lateral');
    const diff = diffRecords(
      'management-response',
      [rec(7, { rec_no: 1, point: 'a', status_t2: 'open' }), rec(8, { rec_no: 1, point: 'b', status_t2: 'completed' })],
      [rec(7, { rec_no: 1, point: 'a', status_t2: 'completed' }), rec(8, { rec_no: 1, point: 'b', status_t2: 'open' })],
    );
    expect(diff.transitions.map((t) => [t.label, t.from, t.to, t.direction])).toEqual([
      ['1 · a', 'open', 'completed', 'forward'],
      ['1 · b', 'completed', 'open', 'back'],
    ]);
  });

  it('keeps records that share a key apart instead of dropping one', () => {
    const twice = [rec(2, { task: 'Train', status: 'Delayed' }), rec(3, { task: 'Train', status: 'Completed' })];
    const diff = diffRecords('action-plan', twice, [twice[0]]);
    expect(diff.counts).toEqual({ new: 0, updated: 0, unchanged: 1, removed: 1 });
    expect(diffRounds({ 'action-plan': twice }, {}).counts.removed).toBe(2);
  });
});

describe('two rounds of the bundled example', () => {
  let dir: string;
  let changes: RoundDiff;
  let stdout: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'psea-rounds-'));
    // Round 2: rec 3 open → completed, rec 1 completed → open, rec 4's actions reworded, rec 6 renumbered 99.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(EXAMPLE);
    const ws = wb.getWorksheet('MR matrix')!;
    const at = (row: number, col: number) => ws.getCell(row, col);
    expect([at(7, 1).value, at(9, 1).value, at(10, 1).value, at(12, 1).value]).toEqual([1, 3, 4, 6]);
    at(9, 12).value = 'Completed';
    at(7, 12).value = 'Open';
    at(10, 11).value = 'Reworded key actions for round two';
    at(12, 1).value = 99;
    await wb.xlsx.writeFile(join(dir, 'round2.xlsx'));
    await psea('consolidate', EXAMPLE, '--out', join(dir, 'r1'), '--report-only', '--quiet');
    await psea(
      'consolidate',
      join(dir, 'round2.xlsx'),
      '--out',
      join(dir, 'r2'),
      '--previous',
      join(dir, 'r1'),
      '--report-only',
      '--quiet',
    );
    changes = JSON.parse(await readFile(join(dir, 'r2', 'changes.json'), 'utf8'));
    stdout = (await psea('diff', join(dir, 'r1'), join(dir, 'r2'))).stdout;
  });

  it('finds exactly the edits made between the rounds', () => {
    expect(changes.counts).toEqual({ new: 1, updated: 3, unchanged: 71, removed: 1 });
    const updated = Object.fromEntries(
      changes.changes.filter((c) => c.change === 'updated').map((c) => [c.label, c.fields]),
    );
    expect(updated).toEqual({ '1': ['status_t2'], '3': ['status_t2'], '4': ['key_actions'] });
    expect(changes.changes.find((c) => c.change === 'new')!.label).toBe('99');
    expect(changes.changes.find((c) => c.change === 'removed')!.label).toBe('6');
    // The records hold the status classes: the example's "open" is in progress.
    expect(changes.transitions.map((t) => [t.label, t.from, t.to, t.direction]).sort()).toEqual([
      ['1', 'completed', 'in progress', 'back'],
      ['3', 'in progress', 'completed', 'forward'],
    ]);
  });

  it('prints the same through psea diff, and the dashboard shows the transitions', async () => {
    expect(stdout).toMatch(/^STATUS\s+management-response 3 status_t2: in progress → completed \(forward\)$/m);
    expect(stdout).toMatch(/^STATUS\s+management-response 1 status_t2: completed → in progress \(back\)$/m);
    expect(stdout).toMatch(/^REMOVED\s+management-response 6 \(/m);
    expect(stdout.trim().split('\n').at(-1)).toBe(
      'new 1, updated 3, unchanged 71, removed 1; status transitions 2 (forward 1, back 1)',
    );
    const html = await readFile(join(dir, 'r2', 'dashboard.html'), 'utf8');
    const data = JSON.parse(html.match(/<script type="application\/json" id="psea-data">(.*?)<\/script>/s)![1]);
    const section = data.sections.find((s: { id: string }) => s.id === 'transitions');
    expect(section.tables[0].rows.map((r: { cells: unknown[] }) => r.cells.slice(0, 4))).toEqual(
      expect.arrayContaining([
        ['3', 'status_t2', 'in progress', 'completed'],
        ['1', 'status_t2', 'completed', 'in progress'],
      ]),
    );
  });

  it('says in one line when the previous folder has no records', async () => {
    const result = await psea('diff', join(dir, 'nowhere'), join(dir, 'r2'));
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/nowhere\/records\.json: cannot read the records of that round/);
  });
});
