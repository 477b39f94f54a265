import { describe, expect, it } from 'vitest';
import { locateHeader } from '../../templates/core/header.js';
import { parseTable } from '../../templates/core/table.js';
import { MATRIX } from '../../templates/management-response/fields.js';
import { HEADER, grid, matrixRow, analyse } from '../helpers.js';

const fieldsOf = (headers: string[]) => {
  const match = locateHeader(grid([headers]), MATRIX);
  return match ? headers.map((h, i) => match.columns.find((c) => c.index === i)?.field ?? null) : [];
};

describe('header aliases', () => {
  it('maps English, French and Spanish spellings, ignoring case and accents', () => {
    expect(fieldsOf(['Rec #', 'Recommendation', 'Management response'])).toEqual([
      'rec_no',
      'recommendation',
      'response',
    ]);
    expect(fieldsOf(['N°', 'Recommandation', 'Réponse de la direction', 'Unité(s) responsable(s)'])).toEqual([
      'rec_no',
      'recommendation',
      'response',
      'responsible_units',
    ]);
    expect(fieldsOf(['Recomendación n.º', 'Recomendación', 'Respuesta de la gerencia', 'Acciones clave'])).toEqual([
      'rec_no',
      'recommendation',
      'response',
      'key_actions',
    ]);
    expect(fieldsOf(['RECOMMENDATION #', 'recommendation', 'REPONSE DE LA DIRECTION'])).toEqual([
      'rec_no',
      'recommendation',
      'response',
    ]);
    expect(fieldsOf(['No.', 'Recommendation', 'Response', 'Statut T2', 'Estado final'])).toEqual([
      'rec_no',
      'recommendation',
      'response',
      'status_t2',
      'status_t3',
    ]);
  });
  it('does not claim a sheet with too few known columns', () => {
    expect(locateHeader(grid([['Name', 'Email', 'Recommendation']]), MATRIX)).toBeUndefined();
  });
});

describe('sheet layout as people make it', () => {
  it('finds the header below title rows', () => {
    const table = parseTable(
      grid([['Management response matrix'], [], ['Evaluation of 2023'], HEADER, matrixRow()]),
      MATRIX,
      'f.xlsx',
    )!;
    expect(table.header.rows).toEqual([3]);
    expect(table.records[0].source.row).toBe(5);
  });
  it('flattens a header split over two rows', () => {
    const top = [
      'Rec #',
      'Recommendation',
      'Management response',
      'Key actions',
      'Responsible unit(s)',
      'Time 2',
      null,
      'Time 3',
      null,
    ];
    const bottom = [null, null, null, null, null, 'Status', 'Comments', 'Status', 'Comments'];
    const merges = [
      { top: 0, left: 5, bottom: 0, right: 6 },
      { top: 0, left: 7, bottom: 0, right: 8 },
    ];
    const table = parseTable(
      {
        name: 'M',
        rows: [top, bottom, [1, 'Do x', 'Accept', 'Act', 'PSEAH', 'open', null, 'completed', 'Done']],
        merges,
      },
      MATRIX,
      'f.xlsx',
    )!;
    expect(table.header.rows).toEqual([0, 1]);
    expect(table.header.fieldColumns).toMatchObject({ status_t2: 5, comment_t2: 6, status_t3: 7, comment_t3: 8 });
    expect(table.records[0].values.status_t3).toBe('completed');
  });
  it('reads merged cells as their top-left value', () => {
    const rows = [
      HEADER,
      matrixRow({ 'Rec #': 4, Point: 'a' }),
      matrixRow({ 'Rec #': null, Point: 'b', Recommendation: null }),
    ];
    const table = parseTable(
      { name: 'M', rows, merges: [{ top: 1, left: 5, bottom: 2, right: 5 }] },
      MATRIX,
      'f.xlsx',
    )!;
    expect(table.records[1].values.recommendation).toBe('Clarify the unit role');
    expect(table.records[1].values.rec_no).toBe(4);
  });
  it('accounts for blank, section and note rows and never drops one silently', () => {
    const rows = [
      HEADER,
      ['Pillar 1: Leadership'],
      matrixRow(),
      [],
      matrixRow({ 'Rec #': 2, 'Evaluation ref.': '2.2' }),
      ['Source: management response of August 2023, compiled by the unit'],
      [],
      [],
    ];
    const result = analyse([grid(rows)]);
    const table = result.sheets[0].table;
    expect(table.accounting).toEqual({ read: 5, consolidated: 2, setAside: { section: 1, blank: 1, note: 1 } });
    expect(result.accounting.read).toBe(result.accounting.consolidated + 3);
    const note = result.sheets[0].findings.find((f) => f.rule === 'layout.row-set-aside');
    expect(note).toMatchObject({ row: 6, severity: 'info' });
  });
  it('sets aside a header repeated mid-table', () => {
    const table = parseTable(grid([HEADER, matrixRow(), HEADER, matrixRow({ 'Rec #': 2 })]), MATRIX, 'f.xlsx')!;
    expect(table.setAside).toEqual([expect.objectContaining({ row: 3, reason: 'repeated-header' })]);
    expect(table.records).toHaveLength(2);
  });
});

