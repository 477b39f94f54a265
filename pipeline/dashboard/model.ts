/** What the dashboard page shows, as plain data: built in Node, embedded as JSON, drawn by the client script. */
import type { Lang, OutputRecord, SourceRef } from '../../templates/index.js';
import { rowRuns } from '../../templates/core/runs.js';

export type Cell = string | number | null;

export interface SeriesSpec {
  name: string;
  data: (number | null)[];
  /** Stack id: series with the same stack are drawn on top of each other. */
  stack?: string;
  /** Values are shares 0–1, shown as percentages. */
  percent?: boolean;
  /** Fixed colour, so a status keeps its colour across charts. */
  color?: string;
  opacity?: number;
}

/** One colour per status or severity across the page. */
export const COLORS: Readonly<Record<string, string>> = {
  'not started': '#bdbdbd',
  'in progress': '#e08214',
  completed: '#1b6fae',
  'no longer applicable': '#756bb1',
  unknown: '#c0392b',
  blank: '#e8e8e8',
  error: '#c0392b',
  warning: '#e08214',
  info: '#1b6fae',
  Accept: '#1b6fae',
  'Partially accept': '#7fb8e0',
  'Not accept': '#e08214',
  'Not started': '#d0d0d0',
  'In progress': '#7fb8e0',
  Completed: '#1b6fae',
  Delayed: '#e08214',
  Cancelled: '#756bb1',
};

export interface BarChart {
  type: 'bar';
  categories: string[];
  /** The canonical categories, when the page shows them otherwise (translated, pillars with their names). */
  keys?: string[];
  series: SeriesSpec[];
  horizontal?: boolean;
}

export interface HeatmapChart {
  type: 'heatmap';
  x: string[];
  y: string[];
  /** Legend order of the statuses, each with its colour. */
  levels: { name: string; color: string }[];
  /** [x index, y index, level index] */
  cells: [number, number, number][];
  /** Cells drawn with a mark, and why: a status reported under a typo of the agency's name. */
  marks?: { x: number; y: number; note: string }[];
}

export type ChartSpec = BarChart | HeatmapChart;

export interface ColumnSpec {
  label: string;
  format?: 'number' | 'percent' | 'text';
}

export interface TableSpec {
  caption?: string;
  /** The findings' tables: the severity of their rules; info starts collapsed. */
  severity?: 'error' | 'warning' | 'info';
  collapsed?: boolean;
  columns: ColumnSpec[];
  /** `key`: the row's canonical first cell, when the page shows it otherwise. */
  rows: { cells: Cell[]; source: string; key?: Cell }[];
  /** Rows left out of a long table (they are all in consolidated.xlsx). */
  omitted?: number;
}

export interface Section {
  id: string;
  title: string;
  /** Short line under the title (e.g. the overall implementation rate). */
  note?: string;
  /** "How to read this": one line under the chart, in the page's language. */
  read?: string;
  chart?: ChartSpec;
  tables: TableSpec[];
  /** No input of this kind: the page shows the "no data" note. */
  empty?: boolean;
}

export interface DashboardData {
  lang: Lang;
  strings: Record<string, string>;
  header: { label: string; value: string | number }[];
  sections: Section[];
}

/** Records of one kind with their provenance; values and derived values are looked up by field name. */
export type Records = readonly OutputRecord[];

export function fieldValue(record: OutputRecord, field: string): unknown {
  return record.values[field] ?? record.derived[field] ?? null;
}

/** "a.xlsx › Matrix › rows 5–7, 12; b.xlsx › Sheet1 › rows 3" — every row a number came from. */
export function describeSources(sources: readonly SourceRef[], rowsWord = 'rows', limit = 12): string {
  const groups = new Map<string, number[]>();
  for (const s of sources) {
    const id = `${s.file} › ${s.sheet}`;
    const rows = groups.get(id);
    if (rows) rows.push(s.row);
    else groups.set(id, [s.row]);
  }
  return [...groups].map(([id, rows]) => `${id} › ${rowsWord} ${rowRanges(rows, limit)}`).join('; ');
}

export function rowRanges(rows: readonly number[], limit = 12): string {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const ranges = rowRuns(sorted);
  return ranges.length > limit ? `${ranges.slice(0, limit).join(', ')}, … (${sorted.length})` : ranges.join(', ');
}

/** Sources of the records whose field matches a table row's key (codes fields match any listed code). */
export function sourcesWhere(records: Records, field: string, key: string, rowsWord: string): string {
  return describeSources(sourceIndex(records, field).get(key.toLowerCase()) ?? [], rowsWord);
}

/** Each records list's index by field: key → sources, built once, not a scan of the records per table row. */
const indexes = new WeakMap<Records, Map<string, Map<string, SourceRef[]>>>();

function sourceIndex(records: Records, field: string): Map<string, SourceRef[]> {
  let byField = indexes.get(records);
  if (!byField) indexes.set(records, (byField = new Map()));
  let index = byField.get(field);
  if (index) return index;
  byField.set(field, (index = new Map()));
  for (const r of records) {
    const v = fieldValue(r, field);
    if (v === null || v === undefined) continue;
    const text = String(v).toLowerCase();
    // The record's value matches as a whole or as any of the codes it lists, once.
    for (const token of new Set([text, ...text.split(/\s*[,;/]\s*|\s+and\s+/)])) {
      const list = index.get(token);
      if (list) list.push(r.source);
      else index.set(token, [r.source]);
    }
  }
  return index;
}

export function singleSource(s: { source_file: string; source_sheet: string; source_row: number }): string {
  return `${s.source_file} › ${s.source_sheet} › ${s.source_row}`;
}

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
export const num = (v: unknown): number => (typeof v === 'number' ? v : 0);
