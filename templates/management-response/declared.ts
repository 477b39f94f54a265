/** A declared acceptance table (like the seed's Table 1) read from a sheet of the workbook. */
import type { SheetGrid } from '../core/types.js';
import { matchEnum } from '../core/schema.js';
import { cellText } from '../core/text.js';
import { RESPONSE } from './values.js';

export interface DeclaredCount {
  category: string;
  count: number;
  row: number;
}

/** "46", 46 or "46 recommendations" → 46. */
function leadingCount(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
  const match = /^(\d+)\b/.exec(cellText(value as string));
  return match ? Number(match[1]) : undefined;
}

/** Rows whose first text is a response label and that carry a count after it. */
export function readDeclaredAcceptance(sheet: SheetGrid): DeclaredCount[] {
  const found: DeclaredCount[] = [];
  const firstRow = sheet.firstRow ?? 1;
  sheet.rows.forEach((row, i) => {
    const at = row.findIndex((v) => cellText(v) !== '');
    if (at < 0) return;
    const label = cellText(row[at]);
    const category = /^total$/i.test(label) ? 'total' : matchEnum(RESPONSE, label)?.value;
    if (!category || category === 'n/a') return;
    const count = row
      .slice(at + 1)
      .map(leadingCount)
      .find((n) => n !== undefined);
    if (count !== undefined) found.push({ category, count, row: firstRow + i });
  });
  return found.filter((d) => d.category !== 'total').length >= 2 ? found : [];
}
