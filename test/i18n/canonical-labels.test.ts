/**
 * cell.value-normalised names the value a cell is read as in the reader's language: a Spanish task force reads
 * «Agreed» leído como «Aceptada», the word its dropdown offers, not the canonical English "Accept" (issue 18).
 * A value two lists label differently stays as given rather than guessing one.
 */
import { describe, expect, it } from 'vitest';
import { KINDS, renderRule } from '../../templates/index.js';
import { kindLabels } from '../../templates/core/labels.js';
import valueNormalised from '../../templates/core/rules/cell/value-normalised.js';
import type { TemplateKind } from '../../templates/core/kind.js';

const labels = kindLabels(KINDS);
const say = (lang: 'en' | 'fr' | 'es', canonical: string, with_ = labels) =>
  renderRule(valueNormalised, { value: 'Agreed', canonical }, lang, with_);

describe('the value a cell is read as, in the reader’s language', () => {
  it('shows a list value by its label in EN, FR and ES', () => {
    expect(say('es', 'Accept')).toBe('«Agreed» leído como «Aceptada».');
    expect(say('fr', 'Accept')).toBe('« Agreed » lu comme « Acceptée ».');
    expect(say('en', 'Accept')).toBe('"Agreed" read as "Accept".');
  });

  it('shows a value no list holds, or two lists label differently, as given', () => {
    expect(say('es', 'DDG-O')).toBe('«Agreed» leído como «DDG-O».');
    const clash = (label: string) =>
      ({
        def: {
          ...KINDS[0].def,
          enums: {
            x: { id: 'x', values: [{ value: 'Done', label: { en: label, fr: label, es: label }, aliases: [] }] },
          },
        },
      }) as unknown as TemplateKind;
    expect(say('es', 'Done', kindLabels([clash('Hecho'), clash('Terminado')]))).toBe('«Agreed» leído como «Done».');
    expect(say('es', 'Done', kindLabels([clash('Hecho'), clash('Hecho')]))).toBe('«Agreed» leído como «Hecho».');
  });
});
