import { describe, expect, it } from 'vitest';
import type { SheetGrid } from '../../templates/index.js';
import {
  HEADER,
  IOM_PROFILE,
  declaredTable,
  grid,
  matrixRow,
  findingsOf as findings,
  only,
  rules,
} from '../helpers.js';

/** These rules are checked against an evaluation's own settings: the 2023 IOM one (pillar ranges, criteria, units). */
const findingsOf = (sheets: SheetGrid[]) => findings(sheets, undefined, { profile: IOM_PROFILE });

/** A small clean matrix: recs 1–3 in pillar 1, each with its own reference. */
function clean(): (string | number | null)[][] {
  return [
    HEADER,
    matrixRow({ 'Rec #': 1, 'Evaluation ref.': '2.1', 'Evaluation criterion': 'Internal coherence' }),
    matrixRow({
      'Rec #': 2,
      'Evaluation ref.': '5.1',
      'Evaluation criterion': 'Efficiency',
      'Linked recommendations': '3',
    }),
    matrixRow({
      'Rec #': 3,
      'Evaluation ref.': '5.2',
      'Evaluation criterion': 'Efficiency',
      'Linked recommendations': '#2',
    }),
  ];
}

function withRow(index: number, overrides: Record<string, string | number | null>) {
  const rows = clean();
  rows[index] = matrixRow({ ...Object.fromEntries(HEADER.map((h, i) => [h, rows[index][i]])), ...overrides });
  return findingsOf([grid(rows)]);
}

