/**
 * Pillars as the sheet itself names them: section rows ("Pillar 2: Institutional Accountability", "Area 3 –
 * Prevention", "Axe 1 : …", "Pilar 4 – …") and a pillar column ("Pillar 2 – Accountability"), names as written.
 */
import type { ParsedTable } from '../../core/table.js';
import { cellText } from '../../core/text.js';
import { readSection } from '../../core/sections.js';
import type { Pillar } from '../settings.js';

/** "Pillar 2: Name" → 2 and "Name" (read as a section title is); a bare number has no name. */
export function namedNumber(text: string): { number: number; name: string } | undefined {
  const section = readSection(text);
  if (section?.number !== undefined) return { number: section.number, name: section.name };
  return /^\d+$/.test(text.trim()) ? { number: Number(text), name: '' } : undefined;
}

/**
 * The pillars the sheet names, by number, in order of appearance: the section rows over its records (as the table
 * read them), then the pillar column. The first name written for a number wins.
 */
export function sheetPillars(table: ParsedTable): Pillar[] {
  const found = new Map<number, string>();
  const put = (number: number, name: string) => {
    if (number > 0 && !found.get(number)) found.set(number, name);
  };
  for (const { section } of table.records) if (section?.number !== undefined) put(section.number, section.name);
  for (const record of table.records) {
    const named = record.inherited.includes('pillar') ? undefined : namedNumber(cellText(record.values.pillar));
    if (named) put(named.number, named.name);
  }
  return [...found].map(([number, name]) => ({ number, name: name || String(number) }));
}