describe('messages in the user language', () => {
  it('renders the same finding in EN, FR and ES', () => {
    const rows = [HEADER, matrixRow({ 'Management response': 'Maybe' })];
    const [en, fr, es] = (['en', 'fr', 'es'] as const).map(
      (lang) => analyseLang(rows, lang).find((f) => f.rule === 'management-response.response-value')!.message,
    );
    expect(en).toContain('is not Accept');
    expect(fr).toContain('n’est ni Acceptée');
    expect(es).toContain('no es Aceptada');
  });
});

function analyseLang(rows: (string | number | null)[][], lang: 'en' | 'fr' | 'es') {
  return analyse([grid(rows)], 'f.xlsx', lang).sheets[0].findings;
}

describe('grids read from a window of the sheet', () => {
  it('place findings at the sheet cell, not the grid cell', () => {
    const rows = [HEADER, matrixRow({ 'Management response': 'Maybe' })];
    const result = analyse([{ name: 'M', rows, firstRow: 10, firstColumn: 3 }]);
    const f = result.sheets[0].findings.find((x) => x.rule === 'management-response.response-value')!;
    expect(f).toMatchObject({ row: 11, cell: 'L11' });
    const unknown = analyse([
      { name: 'M', rows: [[...HEADER, 'Notes'], matrixRow()], firstRow: 10 },
    ]).sheets[0].findings.find((x) => x.rule === 'layout.extra-column')!;
    expect(unknown.row).toBe(10);
  });
});

describe('derived columns written by the add-in', () => {
  it('are neither read nor reported as unknown', () => {
    const rows = [
      [...HEADER, 'psea › pillar_name'],
      [...matrixRow(), 'Leadership'],
    ];
    const result = analyse([grid(rows)]);
    expect(result.sheets[0].findings.filter((f) => /(unknown|extra)-column/.test(f.rule))).toEqual([]);
    expect(result.sheets[0].table.header.columns).toHaveLength(HEADER.length);
  });
});

describe('a column without a header', () => {
  const header = [...HEADER.slice(0, 4), null, ...HEADER.slice(4)];
  const row = (note: string | null) => {
    const r = matrixRow({ 'Rec #': 1 });
    return [...r.slice(0, 4), note, ...r.slice(4)];
  };
  it('keeps its values with their record, under the column letter', () => {
    const table = parseTable(grid([header as string[], row('secret note')]), MATRIX, 'f.xlsx')!;
    expect(table.records[0].extra?.['column E']).toBe('secret note');
    expect(table.unnamed).toEqual([{ column: 'E', index: 4, row: 2, count: 1 }]);
  });
  it('keeps nothing when the column is empty', () => {
    const table = parseTable(grid([header as string[], row(null)]), MATRIX, 'f.xlsx')!;
    expect(table.records[0].extra?.['column E']).toBeUndefined();
    expect(table.unnamed).toEqual([]);
  });
});
