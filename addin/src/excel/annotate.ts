/**
 * Marks cells with findings (fill by severity, plus a note or a comment) and takes exactly
 * those marks away again. The user's own fills, notes and comments are never changed.
 */
import type { Finding, Severity } from '../../../templates/index.js';
import type { ExcelHost } from './host.js';
import { qualified } from './host.js';
import { FILLS, NO_FILL, STATE_SHEET } from './names.js';
import { loadState, stateEntries, writeState, type AnnotationEntry } from './state.js';

export type MarkMode = 'note' | 'comment' | 'none';

/** Notes need ExcelApi 1.18, comments 1.10; older hosts get fills only. */
export function markMode(host: ExcelHost): MarkMode {
  if (host.supports('1.18')) return 'note';
  if (host.supports('1.10')) return 'comment';
  return 'none';
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export interface CellAnnotation {
  sheet: string;
  cell: string;
  severity: Severity;
  text: string;
}

/** One annotation per cell: the most severe finding sets the colour, every message goes in the text. */
export function annotationsFor(findings: readonly Finding[]): CellAnnotation[] {
  const byCell = new Map<string, CellAnnotation>();
  for (const f of findings) {
    if (!f.sheet || !f.cell) continue;
    const key = `${f.sheet}!${f.cell}`;
    const line = `[${f.severity}] ${f.message}`;
    const existing = byCell.get(key);
    if (!existing) byCell.set(key, { sheet: f.sheet, cell: f.cell, severity: f.severity, text: `psea: ${line}` });
    else {
      existing.text += `\n${line}`;
      if (RANK[f.severity] < RANK[existing.severity]) existing.severity = f.severity;
    }
  }
  return [...byCell.values()];
}

const sameColour = (a: string, b: string) => a.toUpperCase() === b.toUpperCase();
const key = (e: { sheet: string; cell: string }) => `${e.sheet}!${e.cell}`;

interface Probe {
  range: Excel.Range;
  note?: Excel.Note;
  comment?: Excel.Comment;
}

/**
 * Queues a look at a cell's fill, note and (by id) the pane's earlier comment, to tell the pane's marks from the
 * user's.
 */
function probe(context: Excel.RequestContext, sheet: string, cell: string, mode: MarkMode, commentId = ''): Probe {
  const range = context.workbook.worksheets.getItem(sheet).getRange(cell);
  range.format.fill.load('color');
  const seen: Probe = { range };
  if (mode === 'note') seen.note = context.workbook.notes.getItemOrNullObject(qualified(sheet, cell)).load('content');
  if (commentId) seen.comment = context.workbook.comments.getItemOrNullObject(commentId).load('content');
  return seen;
}

/** Queues the removal of one earlier mark, as far as the cell still shows it unchanged. */
function unmark(entry: AnnotationEntry, seen: Probe): void {
  if (sameColour(seen.range.format.fill.color, entry.fill)) {
    if (!entry.previousFill || sameColour(entry.previousFill, NO_FILL)) seen.range.format.fill.clear();
    else seen.range.format.fill.color = entry.previousFill;
  }
  if (entry.mark === 'note' && seen.note && !seen.note.isNullObject && seen.note.content === entry.text)
    seen.note.delete();
  if (entry.mark === 'comment' && seen.comment && !seen.comment.isNullObject && seen.comment.content === entry.text)
    seen.comment.delete();
}

/** Marks on a sheet the user deleted since are gone with it: skipped, so clearing never fails on them. */
function onExistingSheets(entries: AnnotationEntry[], sheets: Excel.WorksheetCollection): AnnotationEntry[] {
  const names = new Set(sheets.items.map((s) => s.name));
  return entries.filter((e) => names.has(e.sheet));
}

export interface AnnotateResult {
  cells: number;
  mode: MarkMode;
  skippedMarks: number;
  syncs: number;
}

/**
 * Round trip 1 reads the state sheet and the fill (and note) of every cell involved.
 * Round trip 2 removes the earlier marks, sets the new ones and rewrites the state.
 * With comments, a third round trip records the new comments' ids.
 */
export async function annotate(host: ExcelHost, findings: readonly Finding[]): Promise<AnnotateResult> {
  const mode = markMode(host);
  const wanted = annotationsFor(findings);
  return host.run(async (context) => {
    let syncs = 0;
    const state = loadState(context);
    const sheets = context.workbook.worksheets.load('items/name');
    await context.sync();
    syncs++;
    const old = onExistingSheets(stateEntries(state), sheets);
    const cells = new Map<string, { sheet: string; cell: string; markId: string }>();
    for (const c of wanted) cells.set(key(c), { ...c, markId: '' });
    for (const e of old) cells.set(key(e), e);
    const probes = new Map<string, Probe>();
    for (const [k, c] of cells) probes.set(k, probe(context, c.sheet, c.cell, mode, c.markId));
    await context.sync();
    syncs++;
    const oldByCell = new Map(old.map((e) => [key(e), e]));
    // What the user had before the pane's earlier marks, read before anything is changed.
    const before = new Map<string, string>();
    for (const c of wanted) {
      const seen = probes.get(key(c))!;
      const earlier = oldByCell.get(key(c));
      const current = seen.range.format.fill.color;
      before.set(key(c), earlier && sameColour(current, earlier.fill) ? earlier.previousFill : current);
    }
    for (const e of old) unmark(e, probes.get(key(e))!);
    let skippedMarks = 0;
    const entries: AnnotationEntry[] = [];
    const comments: { entry: AnnotationEntry; comment: Excel.Comment }[] = [];
    for (const c of wanted) {
      const seen = probes.get(key(c))!;
      const fill = FILLS[c.severity];
      seen.range.format.fill.color = fill;
      const entry: AnnotationEntry = {
        sheet: c.sheet,
        cell: c.cell,
        fill,
        previousFill: before.get(key(c)) ?? NO_FILL,
        mark: '',
        markId: '',
        text: c.text,
      };
      const earlier = oldByCell.get(key(c));
      const userNote =
        seen.note && !seen.note.isNullObject && !(earlier?.mark === 'note' && seen.note.content === earlier.text);
      if (mode === 'note' && !userNote) {
        context.workbook.notes.add(qualified(c.sheet, c.cell), c.text);
        entry.mark = 'note';
      } else if (mode === 'comment') {
        const comment = context.workbook.comments.add(qualified(c.sheet, c.cell), c.text);
        comment.load('id');
        entry.mark = 'comment';
        comments.push({ entry, comment });
      } else if (mode === 'note') skippedMarks++;
      entries.push(entry);
    }
    writeState(context, state, entries);
    await context.sync();
    syncs++;
    if (comments.length) {
      for (const { entry, comment } of comments) entry.markId = comment.id;
      // The ids column (F) of the rows just written; the state sheet exists by now.
      const ids = entries.map((e) => [e.markId]);
      context.workbook.worksheets.getItem(STATE_SHEET).getRange(`F2:F${ids.length + 1}`).values = ids;
      await context.sync();
      syncs++;
    }
    return { cells: entries.length, mode, skippedMarks, syncs };
  });
}

/** Removes every mark the state sheet records, if the cell still shows it; then forgets them. */
export async function clearAnnotations(host: ExcelHost): Promise<{ cells: number; syncs: number }> {
  const mode = markMode(host);
  return host.run(async (context) => {
    const state = loadState(context);
    const sheets = context.workbook.worksheets.load('items/name');
    await context.sync();
    const old = onExistingSheets(stateEntries(state), sheets);
    if (!old.length) {
      if (state.sheet.isNullObject) return { cells: 0, syncs: 1 };
      state.sheet.delete();
      await context.sync();
      return { cells: 0, syncs: 2 };
    }
    const probes = old.map((e) =>
      probe(context, e.sheet, e.cell, e.mark === 'note' && mode === 'note' ? 'note' : 'none', e.markId),
    );
    await context.sync();
    old.forEach((e, i) => unmark(e, probes[i]));
    state.sheet.delete();
    await context.sync();
    return { cells: old.length, syncs: 3 };
  });
}
