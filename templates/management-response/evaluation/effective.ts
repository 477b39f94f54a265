/**
 * The settings a matrix sheet is read under. What a user declared (profile, JSON, Settings sheet) wins; what is left
 * comes from the evaluation itself: units from the workbook's acronym sheet, pillar ranges and names from a declared
 * table by pillar (Table 3) and the sheet's sections, criteria from a declared table by criterion (Table 2), and,
 * failing that, from the labels (see infer-criteria.ts, run once the rows are read).
 */
import type { SheetGrid } from '../../core/types.js';
import type { ParsedTable } from '../../core/table.js';
import type { MatrixSettings, Pillar } from '../settings.js';
import { readAcronyms } from './acronyms.js';
import { readDeclaredAcceptance, readDeclaredRanges, type DeclaredCount } from './declared.js';
import type { DeclaredCriterion, DeclaredPillar, DeclaredTotal } from './declared.js';
import { readElementNotes, type DeclaredElements } from './footnotes.js';
import { sheetPillars } from './pillars.js';
import { inferCriteria, type LabelledRef } from './infer-criteria.js';
import { cellText } from '../../core/text.js';
import { isSettingsSheet } from '../../core/settings-sheet.js';

/** What the workbook's other sheets say about the evaluation, read once per workbook. */
export interface Evidence {
  units: MatrixSettings['units'];
  acceptance: { sheet: string; counts: DeclaredCount[] }[];
  criteria: DeclaredCriterion[];
  pillars: DeclaredPillar[];
  totals: DeclaredTotal[];
  elements: (DeclaredElements & { sheet: string; row: number })[];
}

const cache = new WeakMap<readonly SheetGrid[], Evidence>();

export function evidenceOf(sheets: readonly SheetGrid[]): Evidence {
  let evidence = cache.get(sheets);
  if (evidence) return evidence;
  evidence = { units: readAcronyms(sheets), acceptance: [], criteria: [], pillars: [], totals: [], elements: [] };
  for (const sheet of sheets.filter((s) => !isSettingsSheet(s.name))) {
    const counts = readDeclaredAcceptance(sheet);
    if (counts.length) evidence.acceptance.push({ sheet: sheet.name, counts });
    const ranges = readDeclaredRanges(sheet);
    evidence.criteria.push(...ranges.criteria);
    evidence.pillars.push(...ranges.pillars);
    evidence.totals.push(...ranges.totals);
    sheet.rows.forEach((row, i) => {
      for (const note of readElementNotes(row.map((v) => cellText(v)).join(' ')))
        evidence!.elements.push({ ...note, sheet: sheet.name, row: (sheet.firstRow ?? 1) + i });
    });
  }
  cache.set(sheets, evidence);
  return evidence;
}

/** Table 3's ranges, named as the sheet's sections name them when they do. */
function pillarsOf(evidence: Evidence, table: ParsedTable): Pillar[] {
  const named = sheetPillars(table);
  if (!evidence.pillars.length) return named;
  return evidence.pillars.map((p) => ({
    number: p.number,
    name: named.find((n) => n.number === p.number && n.name !== String(p.number))?.name ?? p.name,
    from: p.from,
    to: p.to,
  }));
}

/** The declared settings completed from the evidence; criteria from the labels come later (withLabelCriteria). */
export function sheetSettings(declared: MatrixSettings, evidence: Evidence, table: ParsedTable): MatrixSettings {
  return {
    ...declared,
    units: declared.units.length ? declared.units : evidence.units,
    pillars: declared.pillars.length ? declared.pillars : pillarsOf(evidence, table),
    criteria: declared.criteria.length
      ? declared.criteria
      : evidence.criteria.map((c) => ({ digit: c.digit, name: c.name, aliases: [] })),
  };
}

/** With no criteria declared or in a table, the labels' own: one per digit, most rows agreeing. */
export function withLabelCriteria(settings: MatrixSettings, rows: readonly LabelledRef[]): MatrixSettings {
  return settings.criteria.length ? settings : { ...settings, criteria: inferCriteria(rows) };
}
