/** Issue 18: the pane's status lines agree with their numbers in each language ("1 cellule marquée", "2 cells"). */
import { describe, expect, it } from 'vitest';
import { t } from '../../addin/src/i18n.js';

describe('plurals in the pane', () => {
  it('English: one and other', () => {
    expect(t('en', 'annotated', { cells: 1, mode: 'note' })).toBe('1 cell marked (note).');
    expect(t('en', 'annotated', { cells: 3, mode: 'note' })).toBe('3 cells marked (note).');
    expect(t('en', 'validated', { rows: 1, error: 1, warning: 0, info: 2 })).toBe(
      '1 row read: 1 error, 0 warnings, 2 info.',
    );
  });

  it('French takes the singular for 0 and 1; Spanish for 1 alone', () => {
    expect(t('fr', 'annotated', { cells: 0, mode: 'note' })).toBe('0 cellule marquée (note).');
    expect(t('fr', 'dropdownsDone', { columns: 2 })).toBe('Listes déroulantes sur 2 colonnes.');
    expect(t('es', 'cleared', { cells: 0 })).toBe('0 marcas quitadas.');
    expect(t('es', 'cleared', { cells: 1 })).toBe('1 marca quitada.');
  });
});
