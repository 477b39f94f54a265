/**
 * Issue 18: pillars and criteria by name in the output language, in the dashboard and in consolidated.xlsx's tables
 * and record sheets, from the names the settings give (the iom-2023 profile's, a Settings sheet's "name (fr)"
 * columns), the settings' own name where none is given in that language. records.json and tables.json keep the
 * names as read, so a run in another language is the same round (--previous finds no change).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { DashboardData } from '../../pipeline/dashboard/model.js';
import { psea } from '../cli-run.js';

/** Written by openpyxl (fixtures/make-matrix-names.py): two pillars and two criteria named in FR, one not in ES. */
const NAMED = join(process.cwd(), 'test/i18n/fixtures/matrix-names.xlsx');
type Lang = 'en' | 'fr' | 'es';

interface Run {
  out: string;
  dashboard: DashboardData;
  workbook: ExcelJS.Workbook;
}

async function consolidate(input: string, lang: Lang, ...more: string[]): Promise<Run> {
  const out = await mkdtemp(join(tmpdir(), `psea-names-${lang}-`));
  const run = await psea('consolidate', input, '--out', out, '--lang', lang, '--quiet', '--report-only', ...more);
  expect(run.code, run.stderr).toBe(0);
  const html = await readFile(join(out, 'dashboard.html'), 'utf8');
  const json = /<script type="application\/json" id="psea-data">([\s\S]*?)<\/script>/.exec(html)![1];
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(out, 'consolidated.xlsx'));
  return { out, dashboard: JSON.parse(json) as DashboardData, workbook };
}

/** A section's first column as shown, with the key each row keeps. */
function shown(run: Run, id: string): [unknown, unknown][] {
  const section = run.dashboard.sections.find((s) => s.id === id)!;
  return section.tables[0].rows.map((r) => [r.cells[0], r.key ?? r.cells[0]]);
}

function chart(run: Run, id: string): { categories: string[]; keys?: string[] } {
  const c = run.dashboard.sections.find((s) => s.id === id)!.chart;
  if (c?.type !== 'bar') throw new Error(`${id} has no bar chart`);
  return c;
}

