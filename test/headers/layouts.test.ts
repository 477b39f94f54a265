/** Layouts as organisations make them, on small sheets: where the header is, section rows, header rows met below. */
import { describe, expect, it } from 'vitest';
import { parseTable } from '../../templates/core/table.js';
import { locateHeader } from '../../templates/core/header.js';
import { parseRecNumber } from '../../templates/management-response/rec-number.js';
import { MATRIX } from '../../templates/management-response/fields.js';
import type { CellValue, SheetGrid } from '../../templates/index.js';
import { analyse, findingsOf, grid, HEADER, matrixRow, only } from '../helpers.js';

const SHORT = ['Rec.', 'Recommendation', 'Response', 'Key actions', 'Responsible unit(s)'];
const short = (n: number | string, response = 'Accepted'): CellValue[] => [
  n,
  `Recommendation ${n}`,
  response,
  'Act',
  'EO',
];
const table = (rows: CellValue[][], extra: Partial<SheetGrid> = {}) =>
  parseTable({ name: 'M', rows, ...extra }, MATRIX, 'f.xlsx')!;
const roles = (t: ReturnType<typeof table>) =>
  [
    ...t.records.map((r) => [r.source.row, 'record'] as const),
    ...t.setAside.map((s) => [s.row, s.reason] as const),
  ].sort((a, b) => a[0] - b[0]);

describe('where the header is', () => {
  it('finds it as low as row 30, below a title block', () => {
    const rows: CellValue[][] = [
      ['Management response'],
      ...Array.from({ length: 24 }, (_, i) => [`Line ${i}`]),
      SHORT,
    ];
    rows.push(short(1));
    expect(locateHeader(grid(rows), MATRIX)?.rows).toEqual([25]);
  });

  it('reads a header over three rows, one phrase broken over them (WFP)', () => {
    const t = table([
      ['Evaluation', 'Evaluation Recommendations', 'Management response', 'Management -', 'Action'],
      ['recommendation', null, '(Accepted, partially', 'Action to be', 'Responsible'],
      ['no.', null, 'accepted or not accepted)', 'taken', 'CO unit'],
      ['Recommendation 1', 'Do it', 'Accepted', 'Act', 'Programme'],
    ]);
    expect(t.header.rows).toEqual([0, 1, 2]);
    expect(t.header.fieldColumns).toEqual({
      rec_no: 0,
      recommendation: 1,
      response: 2,
      key_actions: 3,
      responsible_units: 4,
    });
  });

  it('keeps a dated round’s sub-headers with their group label, not as a translated header (UNFPA)', () => {
    const top = [...SHORT, 'Update – 31 December 2025', 'Update – 31 December 2025'];
    const bottom = [null, null, null, null, null, 'Status', 'Comments'];
    const t = table([top, bottom, [...short(1), 'Ongoing', 'On track']]);
    expect(t.header.rows).toEqual([0, 1]);
    expect(t.setAside).toEqual([]);
    expect(t.records).toHaveLength(1);
  });
});

describe('section rows, in any form, never records', () => {
  it.each([
    ['Pillar 2: Leadership', 'Leadership', 2],
    ['Area 3 – Prevention', 'Prevention', 3],
    ['Outcome 1', '', 1],
    ['Axe 2 : Réponse', 'Réponse', 2],
    ['Pilar 4 – Coordinación', 'Coordinación', 4],
    ['Part B – Country offices', 'Country offices', undefined],
  ])('%s', (text, name, number) => {
    for (const row of [[text], [null, text]]) {
      const t = table([SHORT, row, short(1)]);
      expect(roles(t)).toEqual([
        [2, 'section'],
        [3, 'record'],
      ]);
      expect(t.records[0].section).toEqual({ text, name, ...(number === undefined ? {} : { number }) });
      expect(t.records[0].values.pillar).toBe(number === undefined ? undefined : String(number));
    }
  });

  it('a title merged across the table is a section; the same text with no record after it is a note', () => {
    const merged = { merges: [{ top: 1, left: 0, bottom: 1, right: 4 }] };
    const t = table([SHORT, ['Leadership and culture'], short(1)], merged);
    expect(roles(t)).toEqual([
      [2, 'section'],
      [3, 'record'],
    ]);
    expect(t.records[0].section?.name).toBe('Leadership and culture');
    const last = table([SHORT, short(1), ['Leadership and culture']], {
      merges: [{ top: 2, left: 0, bottom: 2, right: 4 }],
    });
    expect(roles(last)).toEqual([
      [2, 'record'],
      [3, 'note'],
    ]);
  });
});

