import { describe, expect, it, beforeAll } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { consolidate } from '../../pipeline/consolidate.js';
import { HEADER, matrixRow } from '../helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'psea-pool-'));
const files: string[] = [];
const options = { lang: 'en' as const, asOf: '2026-11-23' };

beforeAll(async () => {
  for (let i = 0; i < 12; i++) {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Matrix');
    sheet.addRow(HEADER);
    for (let r = 1; r <= 5 + i; r++) {
      sheet.addRow(
        matrixRow({
          'Rec #': r,
          'Evaluation ref.': `2.${r}`,
          'Responsible unit(s)': i % 3 ? 'PSEAH' : 'UNFAP',
          'Management response': i % 4 ? 'Accept' : 'Maybe',
        }),
      );
    }
    const path = join(dir, `m${String(i).padStart(2, '0')}.xlsx`);
    await workbook.xlsx.writeFile(path);
    files.push(path);
  }
  writeFileSync(join(dir, 'broken.xlsx'), 'not a zip');
  files.splice(5, 0, join(dir, 'broken.xlsx'), join(dir, 'missing.xlsx'));
  writeFileSync(join(dir, 'm.csv'), [HEADER, matrixRow()].map((r) => r.map((v) => v ?? '').join(',')).join('\n'));
  files.push(join(dir, 'm.csv'));
});

describe('parallel consolidation', () => {
  it('gives the same result on worker threads as on one thread, in input order', async () => {
    const single = await consolidate(files, options, { workers: 0 });
    const pooled = await consolidate(files, options, { workers: 2 });
    expect(single.findings.length).toBeGreaterThan(0);
    expect(single.unreadable).toHaveLength(2);
    expect(pooled.inputs.map((i) => i.path)).toEqual(files);
    expect(pooled.findings).toEqual(single.findings);
    expect(pooled.kinds).toEqual(single.kinds);
    expect(pooled.accounting).toEqual(single.accounting);
    expect(pooled.inputs).toEqual(single.inputs);
    expect(pooled.unreadable).toEqual(single.unreadable);
  });
});
