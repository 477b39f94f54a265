/** Standards recognised however a network writes them, and the sets a mapping is checked against. */
import { describe, expect, it } from 'vitest';
import { StandardCatalogue } from '../../templates/inter-agency/standards/catalogue.js';
import { BUNDLED_SETS, withCustom } from '../../templates/inter-agency/standards/sets.js';
import { KINDS, analyseWorkbook } from '../../templates/index.js';
import type { MappingState } from '../../templates/mapping/pairs.js';
import { mapping, settings } from '../rules/support.js';
import { checklist } from '../rules/support-inter.js';
import { CORPUS } from './corpus-expected.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const catalogue = new StandardCatalogue(BUNDLED_SETS);
const read = (text: string, prefer: string[] = []) => {
  const m = catalogue.match(text, prefer);
  return m && [m.standard.id, m.how];
};

describe('standards recognised', () => {
  it('by id and by a set prefix and number, in EN/FR/ES', () => {
    for (const text of [
      'MOS-3',
      'MOS 3',
      'MOS3',
      'mos-psea 3',
      'Standard 3',
      'Norme 3',
      'Norma 3',
      'Estándar 3',
      'NMO 3',
      'SMO 3',
    ])
      expect(read(text)?.[0], text).toBe('MOS-3');
    expect(read('CS6')?.[0]).toBe('CS-6');
    expect(read('Cs1')?.[0]).toBe('CS-1');
    expect(read('Core standard 4')?.[0]).toBe('CS-4');
    expect(read('Norma básica 2: Gestión organizativa y sistemas de RR. HH.')?.[0]).toBe('CS-2');
    expect(read('Key action 2')?.[0]).toBe('KPA-2');
    expect(read('Acción clave 5')?.[0]).toBe('KPA-5');
    // A bare "Standard 3" is read in the set the context prefers (a partner assessment's core standards).
    expect(read('Standard 3', ['un-ip-psea-core'])?.[0]).toBe('CS-3');
  });

  it('by their official names and titles in English, French and Spanish (mos-psea.json)', () => {
    const mos = JSON.parse(readFileSync(join(CORPUS, 'mos-psea.json'), 'utf8')) as {
      standards: {
        id: string;
        short: { en: string };
        en: { text: string };
        fr: { text: string };
        es: { text: string };
      }[];
    };
    for (const s of mos.standards)
      for (const text of [s.short.en, s.en.text, s.fr.text, s.es.text]) expect(read(text)?.[0], text).toBe(s.id);
    for (const [text, id] of [
      ['Policy', 'MOS-1'],
      ['Cooperative arrangements', 'MOS-2'],
      ['Focal point', 'MOS-3'],
      ['Communication to the community', 'MOS-4'],
      ['Awareness', 'MOS-4'],
      ['Community-based complaints mechanism', 'MOS-5'],
      ['Recruitment and performance management', 'MOS-6'],
      ['Awareness-raising among personnel', 'MOS-7'],
      ['Internal complaints and investigation procedures', 'MOS-8'],
      ['Politique', 'MOS-1'],
      ['Mécanisme communautaire de plaintes', 'MOS-5'],
      ['Contratación y gestión del desempeño', 'MOS-6'],
      ['Organizational Policy', 'CS-1'],
    ])
      expect(read(text)?.[0], text).toBe(id);
  });

  it('by near spellings, said to be near, and not by words that name no standard', () => {
    expect(read('Staff awareness-raising')).toEqual(['MOS-7', 'near']);
    expect(read('Internal complaints & investigations')).toEqual(['MOS-8', 'near']);
    expect(read('Recruitment & performance management')).toEqual(['MOS-6', 'alias']);
    expect(read('Complaints mechanism (CBCM)')?.[0]).toBe('MOS-5');
    expect(read('Polcy')).toEqual(['MOS-1', 'near']);
    for (const text of [
      'MOS-9',
      'CS7',
      'Budget',
      'Policy on travel',
      'Outcome 3',
      '1.1',
      'Existing work and resources',
    ])
      expect(read(text), text).toBeUndefined();
    // A did-you-mean for a name typed wrong, never for a number.
    expect(catalogue.suggest('Cooperativ arangements')?.id).toBe('MOS-2');
    expect(catalogue.suggest('MOS-9')).toBeUndefined();
  });

  it('include a network’s own standards, in their own set', () => {
    const own = new StandardCatalogue(
      withCustom([{ id: 'NET-1', name: 'Safeguarding lead named', set: 'network-2026' }]),
    );
    expect(own.match('Safeguarding lead named')?.standard).toMatchObject({ id: 'NET-1', set: 'network-2026' });
    expect(own.set('network-2026')?.standards.map((s) => s.id)).toEqual(['NET-1']);
  });
});

describe('the sets a mapping is checked against', () => {
  const sets = (...sheets: Parameters<typeof analyseWorkbook>[0]['sheets']) =>
    analyseWorkbook({ file: 'a.xlsx', sheets }, KINDS, { lang: 'en', asOf: '2026-11-23' }).sheets.map((s) =>
      (s.state as MappingState).sets.map((set) => set.id),
    );

  it('are inferred from the standards the sheet uses', () => {
    expect(sets(checklist())).toEqual([['iasc-mos-psea']]);
    expect(sets(mapping([{}, { Standard: 'KPA-2', Area: 'Response' }]))).toEqual([
      ['iasc-mos-psea', 'seed-2020-key-actions'],
    ]);
  });

  it('or declared on a Settings sheet, with a network’s own standards', () => {
    const declared = settings(
      ['standards set', 'network-2026'],
      ['standard', 'NET-1', 'Safeguarding lead named', 'Management and coordination', 'network-2026'],
    );
    const analysis = analyseWorkbook({ file: 'a.xlsx', sheets: [mapping([{ Standard: 'NET-1' }]), declared] }, KINDS, {
      lang: 'en',
      asOf: '2026-11-23',
    });
    const state = analysis.sheets[0].state as MappingState;
    expect(state).toMatchObject({ declared: true, sets: [{ id: 'network-2026', standards: ['NET-1'] }] });
    expect(analysis.sheets[0].records[0].values.standard).toBe('NET-1');
  });

  it('or declared in --settings JSON, with the letter codes of a legend', () => {
    const rows = checklist([{ 'MOS 1': 'P', 'MOS 2': 'N' }]);
    const analysis = analyseWorkbook({ file: 'a.xlsx', sheets: [rows] }, KINDS, {
      lang: 'en',
      asOf: '2026-11-23',
      settings: {
        mapping: {
          standardSets: ['iasc-mos-psea'],
          statusCodes: [
            { code: 'P', status: 'In place' },
            { code: 'N', status: 'Not in place' },
          ],
        },
      },
    });
    const statuses = analysis.sheets[0].records.slice(0, 2).map((r) => r.values.status);
    expect(statuses).toEqual(['In place', 'Not in place']);
    expect(analysis.sheets[0].findings.filter((f) => f.rule === 'mapping.status-value')).toEqual([]);
  });
});
