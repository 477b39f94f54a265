/**
 * Key actions as records, through the real analysis: one row per key action (UNDP's tracker), a numbered list in one
 * cell, a key action on the recommendation's row; their tables (by status, by unit, overdue, implementation rates);
 * dated rounds beyond two; evaluations kept apart unless they declare the same id.
 */
import { describe, expect, it } from 'vitest';
import { KINDS, analyseWorkbook, type CellValue, type SheetGrid } from '../../templates/index.js';
import { matrixKind } from '../../templates/management-response/kind.js';
import type { MatrixTables } from '../../templates/management-response/tables/index.js';
import { onlyEvaluation } from '../helpers.js';

const OPTIONS = { lang: 'en', asOf: '2026-11-23' } as const;
const sheet = (rows: CellValue[][], name = 'Tracker'): SheetGrid => ({ name, rows });

function consolidate(...books: { file: string; sheets: SheetGrid[] }[]) {
  const analyses = books.map((b) => analyseWorkbook(b, KINDS, OPTIONS));
  const sheets = analyses.flatMap((a) => a.sheets);
  const findings = analyses.flatMap((a) => [...a.sheets.flatMap((s) => s.findings), ...a.findings]);
  return { analyses, findings, tables: matrixKind.consolidate(sheets, OPTIONS).tables as MatrixTables };
}

const TRACKER = [
  ['Recommendation No.', 'Recommendation', 'Management Response', 'Key Action', 'Responsible', 'DueDate', 'Status'],
  ['1.', 'Appoint focal points', 'Agree', '1.1 Issue terms of reference', 'PMSU', '2026/07', 'Completed'],
  [null, null, null, '1.2 Confirm a focal point in each office', 'DRR', '2025/06', 'Initiated'],
  [null, null, null, '1.3 Review coverage', 'M&E, DRR', '2027/06', 'Not Initiated'],
  ['2.', 'Assess partners', 'Partially agree – new partners first', '2.1 Screen partners', 'PROC', 'Q3 2025', 'Done'],
  [null, null, null, '2.2 Agree plans', 'PROC', '2026/10', 'No Longer Applicable'],
  ['3.', 'Agree timelines', 'Disagree – set by the oversight office'],
];

describe('key actions from one row per key action', () => {
  const { findings, tables, analyses } = consolidate({ file: 'undp.xlsx', sheets: [sheet(TRACKER)] });
  const t = onlyEvaluation(tables);

  it('reads 3 recommendations, not 6, and 5 key actions each numbered rec.n', () => {
    expect(t.acceptance).toEqual({ Accept: 1, 'Partially accept': 1, 'Not accept': 1, total: 3 });
    const records = analyses[0].sheets[0].records;
    expect(records.map((r) => [r.values.rec_no, r.derived.key_action_row, r.derived.key_actions_count])).toEqual([
      [1, false, 1],
      [1, true, 1],
      [1, true, 1],
      [2, false, 1],
      [2, true, 1],
      [3, false, 0],
    ]);
    expect(findings.filter((f) => f.rule === 'management-response.duplicate-key')).toEqual([]);
  });

  it('counts key actions by their status, by unit, and lists the overdue one with its row', () => {
    expect(t.key_actions_by_status).toMatchObject({
      'not started': 1,
      'in progress': 1,
      completed: 2,
      'no longer applicable': 1,
      total: 5,
    });
    expect(t.key_actions_by_unit.DRR).toMatchObject({ 'in progress': 1, 'not started': 1, total: 2 });
    expect(t.key_actions_by_unit['M&E'].total).toBe(1);
    expect(t.overdue_key_actions).toEqual([
      expect.objectContaining({ rec_no: 1, key_action_no: '1.2', due_date: '2025-06-30', days_overdue: 511 }),
    ]);
    expect(t.overdue_key_actions[0]).toMatchObject({ source_file: 'undp.xlsx', source_row: 3 });
  });

  it('gives the implementation rate by key action and by recommendation', () => {
    // Key actions: 2 completed ÷ (5 − 1 no longer applicable); recommendations: #2 completed (2.2 dropped) of 3.
    expect(t.implementation_rate).toEqual({ key_actions: 0.5, recommendations: 0.3333 });
    expect(t.status_by_round.current.by_pillar['(no pillar)']).toMatchObject({
      'in progress': 1,
      completed: 1,
      blank: 1,
    });
  });

  it('keeps the reasons written after the responses as their rationale', () => {
    expect(findings.filter((f) => f.rule === 'management-response.rationale-missing')).toEqual([]);
  });
});

