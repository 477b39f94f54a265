import { describe, expect, it } from 'vitest';
import { didYouMean, foldKey, columnLetter, levenshtein } from '../../templates/core/text.js';

describe('text helpers', () => {
  it('folds case, accents and punctuation', () => {
    expect(foldKey('Réponse de la Direction')).toBe('reponse de la direction');
    expect(foldKey('Recomendación n.º')).toBe(foldKey('recomendacion n o'));
    expect(foldKey('N°')).toBe('no');
  });
  it('suggests the nearest candidate within a third of the length', () => {
    expect(didYouMean('UNFAP', ['UNFPA', 'UNICEF', 'UNHCR'])).toBe('UNFPA');
    expect(didYouMean('Unicef', ['UNFPA', 'UNICEF'])).toBe('UNICEF');
    expect(didYouMean('Completely different', ['UNFPA', 'UNICEF'])).toBeUndefined();
  });
  it('computes edit distance and column letters', () => {
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(columnLetter(0)).toBe('A');
    expect(columnLetter(25)).toBe('Z');
    expect(columnLetter(27)).toBe('AB');
  });
});

describe('fast paths keep the slow paths’ results', () => {
  it('counts only the characters foldKey keeps', async () => {
    const { foldsLongerThan, cellText } = await import('../../templates/core/text.js');
    for (const text of [
      'Rec #',
      'Réponse de la Direction',
      '\u0010\u0011\u0003 ab',
      '-- -- --',
      'x'.repeat(90),
      'Statut T2 (mise en œuvre)',
    ]) {
      // Never rules out a text whose key could fit: "longer than" must be true of the folded key.
      for (const limit of [0, 3, 10, 40])
        if (foldsLongerThan(text, limit)) expect(foldKey(text).length, `${text} ${limit}`).toBeGreaterThan(limit);
      expect(foldsLongerThan(text, foldKey(text).length)).toBe(false);
    }
    expect(foldsLongerThan('a'.repeat(61), 60)).toBe(true);
    expect(cellText('  two  spaces\tand\ttabs ')).toBe('two spaces and tabs');
    expect(cellText(' plain prose ')).toBe('plain prose');
    expect(cellText('nbsp\u00a0here')).toBe('nbsp here');
  });
});

describe('row and date fast paths (issue 17) read as the plain ones', () => {
  it('tells a row by its first two distinct texts as distinctTexts would', async () => {
    const { distinctTexts, firstTexts } = await import('../../templates/core/table-rows.js');
    const day = new Date(Date.UTC(2025, 3, 19));
    const rows = [
      [],
      [null, '', '  '],
      ['Pillar 2: Prevention'],
      [null, 'Pillar 2', 'Pillar 2', null],
      [1, null, 1, 'Relevance', 'Long prose '.repeat(40)],
      [' a ', 'a', 'a\u00a0', 'b', 'a'],
      [day, '2025-04-19', 7],
      ['x', '  x  ', 'x'],
    ];
    for (const row of rows) expect(firstTexts(row), JSON.stringify(row)).toEqual(distinctTexts(row).slice(0, 2));
  });
  it('writes each day as toISOString does, and an invalid date as no value', async () => {
    const { isoDay } = await import('../../templates/core/text.js');
    for (const time of [0, Date.UTC(2030, 11, 31), Date.UTC(1899, 11, 30), Date.UTC(2025, 1, 28, 23, 59), -1])
      for (let twice = 0; twice < 2; twice++)
        expect(isoDay(new Date(time))).toBe(new Date(time).toISOString().slice(0, 10));
    expect(isoDay(new Date(Number.NaN))).toBe('');
  });
});
