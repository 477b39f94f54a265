/**
 * How a management response is read, piece by piece: due dates as people write them, numbered key-action lists,
 * responses with their reasons and statuses with their flags in EN/FR/ES, round headers, the footnotes that break a
 * recommendation down, the criteria read from the labels, a workbook's acronym list and declared tables.
 */
import { describe, expect, it } from 'vitest';
import { readDue, contextYear, withYear } from '../../templates/management-response/key-actions/due.js';
import { splitActions } from '../../templates/management-response/key-actions/split.js';
import { readResponse, readStatus, vocabularyOf } from '../../templates/management-response/vocabulary.js';
import { DEFAULT_SETTINGS, mergeSettings } from '../../templates/management-response/settings.js';
import { roundKey } from '../../templates/management-response/rounds.js';
import { headerCandidates } from '../../templates/core/headers/matcher.js';
import { MATRIX } from '../../templates/management-response/fields.js';
import { readElementNotes } from '../../templates/management-response/evaluation/footnotes.js';
import { inferCriteria } from '../../templates/management-response/evaluation/infer-criteria.js';
import { maxAssignment } from '../../templates/management-response/evaluation/assignment.js';
import { readAcronyms } from '../../templates/management-response/evaluation/acronyms.js';
import { readDeclaredRanges } from '../../templates/management-response/evaluation/declared.js';
import { emptyReadings } from '../../templates/core/readings.js';
import { readSeedFacts } from '../corpus/management-response/generate/seed/facts.js';

const at = { row: 2, field: 'x' };

describe('due dates', () => {
  it.each([
    ['2027-03-31', '2027-03-31', 'day'],
    ['31/03/2027', '2027-03-31', 'day'],
    ['March 29, 2027', '2027-03-29', 'day'],
    ['2019/03', '2019-03-31', 'month'],
    ['03/2027', '2027-03-31', 'month'],
    ['Mar 2026', '2026-03-31', 'month'],
    ['Dec 2025', '2025-12-31', 'month'],
    ['End May 2021', '2021-05-31', 'month'],
    ['fin juin 2027', '2027-06-30', 'month'],
    ['diciembre de 2027', '2027-12-31', 'month'],
    ['Q1 2026', '2026-03-31', 'quarter'],
    ['T4 2026', '2026-12-31', 'quarter'],
    ['2027', '2027-12-31', 'year'],
  ])('%s is due %s (%s)', (written, iso, precision) => {
    expect(readDue(written)).toMatchObject({ kind: 'date', iso, precision });
  });

  it('reads Excel dates and serials, says when there is none, and never guesses an unreadable one', () => {
    expect(readDue(new Date(Date.UTC(2027, 1, 28)))).toMatchObject({ iso: '2027-02-28' });
    expect(readDue(46477)).toMatchObject({ kind: 'date', iso: '2027-03-31' });
    for (const none of ['No due date', 'TBD', 'Sin fecha', '—']) expect(readDue(none)?.kind, none).toBe('none');
    for (const bad of ['dès que possible', '31/04/2026', 'ASAP', 'Q5 2026', '14 Marchember'])
      expect(readDue(bad)?.kind, bad).toBe('invalid');
    expect(readDue(null)).toBeUndefined();
  });

  it('dates "By 15th April" in the year the sheet uses most, else the run date\'s, and says which', () => {
    const dues = ['Q1 2027', 'Dec 2027', '2026/05'].map((d) => readDue(d));
    expect(contextYear(dues, '2026-11-23')).toEqual({ year: 2027, from: 'sheet' });
    expect(contextYear([], '2026-11-23')).toEqual({ year: 2026, from: 'as-of' });
    const due = readDue('By 15th April')!;
    expect(due).toMatchObject({ kind: 'date', iso: '' });
    expect(withYear(due, { year: 2027, from: 'sheet' })).toMatchObject({
      iso: '2027-04-15',
      assumed: { year: 2027, from: 'sheet' },
    });
  });
});

describe('numbered key actions inside one cell', () => {
  it('splits "1. …; 2. …", one per line and "1.1 … 1.2 …", but never a number inside a sentence', () => {
    expect(splitActions('1. Adopt the form; 2. Report within 30 days')).toEqual([
      { written: '1.', text: 'Adopt the form' },
      { written: '2.', text: 'Report within 30 days' },
    ]);
    expect(splitActions('1 Train\n2 Track').map((a) => a.text)).toEqual(['Train', 'Track']);
    expect(splitActions('2.1 Screen partners 2.2 Agree plans').map((a) => a.written)).toEqual(['2.1', '2.2']);
    expect(splitActions('Develop materials in 2 phases with 3 partners')).toHaveLength(1);
    expect(splitActions('1. Develop materials in 2 phases; 2. Print')).toHaveLength(2);
    // A list starts at the cell's start: numbers after a lead-in never split it (the fast path's case).
    expect(splitActions(' Actions: 1. Train; 2. Track ')).toEqual([
      { written: '', text: 'Actions: 1. Train; 2. Track' },
    ]);
    expect(splitActions('\n 1. Train\n2. Track').map((a) => a.written)).toEqual(['1.', '2.']);
  });
});

