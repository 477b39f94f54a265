import { describe, expect, it } from 'vitest';
import { MAPPING_HEADER, mappingRow, sheet, findingsOf, consolidateMapping, only, OPTIONS } from './fixtures.js';
import { MAPPING_STANDARDS as STANDARDS } from '../../templates/inter-agency/standards/sets.js';
import { interAgencySettingsSchema as mappingSettingsSchema } from '../../templates/inter-agency/settings.js';

const one = (overrides: Parameters<typeof mappingRow>[0]) =>
  findingsOf([sheet([MAPPING_HEADER, mappingRow(overrides)])]);

describe('mapping rules, each both ways', () => {
  it('a clean row has no finding at all', () => {
    expect(one({})).toEqual([]);
  });

  it('agency: a typo gets a did-you-mean, another spelling is read as the acronym', () => {
    const typo = only(one({ Agency: 'UNFAP' }), 'mapping.agency-unknown');
    expect(typo).toHaveLength(1);
    expect(typo[0]).toMatchObject({ severity: 'warning', cell: 'A2', value: 'UNFAP', suggestion: 'UNFPA' });
    const unicef = only(one({ Agency: 'United Nations Children’s Fund' }), 'cell.value-normalised');
    expect(unicef[0]).toMatchObject({ severity: 'info', cell: 'A2', suggestion: 'UNICEF' });
    // Another case is the acronym itself (issue 18): nothing to report.
    expect(only(one({ Agency: 'Unicef' }), 'cell.value-normalised')).toEqual([]);
    expect(only(one({ Agency: 'United Nations Population Fund' }), 'cell.value-normalised')[0].suggestion).toBe(
      'UNFPA',
    );
    const far = only(one({ Agency: 'Kestria Women Network' }), 'mapping.agency-unknown');
    expect(far[0].suggestion).toBeUndefined();
    expect(far[0].params.nearest).toBe('—');
    expect(only(one({ Agency: 'UNICEF' }), 'mapping.agency-unknown')).toEqual([]);
  });

  it('agency list: extended by the settings override (validated) or by a Settings sheet', () => {
    const rows = [MAPPING_HEADER, mappingRow({ Agency: 'KWN', 'Agency type': 'NNGO' })];
    expect(only(findingsOf([sheet(rows)]), 'mapping.agency-unknown')).toHaveLength(1);
    const settings = { mapping: { agencies: [{ acronym: 'KWN', name: 'Kestria Women Network', type: 'NNGO' }] } };
    expect(only(findingsOf([sheet(rows)], 'a.xlsx', { ...OPTIONS, settings }), 'mapping.agency-unknown')).toEqual([]);
    const settingsSheet = sheet(
      [
        ['type', 'key', 'name', 'agency type'],
        ['agency', 'KWN', 'Kestria Women Network', 'NNGO'],
      ],
      'Settings',
    );
    expect(only(findingsOf([sheet(rows), settingsSheet]), 'mapping.agency-unknown')).toEqual([]);
    const badRow = sheet([['agency', 'KWN', 'Kestria Women Network', 'Charity']], 'Settings');
    expect(only(findingsOf([sheet(rows), badRow]), 'settings.value-invalid')[0].message).toMatch(
      /"Charity" in column D is not one of UN, INGO, NNGO, Government, Other/,
    );
    expect(mappingSettingsSchema.safeParse({ agencies: [{ name: 'no acronym' }] }).success).toBe(false);
    expect(mappingSettingsSchema.safeParse({ agences: [] }).success).toBe(false);
  });

  it('standard belongs to the stated area', () => {
    const wrong = only(one({ Area: 'Prevention' }), 'mapping.standard-area');
    expect(wrong[0]).toMatchObject({ severity: 'error', cell: 'C2', suggestion: 'Management and coordination' });
    expect(only(one({ Area: 'Gestion et coordination' }), 'mapping.standard-area')).toEqual([]);
    expect(only(one({ Standard: 'KPA-7', Area: 'Prevention' }), 'mapping.standard-area')).toEqual([]);
    expect(only(one({ Standard: 'Standard 12' }), 'mapping.standard-value')[0].severity).toBe('error');
  });

  it('status is an allowed value; aliases are read with an info finding', () => {
    expect(only(one({ Status: 'Maybe' }), 'mapping.status-value')[0]).toMatchObject({ severity: 'error', cell: 'E2' });
    const ongoing = only(
      one({ Status: 'ongoing', 'Planned action': 'Roll out', Timeline: '2027-03-31' }),
      'cell.value-normalised',
    );
    expect(ongoing[0]).toMatchObject({ value: 'ongoing', suggestion: 'In progress' });
    // A label in another case ("en cours" for "En cours") is the label itself (issue 18).
    expect(only(one({ Status: 'en cours', Gaps: 'x' }), 'cell.value-normalised')).toEqual([]);
    expect(only(one({ Status: 'En place' }), 'cell.value-normalised')).toEqual([]);
    expect(only(one({ Status: 'In place' }), 'mapping.status-value')).toEqual([]);
  });

  it('"Not in place" and "In progress" need a gap or a planned action', () => {
    expect(only(one({ Status: 'Not in place', Evidence: null }), 'mapping.gap-missing')[0]).toMatchObject({
      severity: 'error',
      cell: 'G2',
    });
    expect(only(one({ Status: 'In progress' }), 'mapping.gap-missing')).toHaveLength(1);
    expect(only(one({ Status: 'Not in place', Gaps: 'No policy yet' }), 'mapping.gap-missing')).toEqual([]);
    expect(
      only(one({ Status: 'In progress', 'Planned action': 'Adopt', Timeline: '30/06/2027' }), 'mapping.gap-missing'),
    ).toEqual([]);
    expect(only(one({ Status: 'Not applicable' }), 'mapping.gap-missing')).toEqual([]);
  });

  it('a planned action needs a timeline that is a real date', () => {
    expect(only(one({ 'Planned action': 'Adopt policy' }), 'mapping.timeline-missing')[0]).toMatchObject({
      severity: 'error',
      cell: 'J2',
    });
    for (const timeline of ['2027-03-31', '31/03/2027', 46477, new Date(Date.UTC(2027, 2, 31))]) {
      const findings = one({ 'Planned action': 'Adopt policy', Timeline: timeline });
      expect(only(findings, 'mapping.timeline-missing')).toEqual([]);
      expect(only(findings, 'mapping.timeline-invalid')).toEqual([]);
    }
    for (const timeline of ['Q3 2027', '31/02/2027', 'end of May']) {
      expect(
        only(one({ 'Planned action': 'Adopt policy', Timeline: timeline }), 'mapping.timeline-invalid')[0],
      ).toMatchObject({ severity: 'error', value: timeline });
    }
  });

  it('an ambiguous timeline is flagged unless another date of the sheet settles the order', () => {
    const alone = only(one({ 'Planned action': 'Adopt', Timeline: '03/04/2027' }), 'cell.date-ambiguous');
    expect(alone[0]).toMatchObject({ severity: 'warning', suggestion: '2027-04-03' });
    const settled = findingsOf([
      sheet([
        MAPPING_HEADER,
        mappingRow({ 'Planned action': 'Adopt', Timeline: '03/04/2027' }),
        mappingRow({ Standard: 'MOS-2', 'Planned action': 'Sign', Timeline: '04/25/2027' }),
      ]),
    ]);
    expect(only(settled, 'cell.date-ambiguous')).toEqual([]);
  });

  it('"In place" without evidence is a warning', () => {
    expect(only(one({ Evidence: null }), 'mapping.evidence-missing')[0]).toMatchObject({
      severity: 'warning',
      cell: 'K2',
    });
    expect(only(one({ Evidence: 'Memo 12' }), 'mapping.evidence-missing')).toEqual([]);
    expect(only(one({ Evidence: null, Status: 'Not applicable' }), 'mapping.evidence-missing')).toEqual([]);
  });

  it('a duplicate agency and standard within a file is an error, across sheets too', () => {
    const dup = findingsOf([sheet([MAPPING_HEADER, mappingRow(), mappingRow({ Standard: 'Policy' })])]);
    expect(only(dup, 'mapping.duplicate')[0]).toMatchObject({
      severity: 'error',
      row: 3,
      params: { agency: 'UNFPA', standard: 'MOS-1', firstRow: 2 },
    });
    const twoSheets = findingsOf([
      sheet([MAPPING_HEADER, mappingRow()]),
      sheet([MAPPING_HEADER, mappingRow({ Agency: 'unfpa' })], 'More'),
    ]);
    expect(only(twoSheets, 'mapping.duplicate')[0]).toMatchObject({ sheet: 'More', params: { firstSheet: 'Mapping' } });
    expect(
      only(findingsOf([sheet([MAPPING_HEADER, mappingRow(), mappingRow({ Standard: 'MOS-2' })])]), 'mapping.duplicate'),
    ).toEqual([]);
  });

  it('required and unknown columns are reported', () => {
    const noStatus = findingsOf([sheet([MAPPING_HEADER.map((h) => (h === 'Status' ? 'Colour' : h)), mappingRow()])]);
    const [missing] = only(noStatus, 'layout.required-column');
    expect(missing.params).toMatchObject({ kind: 'mapping', field: 'status' });
    expect(missing.message).toContain('"Status"');
    expect(only(noStatus, 'layout.extra-column')[0].params.header).toBe('Colour');
  });
});

