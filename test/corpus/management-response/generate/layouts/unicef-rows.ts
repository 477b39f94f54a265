/** The rows of unicef-en.xlsx: eight recommendations in the four MOS-PSEA areas, #4 with points a–c. */
import { EN } from '../content/en.js';
import type { Response, RoundStatus } from '../model.js';
import { dueDay } from '../values.js';

export type St = [string, RoundStatus['class']];
export interface UnicefRow {
  no: string;
  rec: number;
  point?: string;
  crit?: string;
  ref?: string;
  text: string;
  links?: string;
  lead?: string;
  support?: string;
  response?: Response;
  why?: string;
  ka?: [string, number];
  due?: string;
  t2?: St;
  c2?: string;
  t3?: St;
  c3?: string;
}

/** One action as it is, several as "1. …; 2. …" (the numbered list in one cell), with their count. */
const list = (items: readonly string[]): [string, number] => [
  items.length === 1 ? items[0] : items.map((t, i) => `${i + 1}. ${t}`).join('; '),
  items.length,
];

export const iso = (s: string) => {
  const [y, m, d] = s.split('-').map(Number);
  return dueDay(s, y, m, d);
};

/** A row, or [area number, area name] for a section row. */
export function unicefRows(): (UnicefRow | [number, string])[] {
  const t = EN;
  const done = (s: string): St => [s, 'completed'];
  const going: St = ['Ongoing', 'in_progress'];
  return [
    [1, 'Management and coordination'],
    {
      no: '1',
      rec: 1,
      crit: 'Relevance',
      ref: '1.1',
      text: t[0].rec,
      lead: 'CP',
      support: 'HR',
      response: 'Accept',
      ka: list(t[0].actions),
      due: '2026-06-30',
      t2: done('Completed'),
      c2: t[0].done,
      t3: done('Completed'),
      c3: 'Confirmed at the annual review.',
    },
    {
      no: '2',
      rec: 2,
      crit: 'Coherence',
      ref: '2.1',
      text: t[8].rec,
      links: '6',
      lead: 'DRD',
      support: 'CP',
      response: 'Accept',
      ka: list(t[8].actions.slice(0, 2)),
      due: '2027-03-31',
      t2: going,
    },
    [2, 'Engagement with and support of local community population'],
    {
      no: '3',
      rec: 3,
      crit: 'Effectiveness',
      ref: '3.1',
      text: t[1].rec,
      links: '7',
      lead: 'SBC',
      support: 'CP',
      response: 'Accept',
      ka: list(t[1].actions),
      due: '2027-06-30',
      t2: going,
    },
    { no: '4', rec: 4, crit: 'Effectiveness', ref: '3.2', text: t[11].rec, lead: 'SBC' },
    {
      no: '4.a',
      rec: 4,
      point: 'a',
      text: t[11].actions[0],
      lead: 'SBC',
      response: 'Accept',
      ka: list([t[11].actions[0]]),
      due: '2026-04-30',
      t2: done('Completed'),
      c2: t[11].done,
    },
    {
      no: '4.b',
      rec: 4,
      point: 'b',
      text: t[11].actions[1],
      lead: 'SBC',
      response: 'Accept',
      ka: list([t[11].actions[1]]),
      due: '2027-05-31',
      t2: ['Not started', 'not_started'],
    },
    {
      no: '4.c',
      rec: 4,
      point: 'c',
      text: t[11].actions[2],
      lead: 'SUP',
      response: 'Partially accept',
      why: t[11].partial,
      ka: list([t[11].actions[2]]),
      due: '2027-09-30',
      t2: ['Not started', 'not_started'],
    },
    [3, 'Prevention'],
    {
      no: '5',
      rec: 5,
      crit: 'Efficiency',
      ref: '4.1',
      text: t[4].rec,
      lead: 'HR',
      response: 'Partially accept',
      why: t[4].partial,
      ka: list(t[4].actions.slice(0, 2)),
      due: '2027-01-31',
      t2: going,
    },
    {
      no: '6',
      rec: 6,
      crit: 'Sustainability',
      ref: '5.1',
      text: t[9].rec,
      links: '2',
      lead: 'PME',
      support: 'OPS',
      response: 'Accept',
      ka: list(t[9].actions),
      due: '2027-12-31',
      t2: ['Not started', 'not_started'],
    },
    [4, 'Response'],
    {
      no: '7',
      rec: 7,
      crit: 'Effectiveness',
      ref: '3.3',
      text: t[2].rec,
      links: '3',
      lead: 'CP',
      response: 'Accept',
      ka: list(t[2].actions),
      due: '2027-02-28',
      t2: going,
    },
    {
      no: '8',
      rec: 8,
      crit: 'Relevance',
      ref: '1.2',
      text: t[7].rec,
      lead: 'CP',
      response: 'Not accept',
      why: t[7].reject,
    },
  ];
}
