/**
 * What an evaluation declares about its own recommendations in the workbook's other sheets: an acceptance table
 * (Table 1: "Accept 46"), a table by criterion with reference ranges (Table 2: "4 Effectiveness 4.1 – 4.16 16"), a
 * table by pillar with number ranges (Table 3: "2 Institutional Accountability 19 - 33 15"). Read from any sheet
 * no template claims; each row keeps its sheet and row for the findings.
 */
import type { CellValue, SheetGrid } from '../../core/types.js';
import { matchEnum } from '../../core/schema.js';
import { cellText } from '../../core/text.js';
import { RESPONSE } from '../values.js';

export interface DeclaredCount {
  category: string;
  count: number;
  row: number;
}

/** A row of a declared table by range: its name, the range as written and its bounds, the count, where it is. */
interface DeclaredRange {
  name: string;
  range: string;
  from: number;
  to: number;
  count?: number;
  sheet: string;
  row: number;
}

/** "4 Effectiveness 4.1 – 4.16 16": from and to are the references' second numbers. */
export interface DeclaredCriterion extends DeclaredRange {
  digit: number;
}

/** "2 Institutional Accountability 19 - 33 15": from and to are recommendation numbers. */
export interface DeclaredPillar extends DeclaredRange {
  number: number;
}

export interface DeclaredTotal {
  table: 'criteria' | 'pillars';
  count: number;
  sheet: string;
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

const REF_RANGE = /^(\d)\.(\d+)(?:\s*[–—-]\s*(\d)\.(\d+))?$/;
const NUMBER_RANGE = /^#?(\d+)\s*[–—-]\s*#?(\d+)$/;

/** The cells of a row as texts, without the blanks, with where each stands. */
function texts(row: readonly CellValue[]): string[] {
  return row.map((v) => cellText(v)).filter(Boolean);
}

/** A whole number, or undefined: "16", 16. */
function whole(text: string | undefined): number | undefined {
  return text !== undefined && /^\d+$/.test(text) ? Number(text) : undefined;
}

/** "[digit] name range [count]": a criterion row; "[number] name from - to [count]": a pillar row. */
export function readDeclaredRanges(sheet: SheetGrid): {
  criteria: DeclaredCriterion[];
  pillars: DeclaredPillar[];
  totals: DeclaredTotal[];
} {
  const criteria: DeclaredCriterion[] = [];
  const pillars: DeclaredPillar[] = [];
  const totals: DeclaredTotal[] = [];
  let last: 'criteria' | 'pillars' | undefined;
  const firstRow = sheet.firstRow ?? 1;
  sheet.rows.forEach((row, i) => {
    const cells = texts(row);
    const at = { sheet: sheet.name, row: firstRow + i };
    const rangeAt = cells.findIndex((c) => REF_RANGE.test(c) || NUMBER_RANGE.test(c));
    if (rangeAt < 0) {
      const total = cells.length === 2 && /^total$/i.test(cells[0]) ? whole(cells[1]) : undefined;
      if (last && total !== undefined) {
        totals.push({ table: last, count: total, ...at });
        last = undefined;
      }
      return;
    }
    const range = cells[rangeAt];
    const before = cells.slice(0, rangeAt);
    const count = whole(cells[rangeAt + 1]);
    const lead = whole(before[0]);
    const name = before.slice(lead === undefined ? 0 : 1).join(' ');
    const ref = REF_RANGE.exec(range);
    if (ref) {
      const digit = Number(ref[1]);
      if (!name || (ref[3] !== undefined && Number(ref[3]) !== digit) || (lead !== undefined && lead !== digit)) return;
      const [from, to] = [Number(ref[2]), Number(ref[4] ?? ref[2])];
      criteria.push({ digit, name, range, from, to, ...(count === undefined ? {} : { count }), ...at });
      last = 'criteria';
      return;
    }
    const numbers = NUMBER_RANGE.exec(range)!;
    if (lead === undefined || !name) return;
    const [from, to] = [Number(numbers[1]), Number(numbers[2])];
    pillars.push({ number: lead, name, range, from, to, ...(count === undefined ? {} : { count }), ...at });
    last = 'pillars';
  });
  // One row with a range is a coincidence; a table has at least two.
  return {
    criteria: criteria.length >= 2 ? criteria : [],
    pillars: pillars.length >= 2 ? pillars : [],
    totals: totals.filter((t) => (t.table === 'criteria' ? criteria : pillars).length >= 2),
  };
}