describe('mapping rules across files', () => {
  const file = (name: string, rows: Parameters<typeof mappingRow>[0][]) => ({
    file: name,
    sheets: [sheet([MAPPING_HEADER, ...rows.map(mappingRow)])],
  });

  it('the same agency and standard with different statuses in two files is a conflict naming both', () => {
    const { findings } = consolidateMapping([
      file('a.xlsx', [{}]),
      file('b.xlsx', [{ Status: 'Not in place', Gaps: 'none', Evidence: null }]),
    ]);
    const conflict = only(findings, 'mapping.conflict');
    expect(conflict).toHaveLength(1);
    expect(conflict[0]).toMatchObject({
      severity: 'error',
      file: 'b.xlsx',
      row: 2,
      cell: 'E2',
      params: {
        file1: 'a.xlsx',
        value1: 'In place',
        file2: 'b.xlsx',
        value2: 'Not in place',
        agency: 'UNFPA',
        standard: 'MOS-1',
      },
    });
    expect(conflict[0].message).toContain('a.xlsx');
    expect(conflict[0].message).toContain('b.xlsx');
  });

  it('the same values in two files is a duplicate warning; different standards are neither', () => {
    const same = consolidateMapping([file('a.xlsx', [{}]), file('b.xlsx', [{}])]).findings;
    expect(only(same, 'mapping.duplicate-across-files')[0]).toMatchObject({
      severity: 'warning',
      params: { file1: 'a.xlsx', file2: 'b.xlsx' },
    });
    expect(only(same, 'mapping.conflict')).toEqual([]);
    const distinct = consolidateMapping([file('a.xlsx', [{}]), file('b.xlsx', [{ Standard: 'MOS-2' }])]).findings;
    expect([...only(distinct, 'mapping.conflict'), ...only(distinct, 'mapping.duplicate-across-files')]).toEqual([]);
  });

  it('completeness: an agency covers every standard of the sets its sheet uses; the warning lists the missing', () => {
    const partial = only(
      consolidateMapping([file('a.xlsx', [{}, { Standard: 'MOS-2' }])]).findings,
      'mapping.incomplete',
    );
    expect(partial).toHaveLength(1);
    // MOS standards only: the MOS-PSEA set is asked for, not the key actions.
    const missing = ['MOS-3', 'MOS-4', 'MOS-5', 'MOS-6', 'MOS-7', 'MOS-8'];
    expect(partial[0]).toMatchObject({
      severity: 'warning',
      params: { agency: 'UNFPA', count: 6, total: 8, sets: 'iasc-mos-psea', missing: missing.join(', ') },
    });
    const withKey = only(
      consolidateMapping([file('a.xlsx', [{}, { Standard: 'KPA-1', Area: 'Response' }])]).findings,
      'mapping.incomplete',
    );
    expect(withKey[0].params).toMatchObject({ count: 13, total: 15, sets: 'iasc-mos-psea, seed-2020-key-actions' });
    const full = STANDARDS.map((s) => ({ Standard: s.id, Area: s.area }));
    expect(only(consolidateMapping([file('a.xlsx', full)]).findings, 'mapping.incomplete')).toEqual([]);
  });
});
