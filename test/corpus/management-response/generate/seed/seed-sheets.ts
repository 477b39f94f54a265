/**
 * The seed matrix as a coordinator exports it: one row per recommendation, one row per point where the seed gives a
 * response per point (#48, #54, #60), "Pillar n: …" section rows, the seed's own column wording (its four
 * monitoring labels as written), Tables 1–3 with footnote 1 on a second sheet, the List of Acronyms on a third.
 */
import type { Part } from '../assemble.js';
import type { Cell, Response } from '../model.js';
import { SheetBuilder, type Column } from '../sheet-builder.js';
import type { SeedFacts } from './facts.js';

const text = (keys: [string, string | null, string, number][]): Column[] =>
  keys.map(([key, field, header, width]) => ({ key, field, header: [header], width }));

function columns(facts: SeedFacts): Column[] {
  const [s2, c2, s3, c3] = facts.status_labels;
  return text([
    ['no', 'rec_no', 'Recommendation #', 8],
    ['point', 'point', 'Point', 6],
    ['links', 'linked_recs', 'Linked recommendations', 12],
    ['crit', 'criterion', 'Evaluation criterion', 16],
    ['ref', 'criterion_ref', 'Evaluation recommendation', 10],
    ['text', 'recommendation', 'Recommendation', 60],
    ['resp_units', 'responsible_units', 'Responsible unit(s)', 16],
    ['support', 'support_units', 'Support from', 24],
    ['resp', 'response', 'Management response', 16],
    ['why', 'response_rationale', 'Rationale', 40],
    ['ka', 'key_actions', 'Key actions', 60],
    ['s2', 'status_t2', s2, 16],
    ['c2', 'comment_t2', c2, 24],
    ['s3', 'status_t3', s3, 16],
    ['c3', 'comment_t3', c3, 24],
  ]);
}

export interface SeedMatrix {
  part: Part;
  /** Sheet rows of each recommendation (one, or one per point). */
  rows: Map<number, number[]>;
}

export function seedMatrix(facts: SeedFacts): SeedMatrix {
  const b = new SheetBuilder('Matrix');
  b.title('Management Response and Action Plan Matrix');
  b.title(facts.title);
  b.title(`Date of publication: ${facts.published}`);
  b.title();
  b.table(columns(facts));
  const rows = new Map<number, number[]>();
  let pillar = 0;
  for (const rec of facts.recommendations) {
    if (rec.pillar !== pillar) {
      pillar = rec.pillar;
      const name = facts.sections.find((s) => s.number === pillar)!.name;
      b.section(`Pillar ${pillar}: ${name}`, name, { number: pillar, merged: true });
    }
    const head = {
      no: rec.rec_no,
      links: rec.linked.map((n) => `#${n}`).join(', ') || null,
      crit: rec.criterion_label,
      ref: rec.criterion_ref,
      text: rec.text,
    };
    const at: number[] = [];
    if (!rec.points) {
      const cells = {
        ...head,
        resp_units: rec.responsible,
        support: rec.support,
        resp: rec.response_as_written,
        why: rec.rationale,
        ka: rec.key_actions,
      };
      at.push(b.record(cells, { rec_no: rec.rec_no, response: rec.response as Response }));
    } else {
      rec.points.forEach((p, i) => {
        const cells = {
          ...(i === 0 ? head : { no: rec.rec_no }),
          point: p.point,
          resp_units: p.responsible,
          support: p.support,
          resp: p.response_as_written,
          why: p.rationale,
          ka: p.key_actions_lines.join('\n'),
        };
        at.push(b.record(cells, { rec_no: rec.rec_no, point: p.point, response: p.response as Response }));
      });
    }
    rows.set(rec.rec_no, at);
  }
  return { part: { spec: b.sheet(), expected: b.expected() }, rows };
}

/** Tables 1–3 and footnote 1 as the seed prints them; the rows of each table are returned for the manifest. */
export function seedTables(facts: SeedFacts): { part: Part; rows: Record<'t1' | 't2' | 't3' | 'fn', number[]> } {
  const rows: Cell[][] = [];
  const at: Record<'t1' | 't2' | 't3' | 'fn', number[]> = { t1: [], t2: [], t3: [], fn: [] };
  const push = (cells: Cell[], key?: keyof typeof at) => {
    rows.push(cells);
    if (key) at[key].push(rows.length);
  };
  const d = facts.declared;
  push(['Table 1: Acceptance of External Evaluation Recommendations']);
  push(['Level of acceptance', 'TOTAL']);
  for (const r of d.table1) push([r.label, r.count, r.footnote ? String(r.footnote) : null], 't1');
  push([]);
  push(['Table 2: External Evaluation (Thematic Areas)']);
  push([null, null, 'Recommendations #', 'TOTAL']);
  for (const r of d.table2) push([r.digit, r.label, r.range, r.count], 't2');
  push([null, null, 'TOTAL', d.table2.reduce((n, r) => n + r.count, 0)], 't2');
  push([]);
  push(['Table 3: IOM PSEAH Strategic Pillars']);
  push([null, null, 'Rec#', 'TOTAL']);
  for (const r of d.table3) push([r.number, r.name, r.range, r.count], 't3');
  push([null, null, 'TOTAL', d.table3.reduce((n, r) => n + r.count, 0)], 't3');
  push([]);
  push([`1 ${d.footnote1}`], 'fn');
  return {
    part: {
      spec: { name: 'Tables', rows, merges: [], widths: [30, 50, 18, 12] },
      expected: { name: 'Tables', role: 'declared' },
    },
    rows: at,
  };
}

export function seedAcronyms(facts: SeedFacts): Part {
  const rows: Cell[][] = [['List of Acronyms'], ['Acronym', 'Meaning'], ...facts.acronyms.map((a) => [a.code, a.name])];
  return {
    spec: { name: 'List of Acronyms', rows, merges: [], widths: [14, 70] },
    expected: { name: 'List of Acronyms', role: 'units', units: facts.acronyms },
  };
}
