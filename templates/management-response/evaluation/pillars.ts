/**
 * Pillars as the sheet itself names them: section rows ("Pillar 2: Institutional Accountability", "Area 3 –
 * Prevention", "Axe 1 : …", "Pilar 4 – …") and a pillar column ("Pillar 2 – Accountability"), names as written.
 */
import type { ParsedTable } from '../../core/table.js';
import { cellText } from '../../core/text.js';
import type { Pillar } from '../settings.js';

const SECTION_WORDS =
  'pillar|pilier|pilar|area|área|axe|axis|eje|outcome|résultat|resultado|domain|domaine|ámbito|theme|thème|tema';
const NAMED = new RegExp(String.raw`^(?:${SECTION_WORDS})?\s*(?:n[°º.]\s*)?(\d+)\s*(?:[:.–—-]\s*|\s+)(.*)$`, 'i');

/** "Pillar 2: Name" → 2 and "Name"; a bare number has no name. */
export function namedNumber(text: string): { number: number; name: string } | undefined {
  const match = NAMED.exec(text.trim());
  if (!match) return /^\d+$/.test(text.trim()) ? { number: Number(text), name: '' } : undefined;
  return { number: Number(match[1]), name: match[2].trim() };
}

/**
 * The pillars the sheet names, by number, in order of appearance: its section rows (kept by the table as rows set
 * aside), then the pillar column. The first name written for a number wins.
 */
export function sheetPillars(table: ParsedTable): Pillar[] {
  const found = new Map<number, string>();
  const add = (text: string) => {
    const named = namedNumber(text);
    if (named && named.number > 0 && !found.get(named.number)) found.set(named.number, named.name);
  };
  for (const row of table.setAside) if (row.reason === 'section') add(row.text);
  for (const record of table.records) if (!record.inherited.includes('pillar')) add(cellText(record.values.pillar));
  return [...found].map(([number, name]) => ({ number, name: name || String(number) }));
}
