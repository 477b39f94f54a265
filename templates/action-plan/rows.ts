/**
 * Turns table records into typed workplan rows: organisations named, dates from start/due columns, a timeline as
 * written, or the marked periods of a Gantt; a section row's title as the area. What had to be read generously goes
 * to the sheet's readings.
 */
import type { CellValue, SourceRef } from '../core/types.js';
import type { TableRecord } from '../core/table.js';
import { readEnum, type EnumReading } from '../core/read-enum.js';
import type { SheetReadings } from '../core/readings.js';
import { parseDate, type DayMonthOrder, type ParsedDate } from '../core/dates.js';
import { a1, cellText, isBlank } from '../core/text.js';
import { AREA, areaOfTitle } from '../inter-agency/areas.js';
import { namedOrgs, type NamedOrg } from '../inter-agency/orgs.js';
import type { AgencyDirectory } from '../inter-agency/agencies.js';
import { TASK_STATUS, type TaskStatus } from './values.js';
import { needsYear, readTimeline, timelineSpan, type Timeline } from './timeline.js';
import { isColourMark, isMark, parsePeriodKey, periodSpan, yearAbove, type Period } from './periods.js';
import type { AboveRow } from '../core/table.js';

export interface TaskRow {
  source: SourceRef;
  record: TableRecord;
  ref: string;
  task: string;
  area?: string;
  /** The area is the title of the section row above the task. */
  sectionArea: boolean;
  orgsText: string;
  /** Each organisation named (split on , ; / and/et/y, or tiled with known names) and what the directory reads. */
  orgs: NamedOrg[];
  supportText: string;
  support: NamedOrg[];
  startRaw: CellValue;
  start?: ParsedDate;
  dueRaw: CellValue;
  due?: ParsedDate;
  timelineRaw: CellValue;
  timeline?: Timeline;
  /** Periods marked on a Gantt ("2026-Q1"), and the cell of the first period column (for findings). */
  periods: string[];
  periodCell?: string;
  status?: TaskStatus;
  indicator: string;
  /** A date of the row was read without a year: the sheet's year was used. */
  yearless: boolean;
  /** The enumerated cells as read, for the rules on values that are not in the list. */
  enums: { area?: EnumReading; status?: EnumReading };
}

export interface TaskContext {
  orgs: AgencyDirectory;
  readings: SheetReadings;
  order?: DayMonthOrder;
  /** The year of dates written without one. */
  year: number;
  above: readonly AboveRow[];
  firstColumn: number;
  /** The table has a start column: a timeline then gives the due date only. */
  hasStart: boolean;
  /** The table has a status column: without one, a lone ✓ in the notes marks the task done. */
  hasStatus: boolean;
  /** 0-based grid column of the task text, for banded rows. */
  taskColumn?: number;
}

const DONE = /^[✓✔☑✅]\s*$|^(done|fait|hecho)$/i;
const PERIOD_LABEL = (p: Required<Period>) => `${p.year}-${p.unit === 'Q' ? `Q${p.n}` : String(p.n).padStart(2, '0')}`;

/** A start or due cell: a date, or a date as a timeline writes it ("31st of March"). */
function dayCell(value: CellValue, ctx: TaskContext): { date?: ParsedDate; yearless: boolean } {
  const date = parseDate(value, ctx.order);
  if (date || isBlank(value)) return { date, yearless: false };
  const timeline = readTimeline(value, ctx.order);
  if (!timeline || timeline.steps.length !== 1) return { yearless: false };
  const span = timelineSpan({ ...timeline, steps: [{ ...timeline.steps[0], deadline: true }] }, ctx.year);
  return { date: span.due ? { iso: span.due } : undefined, yearless: needsYear(timeline) };
}

