import {
  KINDS,
  analyseWorkbook,
  type AnalyseOptions,
  type CellValue,
  type Finding,
  type SheetGrid,
} from '../templates/index.js';
import { IOM_2023 } from '../templates/profiles/iom-2023.js';
import type { EvaluationTables, MatrixTables } from '../templates/management-response/tables/index.js';

/** The 2023 IOM evaluation's settings (pillar ranges, criteria, acronyms), as `--profile iom-2023` gives them. */
export const IOM_PROFILE: NonNullable<AnalyseOptions['profile']> = IOM_2023;

export const HEADER = [
  'Rec #',
  'Point',
  'Pillar',
  'Evaluation criterion',
  'Evaluation ref.',
  'Recommendation',
  'Linked recommendations',
  'Responsible unit(s)',
  'Support from',
  'Management response',
  'Rationale',
  'Key actions',
  'Status (Time 2)',
  'Comments (Time 2)',
  'Final status (Time 3)',
  'Final comments (Time 3)',
];

/** A clean matrix row; override any field by header. */
export function matrixRow(overrides: Partial<Record<string, CellValue>> = {}): CellValue[] {
  const base: Record<string, CellValue> = {
    'Rec #': 1,
    Point: null,
    Pillar: 1,
    'Evaluation criterion': 'Internal coherence',
    'Evaluation ref.': '2.1',
    Recommendation: 'Clarify the unit role',
    'Linked recommendations': null,
    'Responsible unit(s)': 'PSEAH',
    'Support from': 'EO',
    'Management response': 'Accept',
    Rationale: null,
    'Key actions': 'Brief staff',
    'Status (Time 2)': null,
    'Comments (Time 2)': null,
    'Final status (Time 3)': null,
    'Final comments (Time 3)': null,
    ...overrides,
  };
  return HEADER.map((h) => base[h] ?? null);
}

/** A declared acceptance table like the seed's Table 1, for three recommendations, `accept` of them accepted. */
export function declaredTable(accept: number): SheetGrid {
  return {
    name: 'Table 1',
    rows: [
      ['Table 1: Acceptance'],
      ['Level of acceptance', 'TOTAL'],
      ['Accept', `${accept} recommendations`],
      ['Partially Accept', 0],
      ['Not Accept', 0],
      ['TOTAL', 3],
    ],
  };
}

export function grid(rows: CellValue[][], name = 'Matrix'): SheetGrid {
  return { name, rows };
}

export function analyse(
  sheets: SheetGrid[],
  file = 'test.xlsx',
  lang: 'en' | 'fr' | 'es' = 'en',
  options: Partial<AnalyseOptions> = {},
) {
  return analyseWorkbook({ file, sheets }, KINDS, { lang, asOf: '2026-11-23', ...options });
}

export function findingsOf(sheets: SheetGrid[], file?: string, options: Partial<AnalyseOptions> = {}): Finding[] {
  const result = analyse(sheets, file, 'en', options);
  return [...result.sheets.flatMap((s) => s.findings), ...result.findings];
}

export function rules(findings: Finding[]): string[] {
  return findings.map((f) => f.rule);
}

/** Findings of one rule, for precise assertions. */
export function only(findings: Finding[], rule: string): Finding[] {
  return findings.filter((f) => f.rule === rule);
}

/** The tables of the one evaluation a batch holds (tables.json keeps each evaluation apart). */
export function onlyEvaluation(tables: unknown): EvaluationTables {
  const evaluations = Object.values((tables as MatrixTables).evaluations);
  if (evaluations.length !== 1) throw new Error(`expected one evaluation, got ${evaluations.length}`);
  return evaluations[0];
}
