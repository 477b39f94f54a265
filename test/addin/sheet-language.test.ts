/**
 * Issue 18: in the pane, a French sheet's fixes and dropdowns are in French whatever Office's language: the fix a
 * finding offers and the list its column gets hold the same words.
 */
import { describe, expect, it } from 'vitest';
import { analyseGrids, fixOne } from '../../addin/src/compute.js';
import { dropdownTargets } from '../../addin/src/excel/dropdowns.js';
import { findList, listSource, listsLayout } from '../../addin/src/excel/lists.js';

const FRENCH_PLAN = {
  name: 'Plan',
  rows: [
    ['Tâche', 'Domaine', 'Organisme(s) responsable(s)', 'Début', 'Échéance', 'Statut'],
    ['Former les points focaux', 'Prevencion', 'UNICEF', null, null, 'Terminé'],
  ],
};

describe('a French sheet in an English pane', () => {
  const result = analyseGrids('plan.xlsx', [FRENCH_PLAN], { lang: 'en', asOf: '2026-01-01' });

  it('"Apply" writes Prévention, a word of the list its dropdown offers', () => {
    const finding = result.findings.find((f) => f.field === 'area' && f.suggestion)!;
    const [fix] = fixOne(finding);
    expect(fix.value).toBe('Prévention');
    const french = findList(listsLayout(), 'fr', 'action-plan', 'area')!;
    expect(french.values).toContain(fix.value);
    const targets = dropdownTargets(result.analysis, 'en', { Plan: 1 }, { Plan: 2 });
    expect(targets.map((t) => t.source)).toContain(listSource(french));
    expect(targets.map((t) => t.source)).not.toContain(
      listSource(findList(listsLayout(), 'en', 'action-plan', 'area')!),
    );
  });
});
