/**
 * The matcher on every header text of both corpora (headers.json of test/corpus/management-response and
 * test/corpus/inter-agency), both ways: a positive entry names its field (and the parameter a wide or dated column
 * gives), a negative entry names no field. The fields the inter-agency corpus
 * proposes for issue 14 are declared by concepts only (proposed-ia.ts), as that issue will declare them.
 * Prints the figures.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { headerCandidates, sameStrength, type HeaderText } from '../../templates/core/headers/matcher.js';
import { headerWords } from '../../templates/core/headers/words.js';
import { MATRIX } from '../../templates/management-response/fields.js';
import { MAPPING } from '../../templates/mapping/fields.js';
import { ACTION_PLAN } from '../../templates/action-plan/fields.js';
import type { FieldDef, TemplateDef } from '../../templates/index.js';
import { FOCAL_POINTS, PARTNER_ASSESSMENT, PROPOSED_MAPPING, PROPOSED_PLAN } from './proposed-ia.js';

interface Entry {
  text: string;
  field: string | null;
  kind: string;
  lang: string;
  note?: string;
  round?: string;
  standard?: string;
  period?: string;
  layout?: string;
}

const CORPUS = join(process.cwd(), 'test/corpus');
const mr = (JSON.parse(readFileSync(join(CORPUS, 'management-response/headers.json'), 'utf8')) as Entry[]).map((e) => ({
  ...e,
  kind: 'management-response',
}));
const ia = (JSON.parse(readFileSync(join(CORPUS, 'inter-agency/headers.json'), 'utf8')) as { headers: Entry[] })
  .headers;

/** The kind with the proposed fields it does not declare yet; `change` adjusts a field the proposal takes over. */
function withProposed(def: TemplateDef, proposed: readonly FieldDef[], change: (f: FieldDef) => FieldDef = (f) => f) {
  const own = new Set(def.fields.map((f) => f.key));
  return { ...def, fields: [...def.fields.map(change), ...proposed.filter((f) => !own.has(f.key))] };
}

const DEFS: Record<string, TemplateDef> = {
  // Issue 13 declares the fields its corpus proposed (key actions, due dates, dated rounds) in the kind itself.
  'management-response': MATRIX,
  mapping: withProposed(MAPPING, PROPOSED_MAPPING),
  'action-plan': withProposed(ACTION_PLAN, PROPOSED_PLAN),
  'focal-points': FOCAL_POINTS,
  'partner-assessment': PARTNER_ASSESSMENT,
};

/** The field an entry expects, in the test's declarations: a wide mapping column is a standard's status. */
const expectedField = (e: Entry) => (e.kind === 'mapping' && e.layout === 'wide' ? 'standard_status' : e.field);

/** The parameter it expects: a standard, a period (its year from the merged group label), a round. */
const expectedParam = (e: Entry) => e.standard ?? e.period ?? e.round;

/**
 * The ways a sheet may show it. Lines of one cell are one header. Rows (joined by a line break in headers.json) are
 * either one header broken over rows (WFP's "Evaluation / recommendation / no.") or a group label over the last
 * line ("Time 2" over "Status"): both readings are tried. "Jan" under a merged "2026" gets that group label.
 */
function readings(e: Entry): HeaderText[] {
  const merged = /merged year '(\d{4})'/.exec(e.note ?? '');
  if (merged) return [{ group: merged[1], own: e.text }];
  const lines = e.text.split('\n');
  const oneCell = { own: lines.join(' ') };
  if (lines.length === 1 || /in one cell/.test(e.note ?? '')) return [oneCell];
  return [oneCell, { group: lines.slice(0, -1).join(' '), own: lines[lines.length - 1] }];
}

/** The one field the matcher names, its parameter, or null (none, or two tied). */
function named(def: TemplateDef, h: HeaderText): { field: string | null; param?: string } {
  const [best, next] = headerCandidates(def, h);
  if (!best || (next && sameStrength(best, next) && next.field !== best.field)) return { field: null };
  return { field: best.field, ...(best.param === undefined ? {} : { param: best.param }) };
}

/**
 * Entries that read the same once folded but name different fields: the header alone cannot tell them apart (the
 * table around it does). The winner is what the product reads; the other entry is listed, not hidden.
 */
const CONTRADICTIONS: Record<string, { winner: string; why: string }> = {
  'management-response|rec #': { winner: 'rec_no', why: '"Rec#" heads the seed Table 3 range column, not a matrix' },
  'management-response|category': { winner: 'criterion', why: 'the seed calls its criteria "categories"' },
  'management-response|evaluation recommendation': {
    winner: 'criterion_ref',
    why: 'the seed heads its N.M reference so; OCHA its recommendation text',
  },
};

const entries = [...mr, ...ia];
const keyOf = (e: Entry) => `${e.kind}|${headerWords(e.text.replace(/\n/g, ' ')).join(' ')}`;
const fieldsByKey = new Map<string, Set<string | null>>();
for (const e of entries) fieldsByKey.set(keyOf(e), (fieldsByKey.get(keyOf(e)) ?? new Set()).add(expectedField(e)));
const contradicted = (e: Entry) => (fieldsByKey.get(keyOf(e))?.size ?? 0) > 1;

describe('the header matcher on both corpora’s header texts', () => {
  // Right in the reading that fits the layout, and never another field in any reading.
  const rows = entries.map((e) => {
    const want = expectedField(e);
    const param = expectedParam(e);
    const got = readings(e).map((h) => named(DEFS[e.kind], h));
    const right = (g: (typeof got)[number]) =>
      g.field === want && (want === null || param === undefined || g.param === param);
    const ok = got.some(right) && got.every((g) => right(g) || g.field === null);
    return { e, got: got.find((g) => !right(g)) ?? got[0], want, ok };
  });

  it('names each positive entry’s field and no field for each negative one', () => {
    const wrong = rows
      .filter((r) => !r.ok && !contradicted(r.e))
      .map((r) => `${r.e.kind} ${JSON.stringify(r.e.text)}: want ${r.want}, got ${r.got.field} ${r.got.param ?? ''}`);
    expect(wrong).toEqual([]);
  });

  it('reads the contradictory entries (one text, two fields) as the product decides, and lists them', () => {
    const found = [...new Set(entries.filter(contradicted).map(keyOf))].sort();
    expect(found).toEqual(Object.keys(CONTRADICTIONS).sort());
    for (const [key, { winner }] of Object.entries(CONTRADICTIONS)) {
      const e = entries.find((x) => keyOf(x) === key)!;
      expect(named(DEFS[e.kind], readings(e)[0]).field, key).toBe(winner);
    }
  });

  it('prints the figures', () => {
    const table = new Map<string, { pos: number; posOk: number; neg: number; negOk: number; odd: number }>();
    for (const r of rows) {
      const t = table.get(r.e.kind) ?? { pos: 0, posOk: 0, neg: 0, negOk: 0, odd: 0 };
      if (contradicted(r.e)) t.odd++;
      else if (r.want === null) {
        t.neg++;
        if (r.ok) t.negOk++;
      } else {
        t.pos++;
        if (r.ok) t.posOk++;
      }
      table.set(r.e.kind, t);
    }
    const lines = [...table].map(
      ([kind, t]) =>
        `${kind.padEnd(20)} positives ${t.posOk}/${t.pos}  negatives ${t.negOk}/${t.neg}  contradictory ${t.odd}`,
    );
    const total = `header texts: ${entries.length} (${mr.length} management-response, ${ia.length} inter-agency)`;
    console.log(`${total}\n${lines.join('\n')}`);
    expect(lines.length).toBe(5);
  });
});
