/**
 * Issue 18: fixes are written in the sheet's language. The core tells a sheet's language from its headers and list
 * values; the suggestion of a finding on a list field (what the pane's Apply writes) is that language's label.
 */
import { describe, expect, it } from 'vitest';
import { KINDS, analyseWorkbook, type CellValue } from '../../templates/index.js';
import { sheetLanguage } from '../../templates/core/sheet-language.js';
import { kindById } from '../../templates/kinds.js';

const plan = kindById('action-plan')!.def;
const HEADERS = {
  en: ['Task', 'Area', 'Responsible org.', 'Start', 'Due', 'Status'],
  fr: ['Tâche', 'Domaine', 'Organisme(s) responsable(s)', 'Début', 'Échéance', 'Statut'],
  es: ['Tarea', 'Área', 'Organización responsable', 'Inicio', 'Fecha límite', 'Estado'],
};

function workplan(header: string[], rows: CellValue[][]) {
  const analysis = analyseWorkbook({ file: 'plan.xlsx', sheets: [{ name: 'Plan', rows: [header, ...rows] }] }, KINDS, {
    lang: 'en',
    asOf: '2026-01-01',
  });
  const sheet = analysis.sheets[0];
  return { lang: sheet.lang, findings: sheet.findings.filter((f) => f.field === 'area' || f.field === 'status') };
}

describe('the language of a sheet', () => {
  it('is told from its headers and typed values, and is undefined when nothing tells', () => {
    expect(sheetLanguage(plan, HEADERS.fr)).toBe('fr');
    expect(sheetLanguage(plan, HEADERS.es)).toBe('es');
    expect(sheetLanguage(plan, HEADERS.en)).toBe('en');
    expect(sheetLanguage(plan, ['En retard', 'Pas commencé'])).toBe('fr');
    expect(sheetLanguage(plan, ['2026', 'UNICEF'])).toBeUndefined();
  });

  it('a French sheet gets its fixes in French ("Prévention", not "Prevention")', () => {
    const { lang, findings } = workplan(HEADERS.fr, [
      ['Former les points focaux', 'Prevencion', 'UNICEF', null, null, 'terminé'],
    ]);
    expect(lang).toBe('fr');
    const area = findings.find((f) => f.field === 'area');
    expect(area?.suggestion).toBe('Prévention');
  });

  it('an English sheet keeps English fixes, a Spanish one Spanish', () => {
    const en = workplan(HEADERS.en, [['Train focal points', 'Prevencion', 'UNICEF', null, null, 'done']]);
    expect(en.lang).toBe('en');
    expect(en.findings.find((f) => f.field === 'area')?.suggestion).toBe('Prevention');
    const es = workplan(HEADERS.es, [
      // Written without its accent: another spelling (the English label in another case would be the value itself).
      ['Formar a los puntos focales', 'prevencion', 'UNICEF', null, null, 'Completado'],
    ]);
    expect(es.lang).toBe('es');
    expect(es.findings.find((f) => f.field === 'area')?.suggestion).toBe('Prevención');
  });
});
