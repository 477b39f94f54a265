import {
  KINDS,
  analyseWorkbook,
  type AnalyseOptions,
  type CellValue,
  type Finding,
  type SheetGrid,
  type WorkbookGrid,
} from '../../templates/index.js';
import { mappingKind } from '../../templates/mapping/kind.js';

export const MAPPING_HEADER = [
  'Agency',
  'Agency type',
  'Area',
  'Standard',
  'Status',
  'Existing work',
  'Gaps',
  'Good practice',
  'Planned action',
  'Timeline',
  'Evidence',
];

/** A clean mapping row (UNFPA, MOS-1 in place with evidence); override any column by header. */
export function mappingRow(overrides: Partial<Record<string, CellValue>> = {}): CellValue[] {
  const base: Record<string, CellValue> = {
    Agency: 'UNFPA',
    'Agency type': 'UN',
    Area: 'Management and coordination',
    Standard: 'MOS 1: Policy',
    Status: 'In place',
    'Existing work': 'Policy shared with staff',
    Gaps: null,
    'Good practice': null,
    'Planned action': null,
    Timeline: null,
    Evidence: 'Memo 12',
    ...overrides,
  };
  return MAPPING_HEADER.map((h) => base[h] ?? null);
}

export const OPTIONS: AnalyseOptions = { lang: 'en', asOf: '2026-11-23' };

export function sheet(rows: CellValue[][], name = 'Mapping'): SheetGrid {
  return { name, rows };
}

export function analyseFile(sheets: SheetGrid[], file = 'a.xlsx', options: AnalyseOptions = OPTIONS) {
  return analyseWorkbook({ file, sheets }, KINDS, options);
}

/** Every finding of one file: sheet rules and workbook rules. */
export function findingsOf(sheets: SheetGrid[], file = 'a.xlsx', options: AnalyseOptions = OPTIONS): Finding[] {
  const result = analyseFile(sheets, file, options);
  return [...result.sheets.flatMap((s) => s.findings), ...result.findings];
}

/** The cross-file step of the mapping over several workbooks. */
export function consolidateMapping(workbooks: WorkbookGrid[], options: AnalyseOptions = OPTIONS) {
  const sheets = workbooks
    .flatMap((wb) => analyseWorkbook(wb, KINDS, options).sheets)
    .filter((s) => s.kind === 'mapping');
  return mappingKind.consolidate(sheets, options);
}

export const only = (findings: Finding[], rule: string) => findings.filter((f) => f.rule === rule);
