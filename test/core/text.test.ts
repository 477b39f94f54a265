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
