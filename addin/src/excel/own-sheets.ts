/**
 * The sheets the pane made, told by a mark of its own, never by their name: a user's own sheet called "Lists" or
 * "PSEA Summary" is the user's, and the pane makes its own beside it under a free name ("Lists (2)").
 * The mark is a worksheet custom property (ExcelApi 1.12: Excel on the web, Windows and Mac since 2021), which
 * follows the sheet when it is renamed; an older Excel is told by the text each own sheet carries in its first row.
 */
import type { ExcelHost } from './host.js';
import { LISTS_MARKER, LISTS_SHEET } from '../../../templates/core/blank.js';
import { STATE_MARKER, STATE_SHEET, SUMMARY_MARKER, SUMMARY_SHEET } from './names.js';

/** A sheet name not yet taken: "Title", "Title (2)", … within Excel's 31 characters. */
export function freeSheetName(wanted: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  if (!lower.has(wanted.toLowerCase())) return wanted;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = wanted.slice(0, 31 - suffix.length) + suffix;
    if (!lower.has(name.toLowerCase())) return name;
  }
}

export type OwnRole = 'lists' | 'summary' | 'annotations';

/** The custom property each own sheet carries; its value is the sheet's role. */
export const OWN_PROPERTY = 'psea-sheets';
/** The ExcelApi version of worksheet custom properties. */
export const MARK_API = '1.12';

const BASE_NAMES: Record<OwnRole, string> = { lists: LISTS_SHEET, summary: SUMMARY_SHEET, annotations: STATE_SHEET };
/** The first-row text each own sheet carries: the mark an Excel without custom properties goes by. */
const ROW_MARKS: Record<OwnRole, string> = { lists: LISTS_MARKER, summary: SUMMARY_MARKER, annotations: STATE_MARKER };
/** Wide enough for the Lists sheet's first row (every language × kind × list, then its mark). */
const FIRST_ROW = 'A1:ZZ1';

const isRole = (v: unknown): v is OwnRole => v === 'lists' || v === 'summary' || v === 'annotations';

function roleOfRow(row: readonly unknown[] | undefined): OwnRole | undefined {
  return (Object.keys(ROW_MARKS) as OwnRole[]).find((role) => row?.includes(ROW_MARKS[role]));
}

/** A first row that carries one of the pane's marks: one of its own sheets (in any Excel). */
export function isOwnSheet(row: readonly unknown[] | undefined): boolean {
  return roleOfRow(row) !== undefined;
}

export class OwnSheets {
  private readonly roles = new Map<OwnRole, string>();
  constructor(
    /** Every sheet's name, for free names. */
    readonly names: string[],
    /** Custom properties can mark a sheet here. */
    readonly marks: boolean,
  ) {}
  set(role: OwnRole, name: string): void {
    if (!this.roles.has(role)) this.roles.set(role, name);
  }
  /** The name of the pane's own sheet of this role, if it made one. */
  of(role: OwnRole): string | undefined {
    return this.roles.get(role);
  }
  isOwn(name: string): boolean {
    return [...this.roles.values()].includes(name);
  }
  /** The pane's sheet of this role: its own, or a new one under a free name, marked (queued; sync to apply). */
  claim(context: Excel.RequestContext, role: OwnRole): { sheet: Excel.Worksheet; name: string; created: boolean } {
    const own = this.of(role);
    if (own) return { sheet: context.workbook.worksheets.getItem(own), name: own, created: false };
    const name = freeSheetName(BASE_NAMES[role], this.names);
    const sheet = context.workbook.worksheets.add(name);
    if (this.marks) sheet.customProperties.add(OWN_PROPERTY, role);
    this.names.push(name);
    this.roles.set(role, name);
    return { sheet, name, created: true };
  }
}

/** Two round trips: the sheets, then each one's mark (its custom property, or its first row in an older Excel). */
export async function findOwnSheets(context: Excel.RequestContext, host: ExcelHost): Promise<OwnSheets> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  const marks = host.supports(MARK_API);
  const probes = sheets.items.map((ws) => ({
    name: ws.name,
    property: marks ? ws.customProperties.getItemOrNullObject(OWN_PROPERTY).load('value') : undefined,
    firstRow: marks ? undefined : ws.getRange(FIRST_ROW).load('values'),
  }));
  await context.sync();
  const own = new OwnSheets(
    probes.map((p) => p.name),
    marks,
  );
  for (const p of probes) {
    const role = p.property
      ? p.property.isNullObject
        ? undefined
        : p.property.value
      : roleOfRow(p.firstRow?.values[0]);
    if (isRole(role)) own.set(role, p.name);
  }
  return own;
}