describe('responses and statuses as offices write them', () => {
  const vocabulary = vocabularyOf(DEFAULT_SETTINGS);
  const response = (text: string) => readResponse(vocabulary, text, at, emptyReadings());
  const status = (text: string) => readStatus(vocabulary, text, at, emptyReadings());

  it.each([
    ['Accept', 'Accepted', 'Agree', 'Agreed', 'acceptée', 'aceptada', 'recommandation acceptée'],
    ['Partially accept', 'Partially agreed', 'Partially agree', 'partiellement acceptée', 'parcialmente aceptada'],
    ['Not accept', 'Not agreed', 'Disagree', 'Rejected', 'Reject', 'non acceptée', 'rejetée', 'no aceptada'],
  ])('%s', (...words) => {
    const value = words[0];
    for (const word of words) expect(response(word)?.value, word).toBe(value);
    expect(response('Se acepta la recomendación')?.value).toBe('Accept');
    expect(response('rechazada')?.value).toBe('Not accept');
  });

  it('keeps what follows the response as its reason', () => {
    expect(response('Agree – the field offices asked for standard terms')).toMatchObject({
      value: 'Accept',
      reason: 'the field offices asked for standard terms',
    });
    expect(response('Partially agree as assessments will start with partners')).toMatchObject({
      value: 'Partially accept',
      reason: 'assessments will start with partners',
    });
    expect(response('Partially accepted\nChecks will cover staff')).toMatchObject({
      reason: 'Checks will cover staff',
    });
    expect(response('recommandation rejetée car les messages existent')).toMatchObject({ value: 'Not accept' });
    expect(response('Se acepta parcialmente: la verificación')).toMatchObject({ value: 'Partially accept' });
  });

  it.each([
    ['not started', ['Not started', 'Not Initiated', 'non commencée', 'No iniciada', 'Pendiente']],
    ['in progress', ['open', 'Initiated', 'ongoing', 'On track', 'en cours', 'en curso', 'iniciada']],
    ['completed', ['completed', 'done', 'réalisée', 'achevée', 'completada', 'Implemented']],
    ['no longer applicable', ['discarded', 'No Longer Applicable', 'abandonnée', 'descartada']],
  ])('statuses read as %s', (value, words) => {
    for (const word of words) expect(status(word)?.value, word).toBe(value);
  });

  it('carries overdue as a flag, reads a status dated in its cell, and counts an unknown word as no class', () => {
    expect(status('Overdue-Initiated')).toMatchObject({ value: 'in progress', overdue: true });
    expect(status('Vencida - Iniciada')).toMatchObject({ value: 'in progress', overdue: true });
    expect(status('Overdue - Not Initiated')).toMatchObject({ value: 'not started', overdue: true });
    expect(status('February 06, 2026, Completed')).toMatchObject({ value: 'completed', overdue: false });
    const unknown = status('Initated');
    expect(unknown?.value).toBeUndefined();
    expect(unknown?.suggestion).toBe('in progress');
  });

  it('takes the words the settings add, as the evaluation\'s own (no "normalised" note)', () => {
    const own = vocabularyOf(
      mergeSettings(DEFAULT_SETTINGS, {
        statuses: [{ word: 'On hold', value: 'in progress' }],
        responses: [{ word: 'Agreed in principle', value: 'Partially accept' }],
      }),
    );
    const readings = emptyReadings();
    expect(readStatus(own, 'On hold', at, readings)?.value).toBe('in progress');
    expect(readResponse(own, 'Agreed in principle', at, readings)?.value).toBe('Partially accept');
    expect(readings.normalised).toEqual([]);
    expect(readStatus(vocabulary, 'On hold', at, emptyReadings())?.value).toBeUndefined();
  });
});

describe('monitoring round headers', () => {
  /** The field a header names and the round it gives (the header matcher, as the table reads it). */
  const named = (own: string, group?: string) => {
    const [best] = headerCandidates(MATRIX, group ? { group, own } : { own });
    return best && [best.field, best.param];
  };

  it('names Time N and dated rounds, and tells the status from the comment', () => {
    expect(named('Status – June 2025')).toEqual(['status_round', '2025-06']);
    expect(named('Update – December 2025')).toEqual(['comment_round', '2025-12']);
    expect(named('Status', 'Implementation status update – 31 December 2025')).toEqual(['status_round', '2025-12']);
    expect(named('Comments', 'Implementation status update – 31 December 2025')).toEqual(['comment_round', '2025-12']);
    expect(named('Status (Time 4)')).toEqual(['status_round', 't4']);
    expect(named('Statut – décembre 2025')).toEqual(['status_round', '2025-12']);
    expect(named('Status (Time 2)')).toEqual(['status_t2', undefined]); // the template's own field
    expect(named('Budget 2026')).toBeUndefined();
    expect(roundKey('Q3 2026')).toBe('2026-q3');
  });
});

