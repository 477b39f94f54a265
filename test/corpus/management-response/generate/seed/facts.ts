/** The shape of seed/seed-facts.json (written by seed/extract_seed.py from the seed text). */
import { readFileSync } from 'node:fs';
import { SEED_FACTS } from '../paths.js';

export interface SeedPoint {
  point: string;
  responsible: string;
  support: string;
  response_as_written: string | null;
  response: string | null;
  rationale: string;
  key_actions_lines: string[];
}

export interface SeedRec {
  rec_no: number;
  pillar: number;
  line: number;
  linked: number[];
  criterion_label: string;
  criterion_ref: string;
  text: string;
  responsible: string;
  support: string;
  response: string | null;
  response_as_written: string | null;
  rationale: string;
  key_actions: string;
  points: SeedPoint[] | null;
}

export interface SeedFacts {
  title: string;
  published: string;
  declared: {
    table1: { label: string; count: number; footnote: number | null }[];
    table2: { digit: number; label: string; range: string; count: number }[];
    table3: { number: number; name: string; range: string; from: number; to: number; count: number }[];
    footnote1: string;
  };
  sections: { number: number; name: string }[];
  status_labels: string[];
  recommendations: SeedRec[];
  acronyms: { code: string; name: string }[];
  counts: {
    acceptance_rolled_up: Record<string, number>;
    by_ref_digit: Record<string, number>;
    by_pillar_section: Record<string, number>;
    label_for_digit: Record<string, string>;
    label_ref_mismatches: { rec_no: number; label: string; ref: string; expected_label: string }[];
    links_one_way: { rec_no: number; target: number }[];
    unit_tokens_not_in_acronym_list: Record<string, number>;
    footnote1_elements: Record<
      string,
      { by_response: Record<string, number>; matrix_points: Record<string, number> | null }
    >;
  };
  anomalies: { rec_no?: number; what: string }[];
}

export const readSeedFacts = (): SeedFacts => JSON.parse(readFileSync(SEED_FACTS, 'utf8')) as SeedFacts;
