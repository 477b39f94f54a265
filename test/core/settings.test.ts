/**
 * Settings resolved once per workbook, in order: defaults, profile, JSON, Settings sheet; one sheet parser for every
 * kind.
 */
import { describe, expect, it } from 'vitest';
import { KINDS, analyseWorkbook, type AnalyseOptions } from '../../templates/index.js';
import { resolveSettings } from '../../templates/core/settings.js';
import { MATRIX_SETTINGS } from '../../templates/management-response/settings.js';
import { INTER_AGENCY_SETTINGS as MAPPING_SETTINGS } from '../../templates/inter-agency/settings.js';
import { matrix, mapping, rec, settings } from '../rules/support.js';

const pillar = (name: string) => ({ pillars: [{ number: 1, name, from: 1, to: 62 }] });
const SPECS = [MATRIX_SETTINGS, MAPPING_SETTINGS];

describe('settings', () => {
  it('apply in order: defaults, then the profile, then JSON, then the Settings sheet', () => {
    const name = (options: Partial<AnalyseOptions>, sheets = [] as ReturnType<typeof settings>[]) =>
      resolveSettings(SPECS, options, sheets).get(MATRIX_SETTINGS).pillars[0]?.name;
    const profile = { name: 'p', settings: { 'management-response': pillar('From the profile') } };
    const json = { 'management-response': pillar('From JSON') };
    // Nothing organisation-specific by default: no pillar until an evaluation gives one.
    expect(name({})).toBeUndefined();
    expect(name({ profile })).toBe('From the profile');
    expect(name({ profile, settings: json })).toBe('From JSON');
    expect(name({ profile, settings: json }, [settings(['pillar', 1, 'From the sheet', 1, 62])])).toBe(
      'From the sheet',
    );
  });

  it("take a profile the Settings sheet names, under --settings JSON and the sheet's own rows", () => {
    const pillars = (options: Partial<AnalyseOptions>, ...rows: Parameters<typeof settings>) =>
      resolveSettings(SPECS, options, [settings(...rows)])
        .get(MATRIX_SETTINGS)
        .pillars.map((p) => p.name);
    expect(pillars({}, ['profile', 'iom-2023'])).toHaveLength(5);
    expect(pillars({}, ['profile', 'IOM-2023'], ['pillar', 1, 'From the sheet'])).toEqual(['From the sheet']);
    expect(pillars({ settings: { 'management-response': pillar('From JSON') } }, ['profile', 'iom-2023'])).toEqual([
      'From JSON',
    ]);
    const unknown = analyseWorkbook(
      { file: 'p.xlsx', sheets: [matrix(), settings(['profile', 'unicef-2019'])] },
      KINDS,
      { lang: 'en', asOf: '2026-11-23' },
    ).findings.filter((f) => f.rule === 'settings.value-invalid');
    expect(unknown.map((f) => f.params)).toEqual([{ value: 'unicef-2019', column: 'B', expected: 'iom-2023' }]);
  });

  it('read one Settings sheet for every kind: a matrix workbook may declare agencies, a mapping one units', () => {
    const sheet = settings(['unit', 'XYZ', 'Example unit'], ['agency', 'KWN', 'Kestria Women Network', 'NNGO']);
    const resolved = resolveSettings(SPECS, {}, [sheet]);
    expect(resolved.get(MATRIX_SETTINGS).units.map((u) => u.code)).toContain('XYZ');
    expect(resolved.get(MAPPING_SETTINGS).agencies.map((a) => a.acronym)).toContain('KWN');
    const both = analyseWorkbook(
      {
        file: 'both.xlsx',
        sheets: [
          matrix([rec(1, { 'Responsible unit(s)': 'XYZ', 'Support from': null })]),
          mapping([{ Agency: 'KWN' }]),
          sheet,
        ],
      },
      KINDS,
      { lang: 'fr', asOf: '2026-11-23' },
    );
    const all = [...both.findings, ...both.sheets.flatMap((s) => s.findings)];
    expect(all.filter((f) => f.rule.startsWith('settings.'))).toEqual([]);
    expect(
      all.filter((f) => f.rule === 'management-response.unit-unknown' || f.rule === 'mapping.agency-unknown'),
    ).toEqual([]);
  });

  it('report a bad row once, whatever the number of kinds in the workbook, in the user language', () => {
    const result = analyseWorkbook(
      { file: 'f.xlsx', sheets: [matrix(), mapping(), settings(['widget', 'x'])] },
      KINDS,
      { lang: 'fr', asOf: '2026-11-23' },
    );
    const rows = result.findings.filter((f) => f.rule.startsWith('settings.'));
    expect(rows).toHaveLength(1);
    expect(rows[0].message).toBe(
      'Ligne de paramètres ignorée : aucun modèle ne connaît le type « widget » (connus : pillar, criterion, unit, ' +
        'response, status, round, numbering, evaluation, agency, standards set, standard, status code, profile).',
    );
  });

  it('belong to their workbook: two workbooks analysed one after the other keep their own', () => {
    const row = rec(1, { 'Responsible unit(s)': 'XYZ', 'Support from': null });
    const withUnit = analyseWorkbook({ file: 'a.xlsx', sheets: [matrix([row]), settings(['unit', 'XYZ'])] }, KINDS, {
      lang: 'en',
      asOf: '2026-11-23',
    });
    const without = analyseWorkbook({ file: 'b.xlsx', sheets: [matrix([row]), settings(['unit', 'ABC'])] }, KINDS, {
      lang: 'en',
      asOf: '2026-11-23',
    });
    const unknown = (a: typeof withUnit) =>
      a.sheets[0].findings.filter((f) => f.rule === 'management-response.unit-unknown');
    expect(unknown(withUnit)).toEqual([]);
    expect(unknown(without)).toHaveLength(1);
  });
});
