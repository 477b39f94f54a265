/**
 * Names from settings in the user's language (issue 18): a profile's pillars and criteria have names in EN/FR/ES, and a
 * Settings sheet may give names per language in columns such as "name (fr)"; a message quotes the name in its own
 * language when one is given, and the settings' own words otherwise (they are the user's data, not our English).
 */
import { describe, expect, it } from 'vitest';
import { KINDS, type CellValue, type Finding, type Lang, type SheetGrid } from '../../templates/index.js';
import { analyseWorkbook } from '../../templates/core/workbook.js';
import { nameColumns } from '../../templates/core/settings-names.js';
import { kindById } from '../../templates/kinds.js';
import { HEADER, IOM_PROFILE, matrixRow } from '../helpers.js';
import { book, matrix, rec } from '../rules/support.js';

/** Reference 7.1 labelled Efficiency: the criterion-label rule quotes what digit 7 means. */
const MISLABELLED = matrix([rec(1, { 'Evaluation ref.': '7.1', 'Evaluation criterion': 'Efficiency' })]);

function findings(sheets: SheetGrid[], lang: Lang, profile?: typeof IOM_PROFILE): Finding[] {
  const analysis = analyseWorkbook(book(sheets), KINDS, { lang, asOf: '2026-11-23', ...(profile ? { profile } : {}) });
  return [...analysis.sheets.flatMap((s) => s.findings), ...analysis.findings];
}
const message = (all: Finding[], rule: string) => all.find((f) => f.rule === rule)?.message ?? '';

describe('names from settings in the message’s language', () => {
  it('a profile’s criterion is quoted in English, French and Spanish', () => {
    const said = (lang: Lang) =>
      message(findings([MISLABELLED], lang, IOM_PROFILE), 'management-response.criterion-label');
    expect(said('en')).toMatch(/7 means Sustainability\.$/);
    expect(said('fr')).toMatch(/7 désigne Durabilité\.$/);
    expect(said('es')).toMatch(/7 significa Sostenibilidad\.$/);
  });

  it('a profile’s pillar is quoted in the message’s language', () => {
    const out = matrix([rec(1, { Pillar: 2 })]);
    const said = message(findings([out], 'es', IOM_PROFILE), 'management-response.pillar-range');
    expect(said).toContain('(Liderazgo y cultura organizacional)');
  });

  const header: CellValue[] = ['type', 'key', 'name', 'from', 'to', 'name (fr)', 'nombre (es)'];
  const withNames = (rows: CellValue[][]): SheetGrid => ({ name: 'Settings', rows: [header, ...rows] });
  const criteria = withNames([
    ['criterion', 2, 'Internal coherence', null, null, 'Cohérence interne', 'Coherencia interna'],
    ['criterion', 5, 'Efficiency', null, null, 'Efficience', 'Eficiencia'],
    ['criterion', 7, 'Sustainability', null, null, 'Durabilité'],
  ]);

  it('a Settings sheet’s "name (fr)" and "nombre (es)" columns name the criterion in those languages', () => {
    expect(message(findings([MISLABELLED, criteria], 'fr'), 'management-response.criterion-label')).toMatch(
      /désigne Durabilité\.$/,
    );
  });

  it('with no name in the message’s language, the settings’ own words are quoted, not ours', () => {
    expect(message(findings([MISLABELLED, criteria], 'es'), 'management-response.criterion-label')).toMatch(
      /significa Sustainability\.$/,
    );
    const plain = withNames([
      ['criterion', 5, 'Efficiency'],
      ['criterion', 7, 'Durabilidad (sic)'],
    ]);
    expect(message(findings([MISLABELLED, plain], 'es'), 'management-response.criterion-label')).toMatch(
      /significa Durabilidad \(sic\)\.$/,
    );
  });

  it('a label in one of the names given is the criterion, not a mismatch', () => {
    const french = matrix([rec(1, { 'Evaluation ref.': '7.1', 'Evaluation criterion': 'Durabilité' })]);
    const rules = findings([french, criteria], 'fr').map((f) => f.rule);
    expect(rules).not.toContain('management-response.criterion-label');
    expect(rules).not.toContain('management-response.criterion-unknown');
    expect(rules.filter((r) => r.startsWith('settings.'))).toEqual([]);
  });

  it('recognises a name column by a name word and a language word, in any of the three languages', () => {
    const columns = nameColumns(['type', 'key', 'name', 'Name (EN)', 'nom (espagnol)', 'nombre en francés', 'nom']);
    expect(Object.fromEntries(columns)).toEqual({ en: 3, es: 4, fr: 5 });
    expect(nameColumns(['type', 'clé', 'nom', 'de', 'à', 'explication']).size).toBe(0);
    expect(nameColumns(['type', 'key', 'name', 'from', 'to', 'language', 'fr']).size).toBe(0);
  });

  it('a fix on a French matrix writes the criterion’s French name; an English matrix keeps the English one', () => {
    const def = kindById('management-response')!.def;
    const english = Object.fromEntries(def.fields.map((f) => [f.label.en, f.label.fr]));
    const row = matrixRow({ 'Evaluation ref.': '7.1', 'Evaluation criterion': 'Efficience' });
    const french: SheetGrid = { name: 'Matrice', rows: [HEADER.map((h) => english[h] ?? h), row] };
    const fix = (sheet: SheetGrid) =>
      findings([sheet], 'en', IOM_PROFILE).find((f) => f.rule === 'management-response.criterion-label')?.suggestion;
    expect(fix(french)).toBe('Durabilité');
    expect(fix(MISLABELLED)).toBe('Sustainability');
  });
});
