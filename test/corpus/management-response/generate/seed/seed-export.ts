/**
 * The seed matrix as written (IOM 2023, S15): every inconsistency of the seed is an expected finding, each derived
 * from seed-facts.json (which extract_seed.py computed from the text, and corpus.test.ts recomputes).
 */
import { assemble } from '../assemble.js';
import type { Declared, Defect, WorkbookSpec } from '../model.js';
import { readSeedFacts, type SeedFacts } from './facts.js';
import { seedAcronyms, seedMatrix, seedTables } from './seed-sheets.js';

/** Suggestions for the seed's unit codes missing from its acronym list (checked by hand against the list). */
const UNIT_SUGGESTION: Record<string, string | undefined> = { PDX: 'PXD', COs: 'CO', COMs: 'CoM/HoO', DDG: 'DDG-O' };
/** Not codes: prose in a units cell ("Units responsible for PRIMA and Project Handbook revision"). */
const PROSE = new Set(['PRIMA']);

export const ACCEPTANCE_KEYS: Record<string, string> = {
  Accept: 'Accept',
  'Partially Accept': 'Partially accept',
  'Not Accept': 'Not accept',
  TOTAL: 'total',
};

export function seedDeclared(facts: SeedFacts, tables: ReturnType<typeof seedTables>['rows']): Declared[] {
  const c = facts.counts;
  const declared1 = Object.fromEntries(
    facts.declared.table1.map((r) => [ACCEPTANCE_KEYS[r.label] ?? r.label, r.count]),
  );
  const computed1 = { ...c.acceptance_rolled_up, total: facts.recommendations.length };
  const byDigit = Object.fromEntries(facts.declared.table2.map((r) => [String(r.digit), r.count]));
  const byPillar = Object.fromEntries(facts.declared.table3.map((r) => [String(r.number), r.count]));
  const fn = c.footnote1_elements['60'];
  const same = (a: Record<string, unknown>, b: Record<string, unknown>) => JSON.stringify(a) === JSON.stringify(b);
  return [
    {
      sheet: 'Tables',
      rows: tables.t1,
      kind: 'acceptance',
      declared: declared1,
      computed: computed1,
      agrees: same(declared1, computed1),
    },
    {
      sheet: 'Tables',
      rows: tables.t2,
      kind: 'by_criterion',
      declared: byDigit,
      computed: c.by_ref_digit,
      agrees: same(byDigit, c.by_ref_digit),
      note:
        'counted by the reference’s first digit; the labels disagree on the rows listed as ' +
        'management-response.criterion-label',
    },
    {
      sheet: 'Tables',
      rows: tables.t3,
      kind: 'by_pillar',
      declared: byPillar,
      computed: c.by_pillar_section,
      agrees: same(byPillar, c.by_pillar_section),
    },
    {
      sheet: 'Tables',
      rows: tables.fn,
      kind: 'footnote',
      declared: { rec: 60, ...fn.by_response },
      computed: { rec: 60, ...(fn.matrix_points ?? {}) },
      agrees: same(fn.by_response, fn.matrix_points ?? {}),
    },
  ];
}

function defects(facts: SeedFacts, rows: Map<number, number[]>, declared: Declared[]): Defect[] {
  const c = facts.counts;
  const first = (rec: number) => rows.get(rec)![0];
  const out: Defect[] = [];
  for (const m of c.label_ref_mismatches) {
    out.push({
      sheet: 'Matrix',
      row: first(m.rec_no),
      cell: `D${first(m.rec_no)}`,
      field: 'criterion',
      what: `#${m.rec_no}: "${m.label}" on reference ${m.ref}; ${m.ref.split('.')[0]}.x is ${m.expected_label}`,
      rule: 'management-response.criterion-label',
      severity: 'error',
    });
  }
  for (const l of c.links_one_way) {
    out.push({
      sheet: 'Matrix',
      row: first(l.rec_no),
      cell: `C${first(l.rec_no)}`,
      field: 'linked_recs',
      what: `#${l.rec_no} links to #${l.target}, which does not link back`,
      rule: 'management-response.link-one-way',
      severity: 'warning',
    });
  }
  for (const rec of facts.recommendations) {
    const cells = rec.points
      ? rec.points.map((p, i) => [rows.get(rec.rec_no)![i], p.responsible, p.support] as const)
      : [[first(rec.rec_no), rec.responsible, rec.support] as const];
    for (const [row, resp, support] of cells) {
      for (const token of Object.keys(c.unit_tokens_not_in_acronym_list).filter((t) => !PROSE.has(t))) {
        const word = new RegExp(`(?<![A-Za-z/-])${token}(?![A-Za-z/-])`);
        const col = word.test(resp) ? 'G' : word.test(support) ? 'H' : null;
        if (!col) continue;
        const hint = UNIT_SUGGESTION[token];
        const written = token === 'DDG' ? 'DDG – O' : token;
        out.push({
          sheet: 'Matrix',
          row,
          cell: `${col}${row}`,
          field: col === 'G' ? 'responsible_units' : 'support_units',
          what: `#${rec.rec_no}: "${written}" is not in the List of Acronyms${hint ? `; did you mean ${hint}?` : ''}`,
          rule: token === 'DDG' ? 'cell.value-normalised' : 'management-response.unit-unknown',
          severity: token === 'DDG' ? 'info' : 'warning',
        });
      }
    }
  }
  for (const d of declared.filter((x) => !x.agrees)) {
    const what =
      d.kind === 'footnote'
        ? 'footnote 1: "#60 has four elements – two not accepted and two partially accepted"; ' +
          'its point rows are a, b Not accept, c Accept, d Partially accept'
        : `Table 1 declares ${JSON.stringify(d.declared)}; the rows give ${JSON.stringify(d.computed)}`;
    out.push({
      sheet: 'Tables',
      row: d.rows[0],
      field: 'declared',
      what,
      rule: d.kind === 'footnote' ? 'management-response.footnote-elements' : 'management-response.declared-table',
      severity: 'warning',
    });
  }
  return out;
}

export function seedExport(): WorkbookSpec {
  const facts = readSeedFacts();
  const matrix = seedMatrix(facts);
  const tables = seedTables(facts);
  const declared = seedDeclared(facts, tables.rows);
  return assemble(
    {
      file: 'iom-2023-seed-export.xlsx',
      organisation: 'IOM',
      format: ['S15'],
      language: 'en',
      tool: 'exceljs',
      numbering: [
        '1 … 62',
        'points a–e (#48), a–b (#54), a–d (#60)',
        'evaluation references "N.M" in their own column',
      ],
      due_formats: [],
      declared,
      defects: defects(facts, matrix.rows, declared),
      hard_cases: [
        {
          sheet: 'Matrix',
          what:
            'the Time 2 / Time 3 headers are the seed’s own labels, e.g. ' +
            '"Final implementation monitoring status – discarded/open/completed: (Time 3)"',
        },
        {
          sheet: 'Matrix',
          what: '"Evaluation recommendation" holds the reference N.M (criterion_ref), not the recommendation',
        },
        {
          sheet: 'Tables',
          what: 'Table 3 names 3 of 5 pillars unlike the section headings (see README); ranges and counts agree',
        },
        {
          sheet: 'Matrix',
          what: 'unit cells hold prose ("EO and various entities, as required"); only code-like words are codes',
        },
      ],
      notes: facts.anomalies.map((a) => (a.rec_no ? `#${a.rec_no}: ${a.what}` : a.what)),
    },
    [matrix.part, tables.part, seedAcronyms(facts)],
  );
}