function marked(record: TableRecord, ctx: TaskContext) {
  const periods: { period: Required<Period>; yearless: boolean }[] = [];
  let first: number | undefined;
  for (const cell of record.keyed ?? []) {
    if (cell.field !== 'period') continue;
    first ??= cell.index;
    const period = parsePeriodKey(cell.key);
    if (!period || !(isMark(cell.value) || isColourMark(record.fills, cell.index, ctx.taskColumn))) continue;
    const above = period.year ?? yearAbove(ctx.above, cell.index);
    periods.push({ period: { ...period, year: above ?? ctx.year }, yearless: above === undefined });
  }
  return { periods, first };
}

export function toTaskRow(record: TableRecord, ctx: TaskContext): TaskRow {
  const v = (field: string) => cellText(record.values[field]);
  const row = record.source.row;
  // A task with no area of its own takes its section row's title ("Area 2 – Engagement with communities").
  const titled = !v('area') ? record.section?.text : undefined;
  const inherited = titled !== undefined;
  const area = titled
    ? { text: titled, value: areaOfTitle(titled) ?? titled }
    : readEnum<string>(AREA, v('area'), { row, field: 'area' }, ctx.readings);
  let status = readEnum<TaskStatus>(TASK_STATUS, v('status'), { row, field: 'status' }, ctx.readings);
  if (!ctx.hasStatus && DONE.test(v('next_steps'))) {
    ctx.readings.normalised.push({ row, field: 'next_steps', text: v('next_steps'), canonical: 'Completed' });
    status = { text: v('next_steps'), value: 'Completed' };
  }
  const names = (field: string) => {
    const named = namedOrgs(v(field), ctx.orgs);
    for (const { token, match } of named)
      if (match.kind === 'known' && !match.official)
        ctx.readings.normalised.push({ row, field, text: token, canonical: match.agency.acronym });
    return named;
  };
  const date = (field: 'start' | 'due') => {
    const read = dayCell(record.values[field] ?? null, ctx);
    if (!isBlank(record.values[field]))
      ctx.readings.dates.push({ row, field, text: v(field), ...(read.date ? { date: read.date } : {}) });
    return read;
  };
  const start = date('start');
  const due = date('due');
  let startIso = start.date;
  let dueIso = due.date;
  let yearless = start.yearless || due.yearless;
  const timeline = readTimeline(record.values.timeline ?? null, ctx.order);
  // Columns first, then a timeline as written, then a Gantt's marks: each fills what the one before left empty.
  if (timeline && (!startIso || !dueIso)) {
    const span = timelineSpan(timeline, ctx.year);
    const start = !startIso && span.start && !ctx.hasStart;
    if (start) startIso = { iso: span.start! };
    if (!dueIso && span.due) dueIso = { iso: span.due };
    if (start || dueIso === undefined || !due.date) yearless ||= needsYear(timeline);
  }
  const gantt = marked(record, ctx);
  if (gantt.periods.length && (!startIso || !dueIso)) {
    startIso ??= { iso: periodSpan(gantt.periods[0].period).start };
    dueIso ??= { iso: periodSpan(gantt.periods[gantt.periods.length - 1].period).end };
    yearless ||= gantt.periods.some((p) => p.yearless);
  }
  return {
    source: record.source,
    record,
    ref: v('ref'),
    task: v('task'),
    area: area?.value,
    sectionArea: inherited,
    orgsText: v('responsible_orgs'),
    orgs: names('responsible_orgs'),
    supportText: v('support_orgs'),
    support: names('support_orgs'),
    startRaw: record.values.start ?? null,
    start: startIso,
    dueRaw: record.values.due ?? null,
    due: dueIso,
    timelineRaw: record.values.timeline ?? null,
    timeline,
    periods: gantt.periods.map((p) => PERIOD_LABEL(p.period)),
    ...(gantt.first === undefined ? {} : { periodCell: a1(ctx.firstColumn - 1 + gantt.first, row) }),
    status: status?.value,
    indicator: v('indicator'),
    yearless,
    enums: { area: inherited ? undefined : area, status },
  };
}

/** True when a task gives no timeframe at all: no date, no readable timeline, no marked period. */
export function hasNoTimeframe(row: TaskRow): boolean {
  return !row.start && !row.due && !row.periods.length && (isBlank(row.timelineRaw) || !row.timeline);
}