describe('key actions in one cell or on the recommendation row', () => {
  it("reads a numbered list as several key actions sharing the row's date and status", () => {
    const { tables } = consolidate({
      file: 'wfp.xlsx',
      sheets: [
        sheet([
          [
            'Rec #',
            'Recommendation',
            'Management response',
            'Key actions',
            'Responsible unit(s)',
            'Timeline',
            'Status',
          ],
          [1, 'Train staff', 'Accepted', '1. Run sessions\n2. Track completion', 'HR', 'Q1 2025', 'Ongoing'],
          [2, 'Fund PSEA', 'Accepted', 'Add a budget line', 'Finance', 'Mar 2027', 'Not started'],
        ]),
      ],
    });
    const t = onlyEvaluation(tables);
    expect(t.key_actions_by_status).toMatchObject({ 'in progress': 2, 'not started': 1, total: 3 });
    expect(t.overdue_key_actions.map((o) => [o.key_action_no, o.key_action, o.days_overdue])).toEqual([
      ['1.1', 'Run sessions', 602],
      ['1.2', 'Track completion', 602],
    ]);
  });
});

describe('monitoring rounds beyond two', () => {
  it('orders dated rounds, counts each, and checks consecutive ones', () => {
    const { tables, findings } = consolidate({
      file: 'unhcr.xlsx',
      sheets: [
        sheet([
          ['Rec.', 'Recommendation', 'Response', 'Responsible unit(s)', 'Status – June 2026', 'Status – June 2025'],
          [1, 'Train', 'Accepted', 'HR', 'Ongoing', 'Completed'],
          [2, 'Fund', 'Accepted', 'HR', 'Completed', 'Ongoing'],
        ]),
      ],
    });
    const t = onlyEvaluation(tables);
    expect(Object.keys(t.status_by_round)).toEqual(['2025-06', '2026-06']);
    expect(t.implementation_rate_by_round).toEqual({ '2025-06': 0.5, '2026-06': 0.5 });
    const back = findings.filter((f) => f.rule === 'management-response.status-step-back');
    expect(back.map((f) => [f.cell, f.params.previous, f.params.round])).toEqual([['E2', '2025-06', '2026-06']]);
    expect(findings.filter((f) => f.rule === 'layout.unknown-column')).toEqual([]);
  });
});

describe('evaluations kept apart', () => {
  const matrix = (pillar: string) =>
    sheet(
      [
        ['Rec #', 'Pillar', 'Recommendation', 'Management response', 'Responsible unit(s)', 'Key actions'],
        [1, pillar, 'Train', 'Accept', 'HR', 'Run sessions'],
      ],
      'Matrix',
    );
  const settings = (id: string) =>
    sheet(
      [
        ['type', 'key'],
        ['evaluation', id],
      ],
      'Settings',
    );

  it("by file: two evaluations' pillar 2 are never added together", () => {
    const { tables } = consolidate(
      { file: 'a.xlsx', sheets: [matrix('Pillar 2: Prevention')] },
      { file: 'b.xlsx', sheets: [matrix('Pillar 2: Response')] },
    );
    expect(Object.keys(tables.evaluations)).toEqual(['a.xlsx', 'b.xlsx']);
    expect(tables.evaluations['a.xlsx'].by_pillar).toEqual({ 2: 1 });
    expect(tables.evaluations['b.xlsx'].by_pillar).toEqual({ 2: 1 });
  });

  it("by a declared evaluation id: two offices' files of one evaluation are counted together", () => {
    const { tables, analyses } = consolidate(
      { file: 'a.xlsx', sheets: [matrix('2'), settings('EVAL-7')] },
      { file: 'b.xlsx', sheets: [matrix('2'), settings('EVAL-7')] },
    );
    expect(Object.keys(tables.evaluations)).toEqual(['EVAL-7']);
    expect(tables.evaluations['EVAL-7'].by_pillar).toEqual({ 2: 2 });
    expect(analyses[0].sheets[0].records[0].derived).toMatchObject({ evaluation: 'EVAL-7', pillar_name: null });
  });
});