/** A sheet's cells under its header, in column `header` (its text, or 1 for the first). */
function column(workbook: ExcelJS.Workbook, sheet: string, header: string | number): unknown[] {
  const ws = workbook.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet}: ${workbook.worksheets.map((w) => w.name).join(', ')}`);
  const index = typeof header === 'number' ? header : (ws.getRow(1).values as unknown[]).indexOf(header);
  expect(index, `${sheet} has a column ${header}`).toBeGreaterThan(0);
  const cells: unknown[] = [];
  ws.eachRow((row, r) => r > 1 && cells.push(row.getCell(index).value));
  return cells;
}

const runs: Partial<Record<Lang, Run>> = {};
const examples: Partial<Record<Lang, Run>> = {};
beforeAll(async () => {
  for (const lang of ['en', 'fr', 'es'] as const) {
    runs[lang] = await consolidate(NAMED, lang);
    examples[lang] = await consolidate('examples', lang);
  }
}, 240_000);

describe('pillar and criterion names from a Settings sheet', () => {
  it('the dashboard shows each pillar by number and name in the page’s language, the key kept', () => {
    expect(shown(runs.en!, 'pillar_by_response')).toEqual([
      ['1 – Prevention', '1'],
      ['2 – Response', '2'],
    ]);
    expect(shown(runs.fr!, 'pillar_by_response')).toEqual([
      ['1 – Prévention', '1'],
      ['2 – Réponse', '2'],
    ]);
    // No Spanish name for pillar 2: the settings' own words, never the number alone.
    expect(shown(runs.es!, 'status_by_pillar')).toEqual([
      ['1 – Prevención', '1'],
      ['2 – Response', '2'],
    ]);
    expect(chart(runs.fr!, 'status_by_pillar')).toMatchObject({
      categories: ['1 – Prévention', '2 – Réponse'],
      keys: ['1', '2'],
    });
  });

  it('a criterion our lists do not know is shown by the name the settings give in the page’s language', () => {
    expect(shown(runs.fr!, 'by_criterion')).toEqual([
      ['Rapport qualité-prix', 'Value for money'],
      ['Pertinence', 'Relevance'],
    ]);
    expect(shown(runs.es!, 'by_criterion')[0]).toEqual(['Relación calidad-precio', 'Value for money']);
    expect(chart(runs.es!, 'by_criterion').categories).toEqual(['Relación calidad-precio', 'Pertinencia']);
    expect(shown(runs.en!, 'by_criterion')[0]).toEqual(['Value for money', 'Value for money']);
  });

  it('the workbook’s tables and record sheet show the names in its language', () => {
    expect(column(runs.fr!.workbook, 'Pilier par réponse', 'Clé').slice(0, 2)).toEqual([
      '1 – Prévention',
      '2 – Réponse',
    ]);
    expect(column(runs.fr!.workbook, 'Par critère', 2).slice(0, 2)).toEqual(['Rapport qualité-prix', 'Pertinence']);
    expect(column(runs.es!.workbook, 'Por pilar', 'Pilar').slice(0, 2)).toEqual(['1 – Prevención', '2 – Response']);
    expect(column(runs.en!.workbook, 'pillar_by_response', 'key').slice(0, 2)).toEqual([
      '1 – Prevention',
      '2 – Response',
    ]);
    expect(column(runs.fr!.workbook, 'Réponse de la direction', 'Nom du pilier')).toEqual([
      'Prévention',
      'Prévention',
      'Réponse',
      'Réponse',
    ]);
    expect(column(runs.fr!.workbook, 'Réponse de la direction', 'Nom du critère')[0]).toBe('Rapport qualité-prix');
  });

  it('records.json and tables.json keep the names as read, whatever the output language', async () => {
    const read = (run: Run, file: string) => readFile(join(run.out, file), 'utf8');
    const records = async (run: Run) => (JSON.parse(await read(run, 'records.json')) as { kinds: unknown[] }).kinds;
    expect(await records(runs.fr!)).toEqual(await records(runs.en!));
    expect(await read(runs.es!, 'tables.json')).toBe(await read(runs.en!, 'tables.json'));
    expect(await read(runs.fr!, 'records.json')).toContain('"pillar_name":"Prevention"');
  });

  it('--previous finds no change between an English and a French run of the same files', async () => {
    const again = await consolidate(NAMED, 'fr', '--previous', runs.en!.out);
    const diff = JSON.parse(await readFile(join(again.out, 'changes.json'), 'utf8')) as {
      changes: { change: string; fields: string[] }[];
    };
    expect(diff.changes.length).toBe(4);
    expect(diff.changes.filter((c) => c.change !== 'unchanged' || c.fields.length)).toEqual([]);
  });
});

describe('the iom-2023 profile’s names on the bundled examples', () => {
  it('the dashboard’s pillars and criteria are in French and Spanish', () => {
    expect(shown(examples.fr!, 'pillar_by_response')[1]).toEqual([
      '2 – Redevabilité institutionnelle et transparence',
      '2',
    ]);
    expect(shown(examples.es!, 'status_by_pillar')[4]).toEqual(['5 – Alianzas y coordinación', '5']);
    expect(shown(examples.en!, 'pillar_by_response')[4]).toEqual(['5 – Partnership and Coordination', '5']);
    expect(shown(examples.fr!, 'by_criterion')).toContainEqual(['Durabilité', 'Sustainability']);
  });

  it('the workbook’s pillar tables name each pillar in the workbook’s language', () => {
    expect(column(examples.fr!.workbook, 'Par pilier', 'Pilier')[0]).toBe(
      '1 – Leadership et culture organisationnelle',
    );
    expect(column(examples.es!.workbook, 'Pilar por respuesta', 'Clave')[2]).toBe(
      '3 – Comunicación, desarrollo de capacidades y cambio de comportamiento',
    );
  });
});
