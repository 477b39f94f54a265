/** Timeframes as workplans write them: the seed's own strings, Gantt periods, section titles, names tiled. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readTimeline, timelineSpan } from '../../templates/action-plan/timeline.js';
import { periodOf, periodSpan } from '../../templates/action-plan/periods.js';
import { areaOfTitle } from '../../templates/inter-agency/areas.js';
import { orgDirectory, tileNames } from '../../templates/inter-agency/orgs.js';
import { DEFAULT_AGENCIES } from '../../templates/inter-agency/default-agencies.js';
import { legendEntry } from '../../templates/core/legend.js';
import { CORPUS } from './corpus-expected.js';

const span = (text: string, year = 2021) => {
  const timeline = readTimeline(text);
  return timeline ? timelineSpan(timeline, year) : undefined;
};

describe('timelines', () => {
  it('read the seed’s strings exactly as written (seed-002-workplan.json)', () => {
    const seed = JSON.parse(readFileSync(join(CORPUS, 'seed-002-workplan.json'), 'utf8')) as {
      header: string[];
      rows: { text: string }[][];
    };
    const column = seed.header.indexOf('Timeline');
    const written = seed.rows.map((r) => r[column].text);
    expect(written.map((t) => span(t))).toEqual([
      { start: '2021-03-31', due: '2021-03-31' },
      { start: '2021-04-06', due: '2021-04-06' },
      { start: '2021-04-08', due: '2021-04-15' },
      { due: '2021-04-29' },
      { start: '2021-05-06', due: '2021-05-13' },
      { due: '2021-05-31' },
    ]);
    expect(readTimeline('End May 2021')?.years).toEqual([2021]);
  });

  it('read French and Spanish, months and quarters; text with no date is none', () => {
    expect(span('du 6 au 13 mai', 2026)).toEqual({ start: '2026-05-06', due: '2026-05-13' });
    expect(span('fin juin 2026')).toEqual({ due: '2026-06-30' });
    expect(span('antes del 15 de abril', 2026)).toEqual({ due: '2026-04-15' });
    expect(span('Q3 2026')).toEqual({ start: '2026-07-01', due: '2026-09-30' });
    expect(span('mayo de 2026')).toEqual({ start: '2026-05-01', due: '2026-05-31' });
    expect(span('March 31st')).toEqual({ start: '2021-03-31', due: '2021-03-31' });
    for (const text of ['Ongoing', 'send 1st draft', 'TBD', '']) expect(readTimeline(text), text).toBeUndefined();
  });
});

describe('Gantt periods and section rows', () => {
  it('read quarter and month headers, with or without their year', () => {
    expect(periodOf('Q1 2026')).toEqual({ unit: 'Q', n: 1, year: 2026 });
    expect(periodOf('T2 2026')).toEqual({ unit: 'Q', n: 2, year: 2026 });
    expect(periodOf('2026 Jan')).toEqual({ unit: 'M', n: 1, year: 2026 });
    expect(periodOf('Février')).toEqual({ unit: 'M', n: 2 });
    expect(periodOf('dic')).toEqual({ unit: 'M', n: 12 });
    for (const text of ['Status', 'Indicator', '2026', 'Q5']) expect(periodOf(text), text).toBeUndefined();
    expect(periodSpan({ unit: 'Q', n: 4, year: 2026 })).toEqual({ start: '2026-10-01', end: '2026-12-31' });
    expect(periodSpan({ unit: 'M', n: 2, year: 2028 })).toEqual({ start: '2028-02-01', end: '2028-02-29' });
  });

  it('take the area a section title names', () => {
    expect(areaOfTitle('Outcome 1: Management and coordination – the PSEA network is functional')).toBe(
      'Management and coordination',
    );
    expect(areaOfTitle('Area 2 – Engagement with communities')).toBe(
      'Engagement with and support of local communities',
    );
    expect(areaOfTitle('Axe 3 – Prévention')).toBe('Prevention');
    expect(areaOfTitle('Outcome 5: Something of our own')).toBeUndefined();
  });
});

describe('names', () => {
  it('separated by spaces only are tiled with known names, longest first', () => {
    const orgs = orgDirectory(DEFAULT_AGENCIES);
    expect(tileNames('UNRCO UN leading agencies Consultant', orgs)).toEqual([
      'UNRCO',
      'UN leading agencies',
      'Consultant',
    ]);
    expect(tileNames('PSEA Task Team Consultant Gender Task Force', orgs)).toEqual([
      'PSEA Task Team',
      'Consultant',
      'Gender Task Force',
    ]);
    expect(tileNames('UNRCO Kestria Women', orgs)).toBeUndefined();
  });

  it('legend lines give their code and meaning', () => {
    expect(legendEntry('A = Establecido')).toEqual({ code: 'A', meaning: 'Establecido' });
    expect(legendEntry('B – partially in place')).toEqual({ code: 'B', meaning: 'partially in place' });
    expect(legendEntry('NB: checked in March')).toBeUndefined();
    expect(legendEntry('Source: the 2026 round')).toBeUndefined();
  });
});
