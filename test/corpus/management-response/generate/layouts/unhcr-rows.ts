/** The rows of unhcr-en.xlsx: R1–R10 in three pillars, with three rounds of status and update each. */
import { EN } from '../content/en.js';
import type { Response } from '../model.js';

export interface UnhcrRow {
  n: number;
  theme: number;
  response: Response;
  unit?: string;
  q?: [number, number];
  st: [string, string, string];
  up: [string, string, string];
  section?: [number, string, boolean];
}

export function unhcrRows(): UnhcrRow[] {
  const g = 'Ongoing';
  return [
    {
      section: [1, 'Prevention', false],
      n: 1,
      theme: 0,
      response: 'Accept',
      unit: 'PROT',
      q: [2027, 1],
      st: [g, g, g],
      up: ['ToR drafted.', 'Alternates named in four offices.', 'Coverage review planned.'],
    },
    {
      n: 2,
      theme: 5,
      response: 'Accept',
      unit: 'HR',
      q: [2026, 3],
      st: [g, g, 'Completed'],
      up: ['Course assigned.', 'Contractor sessions held.', EN[5].done],
    },
    {
      n: 3,
      theme: 4,
      response: 'Accept',
      unit: 'HR',
      q: [2025, 2],
      st: [g, g, g],
      up: ['Procedure drafted.', 'Waiting for clearance.', 'Still waiting for clearance.'],
    },
    {
      section: [2, 'Response and victim assistance', true],
      n: 4,
      theme: 2,
      response: 'Accept',
      unit: 'PROT, CBP',
      q: [2027, 2],
      st: ['Not started', g, g],
      up: ['', 'Mapping started.', 'Pathway in draft.'],
    },
    {
      n: 5,
      theme: 7,
      response: 'Partially accept',
      unit: 'PROT',
      q: [2027, 4],
      st: ['Not started', 'Not started', g],
      up: ['', '', 'Liaison function agreed.'],
    },
    {
      n: 6,
      theme: 3,
      response: 'Accept',
      unit: 'PROG, SUP',
      q: [2027, 1],
      st: [g, 'Complted', 'Completed'],
      up: ['Screening started.', 'All partners screened.', EN[3].done],
    },
    {
      n: 7,
      theme: 1,
      response: 'Accept',
      unit: 'CBP',
      q: [2027, 2],
      st: [g, '', 'Completed'],
      up: ['Consultations started.', '', EN[1].done],
    },
    {
      section: [3, 'Partnerships and coordination', false],
      n: 8,
      theme: 8,
      response: 'Accept',
      unit: 'REP',
      q: [2026, 4],
      st: [g, 'Completed', g],
      up: ['Form shared.', EN[8].done, 'New form issued; reporting restarted.'],
    },
    {
      n: 9,
      theme: 9,
      response: 'Accept',
      unit: 'PROG',
      q: [2027, 1],
      st: [g, g, 'Completed'],
      up: ['Template revised.', 'Appraisal checklist drafted.', ''],
    },
    {
      n: 10,
      theme: 10,
      response: 'Not accept',
      st: ['', '', 'Completed'],
      up: ['', '', 'Assessment done by another unit.'],
    },
  ];
}
