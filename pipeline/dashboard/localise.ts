/**
 * The dashboard's last step: every value of ours in the page's language (statuses, responses, areas, criteria,
 * standards) and pillars by number and name. A row or chart whose key is shown otherwise keeps the canonical key
 * beside it (`key`, `keys`), so a reader of the embedded data (the oracle) still finds it.
 */
import type { Lang } from '../../templates/index.js';
import { isOurValue, valueLabel } from '../../templates/present/labels.js';
import type { Cell, Section } from './model.js';

export interface Names {
  /** Pillar number → its name, from the records' pillar_name. */
  pillars: ReadonlyMap<string, string>;
}

export function pillarLabel(number: string, names: Names): string {
  const name = names.pillars.get(number);
  return name ? `${number} – ${name}` : number;
}

function shown(value: Cell, lang: Lang): Cell {
  return typeof value === 'string' && isOurValue(value) ? valueLabel(value, lang) : value;
}

/** Sections whose first column is the pillar (its label is the page's word for it) show pillar names. */
export function localiseSections(sections: Section[], lang: Lang, names: Names, pillarWord: string): Section[] {
  for (const section of sections) {
    const byPillar = section.tables.some((t) => t.columns[0]?.label === pillarWord);
    const key = (value: Cell, pillar: boolean): Cell =>
      pillar && typeof value === 'string' ? pillarLabel(value, names) : shown(value, lang);
    for (const table of section.tables) {
      const pillar = table.columns[0]?.label === pillarWord;
      for (const row of table.rows) {
        const first = row.cells[0];
        row.cells = row.cells.map((c, i) => (i === 0 ? key(c, pillar) : shown(c, lang)));
        if (row.cells[0] !== first) row.key = first;
      }
    }
    const chart = section.chart;
    if (chart?.type === 'bar') {
      const categories = chart.categories.map((c) => String(key(c, byPillar)));
      if (categories.some((c, i) => c !== chart.categories[i])) chart.keys = chart.categories;
      chart.categories = categories;
      for (const s of chart.series) s.name = String(shown(s.name, lang));
    } else if (chart?.type === 'heatmap') {
      chart.x = chart.x.map((x) => String(shown(x, lang)));
      chart.y = chart.y.map((y) => String(shown(y, lang)));
      for (const level of chart.levels) level.name = String(shown(level.name, lang));
    }
  }
  return sections;
}
