import { describe, expect, it } from 'vitest';
import { grid, matrixRow, HEADER, analyse, only } from '../helpers.js';
import { KINDS, analyseWorkbook } from '../../templates/index.js';

describe('evaluation settings', () => {
  it('a Settings sheet overrides pillars and adds units', () => {
    const settings = grid(
      [
        ['type', 'key', 'name', 'from', 'to'],
        ['pillar', 1, 'Prevention', 1, 1],
        ['pillar', 2, 'Response', 2, 10],
        ['unit', 'XYZ', 'Example unit'],
        ['widget', 'x'],
      ],
      'Settings',
    );
    const rows = [HEADER, matrixRow({ 'Rec #': 2, Pillar: 2, 'Evaluation ref.': '2.2', 'Responsible unit(s)': 'XYZ' })];
    const result = analyse([grid(rows), settings]);
    const findings = [...result.sheets[0].findings, ...result.findings];
    expect(only(findings, 'management-response.pillar-range')).toEqual([]);
    expect(only(findings, 'management-response.unit-unknown').map((f) => f.value)).not.toContain('XYZ');
    expect(only(findings, 'settings.unknown-type')[0]).toMatchObject({ sheet: 'Settings', row: 5 });
    expect(result.sheets[0].records[0].derived.pillar_name).toBe('Response');
  });
  it('a JSON override is applied through the options', () => {
    const rows = [HEADER, matrixRow({ 'Rec #': 2, Pillar: 1, 'Evaluation ref.': '2.2' })];
    const base = analyseWorkbook({ file: 'f.xlsx', sheets: [grid(rows)] }, KINDS, { lang: 'en', asOf: '2026-01-01' });
    expect(only(base.sheets[0].findings, 'management-response.pillar-range')).toEqual([]);
    const moved = analyseWorkbook({ file: 'f.xlsx', sheets: [grid(rows)] }, KINDS, {
      lang: 'en',
      asOf: '2026-01-01',
      settings: {
        'management-response': {
          pillars: [
            { number: 1, name: 'A', from: 1, to: 1 },
            { number: 2, name: 'B', from: 2, to: 9 },
          ],
        },
      },
    });
    expect(only(moved.sheets[0].findings, 'management-response.pillar-range')).toHaveLength(1);
  });
});