describe('header rows below the header', () => {
  it('sets aside a translated header and a header repeated at a page break, whatever its unknown columns', () => {
    const top = [...SHORT, 'Status – June 2025'];
    const t = table([
      top,
      // The same fields in other words ("Key action" and "Status" are fields of their own since issue 13).
      ['No.', 'Recommendation', 'Management response', 'Actions', 'Responsible', 'Budget'],
      [...short(1), 'Open'],
      top,
      [...short(2), 'Open'],
    ]);
    expect(roles(t)).toEqual([
      [2, 'translated-header'],
      [3, 'record'],
      [4, 'repeated-header'],
      [5, 'record'],
    ]);
  });

  it('reads the records above a better header, under their own header, and switches at the second (UN-Habitat)', () => {
    const full = [
      'Rec.',
      'Recommendation',
      'Accepted / Partially accepted / Rejected',
      'Reasons',
      'Key actions',
      'Responsible unit(s)',
    ];
    const t = table([
      SHORT,
      short('Rec. 1'),
      short('Rec. 2'),
      [],
      full,
      ['Rec. 3', 'Three', 'Rejected', 'No mandate', null, null],
    ]);
    expect(t.headers.map((h) => h.rows)).toEqual([[0], [4]]);
    expect(roles(t)).toEqual([
      [2, 'record'],
      [3, 'record'],
      [4, 'blank'],
      [5, 'header'],
      [6, 'record'],
    ]);
    expect(t.records.map((r) => r.values.response)).toEqual(['Accepted', 'Accepted', 'Rejected']);
    expect(t.records[2].values.response_rationale).toBe('No mandate');
  });
});

describe('numbering as people write it', () => {
  it.each([
    ['1', 1, undefined],
    ['1.', 1, undefined],
    ['R1', 1, undefined],
    ['Rec. 3', 3, undefined],
    ['Recommendation 12', 12, undefined],
    ['N° 4', 4, undefined],
    ['#5', 5, undefined],
    ['12.0', 12, undefined],
    ['1.a', 1, 'a'],
    ['1(a)', 1, 'a'],
    ['2 (b)', 2, 'b'],
    ['3.1', 3, '1'],
  ])('%s → %s %s', (text, rec, point) =>
    expect(parseRecNumber(text)).toEqual(point === undefined ? { rec } : { rec, point }),
  );
  it.each(['two', '0', '1-3', '3.1.2', ''])('%s is no number', (text) => expect(parseRecNumber(text)).toBeUndefined());

  it('reads sub-recommendations under a text-only parent as the parent’s points (WFP), rolled up', () => {
    const rows = [
      SHORT,
      ['Recommendation 3', 'Map services', null, null, null],
      ['3.1', 'Update the mapping', 'Partially accepted', 'Act', 'EO'],
      ['3.2', 'Agree the pathway', 'Accepted', 'Act', 'EO'],
    ];
    const sheet = analyse([grid(rows)]).sheets[0];
    expect(sheet.records.map((r) => [r.values.rec_no, r.values.point])).toEqual([
      [3, null],
      [3, '1'],
      [3, '2'],
    ]);
    expect(sheet.records[0].derived.response_rollup).toBe('Partially accept');
  });
});

describe('one row per key action (UNDP)', () => {
  const rows = (second: CellValue[]) => [HEADER, matrixRow({ 'Key actions': '1.1 Brief staff' }), second];

  it('a row with only key-action cells under its recommendation is a detail row, not a note nor a copy', () => {
    const detail = HEADER.map((h) => ({ 'Key actions': '1.2 Train staff', 'Responsible unit(s)': 'HR' })[h] ?? null);
    const result = analyse([grid(rows(detail))]);
    const [sheet] = result.sheets;
    expect(sheet.table.records.map((r) => r.detail ?? false)).toEqual([false, true]);
    expect(sheet.records.map((r) => r.values.rec_no)).toEqual([1, 1]);
    const recs = (sheet.state as { recs: { rec: { details: unknown[]; points: unknown[] } }[] }).recs;
    expect(recs).toHaveLength(1);
    expect([recs[0].rec.details.length, recs[0].rec.points.length]).toEqual([1, 0]);
    expect(only(findingsOf([grid(rows(detail))]), 'management-response.duplicate-key')).toEqual([]);
  });

  it('the recommendation written again with another key action is a detail row; another reference, a copy', () => {
    const again = matrixRow({ 'Key actions': '1.2 Train staff', 'Responsible unit(s)': 'HR' });
    expect(only(findingsOf([grid(rows(again))]), 'management-response.duplicate-key')).toEqual([]);
    const copy = matrixRow({ 'Evaluation ref.': '2.9' });
    expect(only(findingsOf([grid(rows(copy))]), 'management-response.duplicate-key')).toHaveLength(1);
  });
});
