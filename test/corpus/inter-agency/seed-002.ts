/**
 * Reads the workplan table of seed 002 (a UN country team's PSEA workplan briefing) exactly as the
 * document gives it: the two title lines above it, its header and each row's four cells. The seed
 * is a Markdown rendering of the slides, so three rendering marks are undone and nothing else:
 * - "31 <sup>st</sup>": a superscript run, joined to its number (the renderer puts a space between
 *   runs; "6 <sup>th</sup> -13" was "6th-13th", a range);
 * - two spaces inside a cell: a line break (Markdown's hard break);
 * - "**…**" around a title line: bold.
 * Every cell keeps its raw seed text next to what the fixture writes, so the undoing can be checked.
 */

export interface Run {
  text: string;
  superscript?: true;
}
export interface SeedCell {
  raw: string;
  text: string;
  runs: Run[];
}
export interface SeedWorkplan {
  title: string[];
  header: string[];
  rows: SeedCell[][];
}

const HEADER = ['Task', 'Responsible Org.', 'Timeline', 'Note/Next steps'];

/** "6 <sup>th</sup> -13 <sup>th</sup> of May" → runs 6 | th (sup) | -13 | th (sup) | " of May". */
export function seedCell(raw: string): SeedCell {
  const runs: Run[] = [];
  const push = (text: string, superscript = false): void => {
    if (!text) return;
    const last = runs[runs.length - 1];
    if (last && !last.superscript && !superscript) last.text += text;
    else runs.push(superscript ? { text, superscript: true } : { text });
  };
  const body = raw.trim().replace(/ {2,}/g, '\n');
  const parts = body.split(/ ?<sup>([^<]*)<\/sup>/);
  parts.forEach((part, i) => {
    if (i % 2 === 1) return push(part, true);
    // The renderer's space after a superscript is only kept before a word ("31st of March", not "6th -13th").
    push(i > 0 && part.startsWith(' -') ? part.slice(1) : part);
  });
  return { raw, text: runs.map((r) => r.text).join(''), runs };
}

export function parseSeedWorkplan(seed: string): SeedWorkplan {
  const lines = seed.split('\n');
  const at = lines.findIndex((l) => l.split('\t').join('|') === HEADER.join('|'));
  if (at < 0)
    throw new Error('seed 002: the workplan header (Task, Responsible Org., Timeline, Note/Next steps) is missing');
  const title: string[] = [];
  let i = at - 1;
  while (i >= 0 && lines[i].trim() === '') i--;
  for (; i >= 0 && lines[i].trim() !== ''; i--) title.unshift(lines[i].trim().replace(/^\*\*(.*)\*\*$/, '$1'));
  const rows: SeedCell[][] = [];
  for (let r = at + 1; r < lines.length && lines[r].includes('\t'); r++) {
    const cells = lines[r].split('\t');
    while (cells.length < HEADER.length) cells.push('');
    rows.push(cells.map(seedCell));
  }
  return { title, header: HEADER, rows };
}