describe('what the evaluation declares', () => {
  it('reads footnotes that break a recommendation down, in English, French and Spanish', () => {
    const seed = readSeedFacts().declared.footnote1;
    expect(readElementNotes(seed).map((n) => [n.rec, n.elements, n.byResponse])).toEqual([
      [29, 2, { Accept: 1, 'Not accept': 1 }],
      [60, 4, { 'Not accept': 2, 'Partially accept': 2 }],
    ]);
    for (const note of [
      '¹ La recommandation n° 4 comporte trois éléments : deux ont été acceptés et un a été partiellement accepté.',
      'La recomendación 4 tiene tres elementos: dos fueron aceptados y uno fue parcialmente aceptado.',
    ])
      expect(readElementNotes(note)[0].byResponse).toEqual({ Accept: 2, 'Partially accept': 1 });
    expect(readElementNotes('Recommendation 4 has been discussed at length.')).toEqual([]);
  });

  it("reads Table 2's reference ranges and Table 3's number ranges, with their totals", () => {
    const ranges = readDeclaredRanges({
      name: 'Tables',
      rows: [
        ['Table 2'],
        ['4', 'Effectiveness', '4.1 – 4.16', '16'],
        ['5', 'Efficiency', '5.1 – 5.15', 15],
        [null, null, 'TOTAL', 31],
        ['Table 3'],
        ['1', 'Leadership and Culture', '1 - 18', 18],
        ['2', 'Institutional Accountability', '19 - 33', 15],
        ['Evaluation plan', '2022-2026'],
      ],
    });
    expect(ranges.criteria.map((c) => [c.digit, c.name, c.from, c.to, c.count])).toEqual([
      [4, 'Effectiveness', 1, 16, 16],
      [5, 'Efficiency', 1, 15, 15],
    ]);
    expect(ranges.pillars.map((p) => [p.number, p.from, p.to, p.count])).toEqual([
      [1, 1, 18, 18],
      [2, 19, 33, 15],
    ]);
    expect(ranges.totals).toEqual([{ table: 'criteria', count: 31, sheet: 'Tables', row: 4 }]);
  });

  it('reads an acronym sheet under its title and header, in any language', () => {
    const units = readAcronyms([
      { name: 'Matrix', rows: [['HR', 'not an acronym sheet']] },
      {
        name: 'List of Acronyms',
        rows: [['List of Acronyms'], ['Acronym', 'Meaning'], ['CoM/HoO', 'Chief of Mission']],
      },
      {
        name: 'Siglas',
        rows: [
          ['Sigla', 'Significado'],
          ['RRHH', 'Recursos Humanos'],
          ['CoM/HoO', 'again'],
        ],
      },
    ]);
    expect(units).toEqual([
      { code: 'CoM/HoO', name: 'Chief of Mission' },
      { code: 'RRHH', name: 'Recursos Humanos' },
    ]);
  });
});

describe('criteria read from the labels', () => {
  it('gives each digit the label most of its rows agree on, one label per digit (the seed: 54 of 62 agree)', () => {
    const rows = readSeedFacts().recommendations.map((r) => ({ label: r.criterion_label, ref: r.criterion_ref }));
    const criteria = inferCriteria(rows);
    expect(criteria.map((c) => `${c.digit} ${c.name}`)).toEqual([
      '1 Relevance',
      '2 Internal Coherence',
      '3 External Coherence',
      '4 Effectiveness',
      '5 Efficiency',
      '6 Impact',
      '7 Sustainability',
    ]);
    const agreeing = rows.filter((r) => criteria.find((c) => c.digit === Number(r.ref[0]))?.name === r.label);
    expect(agreeing).toHaveLength(54);
  });

  it('finds the assignment of largest total weight, not the greedy one', () => {
    // Greedy takes row 0 → column 0 (5) and leaves row 1 with 0; the best gives 4 + 4.
    expect(
      maxAssignment([
        [5, 4],
        [4, 0],
      ]),
    ).toEqual([1, 0]);
    expect(maxAssignment([[1, 2, 3]])).toEqual([2]);
    expect(maxAssignment([[1], [2]])).toEqual([-1, 0]);
  });
});