describe('a clean matrix', () => {
  it('has no errors or warnings', () => {
    const findings = findingsOf([grid(clean())]);
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('rule 1: columns', () => {
  it('reports a missing required column with the header row', () => {
    const rows = clean().map((r) => r.filter((_, i) => HEADER[i] !== 'Management response'));
    const [missing] = only(findingsOf([grid(rows)]), 'layout.required-column');
    expect(missing).toMatchObject({ severity: 'error', field: 'response' });
    expect(missing.message).toContain('row 1');
  });
  it('reports an unknown column with a did-you-mean, and a repeated one', () => {
    const rows = clean().map((r, i) => [...r, i === 0 ? 'Managment respons' : 'x', i === 0 ? 'Pillar' : 1]);
    const findings = findingsOf([grid(rows)]);
    expect(only(findings, 'layout.unknown-column')[0]).toMatchObject({
      severity: 'warning',
      value: 'Managment respons',
      suggestion: 'response',
    });
    expect(only(findings, 'layout.duplicate-column')[0]).toMatchObject({ field: 'pillar' });
  });
});

describe('rule 2: numbering', () => {
  it('flags a number that is not a positive integer', () => {
    expect(only(withRow(2, { 'Rec #': 'two' }), 'management-response.rec-no-invalid')[0]).toMatchObject({
      cell: 'A3',
      value: 'two',
    });
    expect(only(withRow(2, { 'Rec #': -2 }), 'management-response.rec-no-invalid')).toHaveLength(1);
  });
  it('flags a repeated (rec_no, point) and names the first row', () => {
    const [dup] = only(withRow(2, { 'Rec #': 1, 'Evaluation ref.': '5.1' }), 'management-response.duplicate-key');
    expect(dup).toMatchObject({ severity: 'error', row: 3 });
    expect(dup.params.firstRow).toBe(2);
  });
  it('accepts one row per point with the number repeated, and warns on gaps', () => {
    const rows = clean();
    rows.push(
      matrixRow({ 'Rec #': 5, Point: 'a', 'Evaluation ref.': '5.3' }),
      matrixRow({ 'Rec #': 5, Point: 'b', 'Evaluation ref.': '5.3' }),
    );
    const findings = findingsOf([grid(rows)]);
    expect(only(findings, 'management-response.duplicate-key')).toEqual([]);
    expect(only(findings, 'management-response.numbering-gap')[0].params.missing).toBe('4');
  });
});

describe('rule 3: pillar ranges', () => {
  it('flags a pillar that disagrees with the number range', () => {
    const [f] = only(withRow(1, { Pillar: 'Pillar 2' }), 'management-response.pillar-range');
    expect(f).toMatchObject({ severity: 'error', cell: 'C2', suggestion: '1' });
  });
  it('accepts a pillar given by name and flags an unknown one', () => {
    expect(rules(withRow(1, { Pillar: 'Leadership and Organizational Culture' }))).not.toContain(
      'management-response.pillar-range',
    );
    expect(only(withRow(1, { Pillar: 9 }), 'management-response.pillar-unknown')).toHaveLength(1);
  });
  it('takes the pillar of a section row for the rows below it', () => {
    const rows = clean().map((r) => r.map((v, i) => (HEADER[i] === 'Pillar' ? null : v)));
    rows.splice(1, 0, ['Pillar 2: Institutional Accountability and Transparency']);
    const findings = findingsOf([grid(rows)]);
    expect(only(findings, 'management-response.pillar-range')).toHaveLength(3);
  });
});

describe('rule 4: criteria', () => {
  it('flags a label that disagrees with the first digit', () => {
    const [f] = only(
      withRow(3, { 'Evaluation criterion': 'Efficiency', 'Evaluation ref.': '6.2' }),
      'management-response.criterion-label',
    );
    expect(f).toMatchObject({ severity: 'error', cell: 'D4', suggestion: 'Impact' });
  });
  it('accepts labels in French and Spanish and flags a reference used twice', () => {
    expect(rules(withRow(1, { 'Evaluation criterion': 'Cohérence interne' }))).not.toContain(
      'management-response.criterion-label',
    );
    expect(rules(withRow(1, { 'Evaluation criterion': 'Coherencia interna' }))).not.toContain(
      'management-response.criterion-label',
    );
    const [dup] = only(withRow(3, { 'Evaluation ref.': '5.1' }), 'management-response.criterion-ref-duplicate');
    expect(dup.params.recs).toBe('2, 3');
  });
  it('flags a malformed reference', () => {
    expect(only(withRow(1, { 'Evaluation ref.': '9' }), 'management-response.criterion-ref-invalid')).toHaveLength(1);
  });
});

describe('rule 5: responses', () => {
  it('normalises aliases with an info finding', () => {
    for (const alias of ['Agree', 'Accepté', 'Aceptada']) {
      const findings = withRow(1, { 'Management response': alias });
      expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
      if (alias !== 'Aceptada')
        expect(only(findings, 'cell.value-normalised')[0]).toMatchObject({
          value: alias,
          suggestion: 'Accept',
        });
    }
  });
  it('flags an unknown response with a did-you-mean', () => {
    expect(only(withRow(1, { 'Management response': 'Acept' }), 'management-response.response-value')[0]).toMatchObject(
      {
        severity: 'error',
        suggestion: 'Accept',
      },
    );
  });
  it('needs a rationale for Partially accept and Not accept, and key actions for Accept', () => {
    expect(
      only(withRow(1, { 'Management response': 'Partially agree' }), 'management-response.rationale-missing'),
    ).toHaveLength(1);
    expect(
      only(
        withRow(1, { 'Management response': 'Disagree', 'Key actions': null }),
        'management-response.rationale-missing',
      ),
    ).toHaveLength(1);
    expect(
      rules(withRow(1, { 'Management response': 'Disagree', Rationale: 'Outside mandate', 'Key actions': null })),
    ).not.toContain('management-response.key-actions-missing');
    expect(only(withRow(1, { 'Key actions': null }), 'management-response.key-actions-missing')[0]).toMatchObject({
      cell: 'L2',
    });
  });
});

describe('rule 6: point roll-up', () => {
  function pointRows(stated: string, a: string, b: string) {
    const rows = clean();
    rows.push(
      matrixRow({ 'Rec #': 4, 'Evaluation ref.': '5.3', 'Management response': stated, Rationale: 'see points' }),
      matrixRow({ 'Rec #': 4, Point: 'a', 'Evaluation ref.': null, 'Management response': a, Rationale: 'r' }),
      matrixRow({ 'Rec #': null, Point: 'b', 'Evaluation ref.': null, 'Management response': b, Rationale: 'r' }),
    );
    return findingsOf([grid(rows)]);
  }
  it('accepts a stated response that agrees with its points', () => {
    expect(rules(pointRows('Partially accept', 'Accept', 'Not accept'))).not.toContain(
      'management-response.rollup-mismatch',
    );
    expect(rules(pointRows('Accept', 'Accept', 'n/a'))).not.toContain('management-response.rollup-mismatch');
  });
  it('flags a stated response that disagrees with the roll-up', () => {
    const [f] = only(pointRows('Accept', 'Accept', 'Not accept'), 'management-response.rollup-mismatch');
    expect(f).toMatchObject({ severity: 'warning', row: 5, suggestion: 'Partially accept' });
  });
});

describe('rule 7: unit codes', () => {
  it('accepts known codes split on , ; and /', () => {
    expect(
      rules(withRow(1, { 'Responsible unit(s)': 'PSEAH', 'Support from': 'PSEAH; PSEAH / PSEAH and PSEAH' })),
    ).not.toContain('management-response.unit-unknown');
  });
  it('flags an unknown code with the closest one', () => {
    expect(only(withRow(1, { 'Responsible unit(s)': 'PSEA-H' }), 'management-response.unit-unknown')[0]).toMatchObject({
      value: 'PSEA-H',
      suggestion: 'PSEAH',
      cell: 'H2',
    });
  });
});

describe('rule 8: links', () => {
  it('flags a link to a missing recommendation and a one-way link', () => {
    expect(only(withRow(1, { 'Linked recommendations': '#99' }), 'management-response.link-missing')[0]).toMatchObject({
      severity: 'error',
    });
    const [oneWay] = only(withRow(3, { 'Linked recommendations': null }), 'management-response.link-one-way');
    expect(oneWay.params).toMatchObject({ rec: 2, target: 3 });
  });
});

describe('rule 9: statuses', () => {
  it('accepts a commented completion and flags a bare one', () => {
    expect(rules(withRow(1, { 'Status (Time 2)': 'completed', 'Comments (Time 2)': 'Done in Q4' }))).not.toContain(
      'management-response.status-comment-missing',
    );
    expect(
      only(withRow(1, { 'Status (Time 2)': 'Completed' }), 'management-response.status-comment-missing'),
    ).toHaveLength(1);
  });
  it('flags an unknown status, a Time 3 without Time 2, and a step back', () => {
    expect(only(withRow(1, { 'Status (Time 2)': 'complted' }), 'management-response.status-value')[0].suggestion).toBe(
      'completed',
    );
    expect(
      only(withRow(1, { 'Final status (Time 3)': 'open' }), 'management-response.status-t3-without-t2'),
    ).toHaveLength(1);
    expect(
      only(
        withRow(1, { 'Status (Time 2)': 'completed', 'Comments (Time 2)': 'ok', 'Final status (Time 3)': 'open' }),
        'management-response.status-step-back',
      ),
    ).toHaveLength(1);
  });
  it('lets a Not accept recommendation only be discarded or blank', () => {
    const base = { 'Management response': 'Not accept', Rationale: 'Outside mandate' };
    expect(
      rules(withRow(1, { ...base, 'Status (Time 2)': 'discarded', 'Comments (Time 2)': 'not accepted' })),
    ).not.toContain('management-response.status-not-accepted');
    expect(
      only(withRow(1, { ...base, 'Status (Time 2)': 'open' }), 'management-response.status-not-accepted')[0].suggestion,
    ).toBe('discarded');
  });
});

describe('rule 10: declared tables', () => {
  const declared = declaredTable;
  it('is silent when the declared counts match the rows', () => {
    expect(rules(findingsOf([grid(clean()), declared(3)]))).not.toContain('management-response.declared-table');
  });
  it('reports each difference', () => {
    const [f] = only(findingsOf([grid(clean()), declared(4)]), 'management-response.declared-table');
    expect(f).toMatchObject({ sheet: 'Table 1', row: 3, value: '4', suggestion: '3' });
  });
});

describe('the remaining checks, each both ways', () => {
  it('link text that is not a number', () => {
    expect(rules(withRow(1, { 'Linked recommendations': 'Rec 3' }))).not.toContain('management-response.link-invalid');
    expect(
      only(withRow(1, { 'Linked recommendations': '3, see annex' }), 'management-response.link-invalid')[0].value,
    ).toBe('see annex');
  });
  it('a point that is not a letter', () => {
    expect(rules(withRow(1, { Point: '(a)' }))).not.toContain('management-response.point-invalid');
    expect(only(withRow(1, { Point: 'a-b' }), 'management-response.point-invalid')).toHaveLength(1);
  });
  it('a number outside every pillar range', () => {
    expect(rules(withRow(1, { 'Rec #': 18 }))).not.toContain('management-response.pillar-out-of-range');
    expect(only(withRow(1, { 'Rec #': 99, Pillar: null }), 'management-response.pillar-out-of-range')).toHaveLength(1);
  });
  it('a criterion label that names no criterion', () => {
    expect(rules(withRow(1, { 'Evaluation criterion': 'INTERNAL COHERENCE' }))).not.toContain(
      'management-response.criterion-unknown',
    );
    expect(
      only(withRow(1, { 'Evaluation criterion': 'Internal coherense' }), 'management-response.criterion-unknown')[0]
        .suggestion,
    ).toBe('Internal coherence');
  });
  it('a recommendation without any response', () => {
    expect(only(withRow(1, { 'Management response': null }), 'management-response.response-missing')[0]).toMatchObject({
      severity: 'error',
      cell: 'J2',
    });
  });
  it('prose in a unit column is kept as text, with an info finding', () => {
    expect(rules(withRow(1, { 'Support from': 'PSEAH' }))).not.toContain('management-response.unit-free-text');
    expect(
      only(
        withRow(1, { 'Support from': 'PSEAH and relevant units as required' }),
        'management-response.unit-free-text',
      )[0],
    ).toMatchObject({ severity: 'info', value: 'relevant units as required' });
  });
  it('a workbook with no template sheet', () => {
    expect(rules(findingsOf([grid(clean())]))).not.toContain('layout.sheet-unclaimed');
    expect(
      only(
        findingsOf([
          grid([
            ['Name', 'Email'],
            ['A', 'b@c'],
          ]),
        ]),
        'layout.sheet-unclaimed',
      ),
    ).toHaveLength(1);
  });
});
