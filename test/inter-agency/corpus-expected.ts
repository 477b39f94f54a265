/** expected.json of the inter-agency corpus, typed for the product tests (test/corpus/inter-agency/README.md). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const CORPUS = join(process.cwd(), 'test/corpus/inter-agency');

export interface ExpectedColumn {
  col: string;
  header: string;
  field: string | null;
  standard?: string;
  period?: string;
}
export interface ExpectedDefect {
  cell: string;
  rule: string;
  severity: string;
  params?: Record<string, unknown>;
}
export interface ExpectedTask {
  row: number;
  start: string | null;
  due: string | null;
  status?: string;
  done?: boolean;
  orgs: string[];
}
export interface ExpectedRisk {
  partner: string;
  partner_id: string;
  agency: string;
  assessment_date: string;
  ratings: Record<string, number | null>;
  total: number | null;
  risk: string | null;
  expiring?: boolean;
}
export interface ExpectedFile {
  kind: string;
  lang: string;
  tool: string;
  sheet: string;
  as_of?: string;
  columns: ExpectedColumn[];
  records: number;
  set_aside: Record<string, number>;
  coverage?: Record<string, Record<string, string | null>>;
  in_place_by_agency?: Record<string, { in_place: number; total: number }>;
  other_spellings?: { cell: string; written: string; counted_as: string }[];
  tasks?: ExpectedTask[];
  overdue?: { row: number; due: string; days_overdue: number }[];
  risk_table?: ExpectedRisk[];
  focal_points_by_agency?: Record<string, number>;
  dates?: Record<string, string | null>;
  defects: ExpectedDefect[];
  expected_findings?: ExpectedDefect[];
  no_other_error_or_warning: boolean;
}
export interface Expected {
  as_of: string;
  files: Record<string, ExpectedFile>;
  across_partner_assessments: {
    files: string[];
    partners: number;
    conflicts: { partner_id: string; files: string[]; cells: string[] }[];
    latest_by_partner: Record<string, string | null>;
    partners_by_risk: Record<string, number>;
    assessments_by_agency: Record<string, number>;
    expiring: string[];
    standards_not_met: { counts: Record<string, number> };
  };
}

export const EXPECTED = JSON.parse(readFileSync(join(CORPUS, 'expected.json'), 'utf8')) as Expected;

/** "E16:H16" → "E16": a finding sits on the first cell of the range expected.json names. */
export const firstCell = (cell: string) => cell.split(':')[0];
