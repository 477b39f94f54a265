/**
 * Issue 17's fast paths in header search read the same as the plain ones: kinds sharing one sheet's window texts
 * find the headers each finds alone, and a catalogue asked for no near reading differs from the full one only where
 * that one answers 'near' as a last resort.
 */
import { describe, expect, it } from 'vitest';
import { KINDS, detectSheet, locateHeader, type CellValue, type SheetGrid } from '../../templates/index.js';
import { headerWindows } from '../../templates/core/header.js';
import { StandardCatalogue } from '../../templates/inter-agency/standards/catalogue.js';
import { BUNDLED_SETS } from '../../templates/inter-agency/standards/sets.js';
import { seeded } from '../../bench/prng.js';

const PROSE = 'staff policy focal point network complaint referral training partner assessment community'.split(' ');

function prose(rand: () => number, words: number): string {
  return Array.from({ length: words }, () => PROSE[Math.floor(rand() * PROSE.length)]).join(' ');
}

/** A title, a header of known and unknown columns, rows of prose, numbers and dates. */
function sheet(rand: () => number, header: string[]): SheetGrid {
  const rows: CellValue[][] = [['A title over the sheet'], header];
  for (let r = 0; r < 12; r++)
    rows.push(
      header.map((_, c) => (c % 3 === 0 ? r + 1 : c % 3 === 1 ? prose(rand, 3 + (r % 9)) : new Date(2025, r, 3))),
    );
  return { name: 'S', rows };
}

const HEADERS = [
  ['No.', 'Recommendation', 'Management response', 'Responsible unit', 'Due date', 'Status'],
  ['Agency', 'MOS 1 Policy', 'MOS 2 Code of conduct', '3. PSEA focal point', 'Gaps', 'Planned action'],
  ['Action', 'Responsible', 'Jan', 'Feb', 'Mar', 'Q2 2026', 'Comments'],
  ['Partner', 'Core standard 1', 'Cs2', 'Evidence CS1', 'Justificación 2', 'Rating'],
  ['Staff awareness 2024', 'Polcy', 'Focal piont', 'Number of staff', 'Office', 'Budget'],
];

describe('fast paths of the header search', () => {
  it('finds for each kind, from windows shared with the others, the header it finds alone', () => {
    const rand = seeded(17);
    let claimed = 0;
    for (const header of HEADERS) {
      const grid = sheet(rand, header);
      const windows = headerWindows(grid);
      let found = 0;
      for (const kind of KINDS) {
        const alone = locateHeader(grid, kind.def);
        expect(locateHeader(grid, kind.def, windows), `${kind.def.kind} on ${header[0]}`).toEqual(alone);
        if (alone) found++;
      }
      if (found) claimed++;
      const detected = detectSheet(grid, KINDS);
      const best = KINDS.map((k) => locateHeader(grid, k.def)).filter((h) => h !== undefined);
      expect(detected?.header.score).toBe(best.length ? Math.max(...best.map((h) => h.score)) : undefined);
    }
    // The last header (no template's) is claimed by none; the others each by a kind.
    expect(claimed).toBe(HEADERS.length - 1);
  });

  it('answers without a near reading as with one, but where that one was near', () => {
    const full = new StandardCatalogue(BUNDLED_SETS);
    const quick = new StandardCatalogue(BUNDLED_SETS);
    const rand = seeded(3);
    const texts = [
      ...HEADERS.flat(),
      ...BUNDLED_SETS.flatMap((set) =>
        set.standards.flatMap((s) => [s.id, s.label.en, s.label.fr, s.label.en.slice(1), `${s.n}. ${s.label.en}`]),
      ),
      ...Array.from({ length: 200 }, (_, i) => prose(rand, 1 + (i % 14))),
    ];
    let near = 0;
    for (const text of texts)
      for (const prefer of [[], [BUNDLED_SETS[0].id], [BUNDLED_SETS[2].id]]) {
        const both = full.match(text, prefer);
        const without = quick.match(text, prefer, false);
        if (both?.how === 'near') {
          // Left out, or read near by its number ("MOS 3 – Policy"), which is no last resort.
          near++;
          if (without) expect(without, text).toEqual(both);
        } else expect(without, text).toEqual(both);
      }
    // Both sides of the comparison are exercised: texts read near, and texts read otherwise.
    expect(near).toBeGreaterThan(10);
  });
});
