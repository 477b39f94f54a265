/** Builders for the rule cases of the inter-agency kinds: checklists, Gantt workplans, focal points, assessments. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CellValue, SheetGrid } from '../../templates/index.js';

const BOUNDARIES = (
  JSON.parse(readFileSync(join(process.cwd(), 'test/corpus/inter-agency/boundaries.json'), 'utf8')) as {
    rows: { total: number; risk: string }[];
  }
).rows;

type Row = Partial<Record<string, CellValue>>;

/** Rows under a header, each row an object by header; missing cells are empty. */
function grid(name: string, header: readonly string[], rows: Row[], above: CellValue[][] = []): SheetGrid {
  return { name, rows: [...above, [...header], ...rows.map((r) => header.map((h) => r[h] ?? null))] };
}

export const CHECKLIST_HEADER = ['Agency', ...Array.from({ length: 8 }, (_, i) => `MOS ${i + 1}`), 'Comments'];

/** A MOS-PSEA checklist: one row per agency, a column per standard; every standard In place unless overridden. */
export function checklist(rows: Row[] = [{}], above: CellValue[][] = [], name = 'Checklist'): SheetGrid {
  const all = Object.fromEntries(CHECKLIST_HEADER.slice(1, 9).map((h) => [h, 'In place']));
  return grid(
    name,
    CHECKLIST_HEADER,
    rows.map((r) => ({ Agency: 'UNICEF', ...all, ...r })),
    above,
  );
}

export const GANTT_HEADER = [
  'Activity',
  'Responsible',
  'Indicator',
  'Q1 2027',
  'Q2 2027',
  'Q3 2027',
  'Q4 2027',
  'Status',
];

/** A quarter Gantt: one clean task (UNFPA, Q1–Q2 2027, not started) per override. */
export function gantt(rows: Row[] = [{}], above: CellValue[][] = [], name = 'Workplan'): SheetGrid {
  const base: Row = {
    Activity: 'Map who does what',
    Responsible: 'UNFPA',
    Indicator: 'Map shared',
    Status: 'Not started',
  };
  return grid(
    name,
    GANTT_HEADER,
    rows.map((r) => ({ ...base, 'Q1 2027': 'x', 'Q2 2027': 'x', ...r })),
    above,
  );
}

export const FOCAL_HEADER = ['Agency', 'Name', 'Title', 'Email', 'Phone', 'Trained on', 'Appointed on'];

/** A focal-point list: one clean focal point (UNICEF) per override. */
export function focalPoints(rows: Row[] = [{}], name = 'Focal points'): SheetGrid {
  const base: Row = {
    Agency: 'UNICEF',
    Name: 'A. Person',
    Title: 'Protection officer',
    Email: 'a.person@example.org',
    Phone: '+999 20 000 0101',
    'Trained on': '2026-02-12',
    'Appointed on': '2026-01-10',
  };
  return grid(
    name,
    FOCAL_HEADER,
    rows.map((r) => ({ ...base, ...r })),
  );
}

export const ASSESSMENT_HEADER = [
  'Agency',
  'Assessment Date',
  'Vendor number',
  'Partner name',
  'Total score',
  'Risk Rating',
  'Core standard number',
  'Core standard rating',
  'Core standard proof of evidence',
  'Other evidence (please specify)',
];

/**
 * A partner assessment in eTools' detail layout: six rows (CS1 … CS6) for a partner, rated as given (default all
 * Adequate, total 18, Low), stated total and risk as the ratings give them unless overridden.
 */
export function assessmentRows(ratings: (number | string | null)[] = [3, 3, 3, 3, 3, 3], over: Row = {}): Row[] {
  const total = ratings.every((r) => typeof r === 'number') ? (ratings as number[]).reduce((s, r) => s + r, 0) : null;
  // The risk eTools gives the total, from the corpus's boundary table (data read from eTools, not our code).
  const risk = total === null ? null : (BOUNDARIES.find((b) => b.total === total)?.risk ?? null);
  return ratings.flatMap((rating, i) =>
    rating === undefined
      ? []
      : [
          {
            Agency: 'UNICEF',
            'Assessment Date': '2026-02-10',
            'Vendor number': '2500100001',
            'Partner name': 'Hope Relief Initiative',
            'Total score': total,
            'Risk Rating': risk,
            'Core standard number': `CS${i + 1}`,
            'Core standard rating': rating,
            'Core standard proof of evidence': rating === 1 ? null : 'PSEA Policy',
            ...over,
          },
        ],
  );
}

export function assessments(rows: Row[], name = 'Assessment'): SheetGrid {
  return grid(name, ASSESSMENT_HEADER, rows);
}

export const WIDE_ASSESSMENT_HEADER = [
  'Partner',
  'Vendor number',
  'Assessment Date',
  ...Array.from({ length: 6 }, (_, i) => `Cs${i + 1}`),
  'Total score',
  'Risk Rating',
];

/** eTools' list layout: a row per partner, a column per core standard, under a title that names the agency. */
export function wideAssessments(rows: Row[], title = 'Partner PSEA assessments – UNHCR – 2026'): SheetGrid {
  return grid('Assessments', WIDE_ASSESSMENT_HEADER, rows, [[title], []]);
}
