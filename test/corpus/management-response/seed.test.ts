/**
 * The seed facts the corpus is built on: seed-facts.json is what extract_seed.py reads from the seed text today,
 * its counts agree with a second count in TypeScript, and the seed figures the issues quote are those counts.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR, PYTHON } from './generate/index.js';
import { SEED_FACTS, SEED_TEXT } from './generate/paths.js';
import { readSeedFacts } from './generate/seed/facts.js';
import { correctSeed } from './generate/seed/seed-corrected.js';
import { recount } from './check/seed-recount.js';

const facts = readSeedFacts();

describe('the seed facts', () => {
  it('are what extract_seed.py reads from the seed text now', () => {
    if (!existsSync(SEED_TEXT)) {
      // A clone without ../shared: the committed facts stand in for the seed (CI always has it).
      expect(process.env.CI, `${SEED_TEXT} is missing`).toBeFalsy();
      return;
    }
    const script = join(CORPUS_DIR, 'seed', 'extract_seed.py');
    const fresh = execFileSync(PYTHON, ['-B', script, SEED_TEXT], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
    expect(JSON.parse(fresh)).toEqual(JSON.parse(readFileSync(SEED_FACTS, 'utf8')));
  });

  it('count the same in TypeScript as in Python', () => {
    const ts = recount(facts);
    const py = facts.counts;
    expect(ts.acceptance_rolled_up).toEqual(py.acceptance_rolled_up);
    expect(ts.by_ref_digit).toEqual(py.by_ref_digit);
    expect(ts.by_pillar_section).toEqual(py.by_pillar_section);
    expect(ts.label_for_digit).toEqual(py.label_for_digit);
    expect(ts.label_ref_mismatches).toEqual(py.label_ref_mismatches.map((m) => m.rec_no));
    expect(ts.links_one_way).toEqual(py.links_one_way.map((l) => `${l.rec_no}→${l.target}`));
    expect([ts.unit_cells_PDX, ts.unit_cells_PXD]).toEqual([2, 4]);
  });

  it('give the figures the issues quote, and where the seed disagrees with itself', () => {
    const c = recount(facts);
    expect(c.recommendations).toBe(62);
    expect(c.label_ref_mismatches).toEqual([41, 42, 43, 52, 55, 56, 57, 58]);
    expect(c.links_one_way).toEqual(['23→2', '53→62', '54→62', '61→38', '61→53', '61→54']);
    // Table 1 declares 46 / 14 / 2; the rows, points rolled up, give 45 / 15 / 2.
    expect(facts.declared.table1.map((r) => r.count)).toEqual([46, 14, 2, 62]);
    expect(c.acceptance_rolled_up).toEqual({ Accept: 45, 'Partially accept': 15, 'Not accept': 2 });
    // Tables 2 and 3 agree with the references' first digits and with the section rows.
    expect(Object.values(c.by_ref_digit)).toEqual(facts.declared.table2.map((r) => r.count));
    expect(Object.values(c.by_pillar_section)).toEqual(facts.declared.table3.map((r) => r.count));
    // Footnote 1 says #60 is two not accepted and two partially accepted; its points say otherwise.
    const fn = facts.counts.footnote1_elements['60'];
    expect(fn.by_response).toEqual({ 'Not accept': 2, 'Partially accept': 2 });
    expect(fn.matrix_points).toEqual({ 'Not accept': 2, Accept: 1, 'Partially accept': 1 });
  });

  it('correct into a copy that has none of the seed’s inconsistencies left', () => {
    const { facts: fixed } = correctSeed(facts);
    const c = recount(fixed);
    expect(c.label_ref_mismatches).toEqual([]);
    expect(c.links_one_way).toEqual([]);
    expect(c.unit_cells_PDX).toBe(0);
    expect(fixed.declared.table1.slice(0, 3).map((r) => r.count)).toEqual(Object.values(c.acceptance_rolled_up));
    expect(fixed.recommendations.map((r) => r.text)).toEqual(facts.recommendations.map((r) => r.text));
  });
});
