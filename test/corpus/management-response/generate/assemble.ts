/** Puts a corpus file together: its sheets, the sheets' expectations, and the file-level facts. */
import type { Cell, Declared, Defect, ExpectedFile, ExpectedSheet, SheetSpec, Tool, WorkbookSpec } from './model.js';
import type { SheetBuilder } from './sheet-builder.js';
import { summarise } from './summary.js';
import { AS_OF } from './values.js';

export interface Part {
  spec: SheetSpec;
  expected: ExpectedSheet;
}

export const matrixPart = (b: SheetBuilder, widths?: number[]): Part => ({
  spec: b.sheet(widths),
  expected: b.expected(),
});

/** An acronym sheet ("Acronyms", "Sigles", "Siglas"): a header row and one code per row. */
export function unitsPart(name: string, header: [string, string], units: [string, string][], title?: string): Part {
  const rows: Cell[][] = [...(title ? [[title], []] : []), header, ...units];
  return {
    spec: { name, rows, merges: [], widths: [14, 60] },
    expected: { name, role: 'units', units: units.map(([code, unitName]) => ({ code, name: unitName })) },
  };
}

/** A sheet that holds declared tables or notes, not records. */
export function otherPart(
  name: string,
  role: 'declared' | 'notes' | 'unclaimed',
  rows: Cell[][],
  merges: string[] = [],
): Part {
  return { spec: { name, rows, merges, widths: [34, 16, 16, 16, 16] }, expected: { name, role } };
}

export interface FileMeta {
  file: string;
  organisation: string;
  format: string[];
  language: ExpectedFile['language'];
  tool: Tool;
  numbering: string[];
  due_formats: string[];
  defects?: Defect[];
  declared?: Declared[];
  hard_cases?: ExpectedFile['hard_cases'];
  notes?: string[];
  csv?: WorkbookSpec['csv'];
}

export function assemble(meta: FileMeta, parts: Part[]): WorkbookSpec {
  const defects = meta.defects ?? [];
  const base = {
    file: meta.file,
    organisation: meta.organisation,
    format: meta.format,
    language: meta.language,
    tool: meta.tool,
    as_of: AS_OF,
    clean: defects.length === 0,
    numbering: meta.numbering,
    due_formats: meta.due_formats,
    declared: meta.declared ?? [],
    defects,
    hard_cases: meta.hard_cases ?? [],
    sheets: parts.map((p) => p.expected),
    ...(meta.notes ? { notes: meta.notes } : {}),
  };
  const { summary, tables } = summarise(base);
  const expected: ExpectedFile = { ...base, summary, tables };
  return { file: meta.file, tool: meta.tool, csv: meta.csv, sheets: parts.map((p) => p.spec), expected };
}
