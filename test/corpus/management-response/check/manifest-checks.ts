/**
 * Checks of a file's reading against its manifest entry. Each returns the problems found (empty when the file
 * holds what the manifest says), so a failing test names every mismatch at once.
 */
import type { ExpectedFile, ExpectedSheet } from '../generate/model.js';
import { at, colIndex, isEmptyRow, lastRow, type Grid, type Grids } from './grids.js';

/** Each expected column's header texts, top to bottom with repeats collapsed, are in the file. */
export function headerProblems(g: Grid, sheet: ExpectedSheet): string[] {
  const out: string[] = [];
  for (const t of sheet.tables ?? []) {
    for (const c of t.columns) {
      const seen: string[] = [];
      for (const row of t.header_rows) {
        const text = at(g, row, colIndex(c.col));
        if (text && seen[seen.length - 1] !== text) seen.push(text);
      }
      if (JSON.stringify(seen) !== JSON.stringify(c.header)) {
        out.push(
          `${sheet.name}!${c.col}${t.header_rows[0]}: ` +
            `header ${JSON.stringify(seen)}, manifest ${JSON.stringify(c.header)}`,
        );
      }
    }
  }
  return out;
}

/** Every row from the first header down is a header row, a record or set aside, and blank rows are blank. */
export function accountingProblems(g: Grid, sheet: ExpectedSheet): string[] {
  const tables = sheet.tables ?? [];
  if (tables.length === 0) return [];
  const out: string[] = [];
  const role = new Map<number, string>();
  const claim = (row: number, what: string) => {
    if (role.has(row)) out.push(`${sheet.name} row ${row} is both ${role.get(row)} and ${what}`);
    role.set(row, what);
  };
  tables.forEach((t) => t.header_rows.forEach((r) => claim(r, 'header')));
  tables.forEach((t) => t.record_rows.forEach((r) => claim(r, 'record')));
  (sheet.set_aside ?? []).forEach((a) => claim(a.row, `set aside (${a.reason})`));
  const first = Math.min(...tables.map((t) => t.header_rows[0]));
  for (const r of sheet.title_rows ?? []) if (r >= first) out.push(`${sheet.name}: title row ${r} is below the header`);
  for (let row = first; row <= Math.max(lastRow(g), ...role.keys()); row++) {
    const what = role.get(row);
    if (!what && !isEmptyRow(g, row))
      out.push(`${sheet.name} row ${row} holds text and the manifest does not account for it`);
    if (what === 'record' && isEmptyRow(g, row)) out.push(`${sheet.name} row ${row} is a record and is empty`);
    if (what === 'set aside (blank)' && !isEmptyRow(g, row))
      out.push(`${sheet.name} row ${row} is a blank row with text`);
  }
  return out;
}

/** Defects and declared tables point at rows and sheets that exist; set-aside texts are where they say. */
export function locationProblems(grids: Grids, file: ExpectedFile): string[] {
  const out: string[] = [];
  for (const s of file.sheets) if (!grids[s.name]) out.push(`${file.file}: no sheet "${s.name}"`);
  for (const d of file.defects) {
    const g = grids[d.sheet];
    if (!g) out.push(`${file.file}: defect on missing sheet ${d.sheet}`);
    else if (isEmptyRow(g, d.row)) out.push(`${file.file}: defect "${d.what}" on empty row ${d.row}`);
  }
  for (const dec of file.declared) {
    const g = grids[dec.sheet];
    for (const row of dec.rows)
      if (!g || isEmptyRow(g, row)) out.push(`${file.file}: declared ${dec.kind} row ${row} is empty`);
  }
  for (const s of file.sheets) {
    for (const sec of s.sections ?? []) {
      const row = grids[s.name]?.[sec.row - 1] ?? [];
      if (!row.includes(sec.text)) out.push(`${file.file}: section "${sec.text}" not on row ${sec.row}`);
    }
  }
  return out;
}

/** Two readings of the same sheets hold the same texts (trailing empty cells and rows ignored). */
export function sameGrids(a: Grids, b: Grids, sheets: string[]): string[] {
  const trim = (g: Grid) => {
    const rows = g.map((r) => {
      const c = [...r];
      while (c.length && c[c.length - 1] === '') c.pop();
      return c;
    });
    while (rows.length && rows[rows.length - 1].length === 0) rows.pop();
    return rows;
  };
  const out: string[] = [];
  for (const name of sheets) {
    const [x, y] = [trim(a[name] ?? []), trim(b[name] ?? [])];
    for (let r = 0; r < Math.max(x.length, y.length); r++) {
      if (JSON.stringify(x[r] ?? []) !== JSON.stringify(y[r] ?? []))
        out.push(`${name} row ${r + 1}: ${JSON.stringify(x[r])} vs ${JSON.stringify(y[r])}`);
    }
  }
  return out;
}
