/**
 * The seed matrix with its inconsistencies corrected and nothing else changed: no error or warning is expected.
 * Each correction is listed in the manifest's notes.
 */
import { assemble } from '../assemble.js';
import type { WorkbookSpec } from '../model.js';
import { readSeedFacts, type SeedFacts } from './facts.js';
import { seedAcronyms, seedMatrix, seedTables } from './seed-sheets.js';
import { seedDeclared } from './seed-export.js';

const UNIT_FIXES: [RegExp, string][] = [
  [/(?<![A-Za-z/-])PDX(?![A-Za-z/-])/g, 'PXD'],
  [/(?<![A-Za-z/-])COMs(?![A-Za-z/-])/g, 'CoM/HoO'],
  [/(?<![A-Za-z/-])COs(?![A-Za-z/-])/g, 'CO'],
  [/DDG – O/g, 'DDG-O'],
  [/DOE \(GBV\), interagency PSEA\) RO/g, 'DOE (GBV), DOE (interagency PSEA), RO'],
];

export function correctSeed(seed: SeedFacts): { facts: SeedFacts; notes: string[] } {
  const facts = structuredClone(seed);
  const notes: string[] = [];
  const byNo = new Map(facts.recommendations.map((r) => [r.rec_no, r]));
  for (const m of facts.counts.label_ref_mismatches) {
    byNo.get(m.rec_no)!.criterion_label = m.expected_label;
    notes.push(`#${m.rec_no}: criterion "${m.label}" → "${m.expected_label}" (reference ${m.ref})`);
  }
  for (const l of facts.counts.links_one_way) {
    const target = byNo.get(l.target)!;
    target.linked = [...target.linked, l.rec_no].sort((a, b) => a - b);
    notes.push(`#${l.target}: link back to #${l.rec_no} added`);
  }
  const fix = (text: string, where: string) => {
    let out = text;
    for (const [re, to] of UNIT_FIXES) out = out.replace(re, to);
    if (out !== text) notes.push(`${where}: units "${text}" → "${out}"`);
    return out;
  };
  for (const r of facts.recommendations) {
    r.responsible = fix(r.responsible, `#${r.rec_no}`);
    r.support = fix(r.support, `#${r.rec_no}`);
    for (const p of r.points ?? []) {
      p.support = fix(p.support, `#${r.rec_no}${p.point}`);
      if (p.response !== 'Not accept' && p.key_actions_lines.length > 1) {
        p.key_actions_lines = p.key_actions_lines.filter((l) => l !== 'n/a');
        notes.push(`#${r.rec_no}${p.point}: the stray "n/a" key-action line removed`);
      }
    }
  }
  facts.acronyms = [
    ...facts.acronyms,
    { code: 'ICT', name: 'Information and Communications Technology' },
    { code: 'MEC', name: 'MEC (written in the seed without an expansion)' },
  ];
  notes.push('List of Acronyms: ICT and MEC added (the seed uses them in #29 and #33)');
  const labels: Record<string, string> = {
    Accept: 'Accept',
    'Partially accept': 'Partially Accept',
    'Not accept': 'Not Accept',
  };
  facts.declared.table1 = [
    ...Object.entries(facts.counts.acceptance_rolled_up).map(([k, n]) => ({
      label: labels[k],
      count: n,
      footnote: k === 'Partially accept' ? 1 : null,
    })),
    { label: 'TOTAL', count: facts.recommendations.length, footnote: null },
  ];
  notes.push('Table 1: counts from the rows (point responses rolled up)');
  facts.declared.footnote1 =
    'Recommendation #29 has two elements – one was accepted and one was not accepted; Recommendation #60 has four ' +
    'elements – two were not accepted, one was accepted and one was partially accepted.';
  facts.counts.footnote1_elements['60'].by_response = { ...facts.counts.footnote1_elements['60'].matrix_points! };
  notes.push('Footnote 1: #60 described as its point rows give it');
  for (const t of facts.declared.table3) t.name = facts.sections.find((s) => s.number === t.number)!.name;
  notes.push('Table 3: pillar names as the section headings write them');
  facts.counts.unit_tokens_not_in_acronym_list = { PRIMA: 1 };
  facts.counts.label_ref_mismatches = [];
  facts.counts.links_one_way = [];
  return { facts, notes };
}

export function seedCorrected(): WorkbookSpec {
  const { facts, notes } = correctSeed(readSeedFacts());
  const matrix = seedMatrix(facts);
  const tables = seedTables(facts);
  return assemble(
    {
      file: 'iom-2023-seed-corrected.xlsx',
      organisation: 'IOM',
      format: ['S15'],
      language: 'en',
      tool: 'exceljs',
      numbering: ['1 … 62', 'points a–e (#48), a–b (#54), a–d (#60)'],
      due_formats: [],
      declared: seedDeclared(facts, tables.rows),
      notes: ['No error or warning expected.', ...notes],
      hard_cases: [
        {
          sheet: 'Matrix',
          what: 'unit cells still hold the seed’s prose ("EO and various entities, as required"): not errors',
        },
      ],
    },
    [matrix.part, tables.part, seedAcronyms(facts)],
  );
}
