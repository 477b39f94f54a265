/**
 * Issue 18, the last message faults: the CLI's suggestion arrow in the line's language; agencies named as a French
 * or Spanish reader knows them (PAM, PMA); no reading reported for a value that differs from the list only by case;
 * an overdue key action's date said once when it was written as that date.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { KINDS, type Finding, type Lang, type SheetGrid } from '../../templates/index.js';
import { analyseWorkbook } from '../../templates/core/workbook.js';
import { findingLine } from '../../pipeline/write/findings.js';
import { psea } from '../cli-run.js';
import { action, book, mapping, tracker } from '../rules/support.js';

const FRENCH_MATRIX = join(process.cwd(), 'test/fixtures/matrice-openpyxl-fr.xlsx');
/** Written by openpyxl (fixtures/make-mapping-lowercase.py): correct values, typed in lower case. */
const LOWER_CASE = join(process.cwd(), 'test/i18n/fixtures/cartographie-minuscules.xlsx');

function findings(sheets: SheetGrid[], lang: Lang): Finding[] {
  const analysis = analyseWorkbook(book(sheets), KINDS, { lang, asOf: '2026-11-23' });
  return [...analysis.sheets.flatMap((s) => s.findings), ...analysis.findings];
}
const normalised = (all: Finding[]) => all.filter((f) => f.rule === 'cell.value-normalised');

describe('the CLI’s suggestion arrow', () => {
  it('shows the list value in the line’s language, the word a fix writes on a sheet in it', async () => {
    const arrows: Record<string, string> = {};
    for (const lang of ['en', 'fr', 'es'] as const) {
      const { stdout } = await psea('validate', FRENCH_MATRIX, '--lang', lang);
      // H5 holds "Accepté", read as Accept; K5 "ouvert", read as in progress.
      arrows[lang] = stdout
        .split('\n')
        .filter((l) => / › (H5|K5): /.test(l))
        .map((l) => l.split(' → ')[1])
        .join(' / ');
    }
    expect(arrows).toEqual({ en: 'Accept / in progress', fr: 'Acceptée / en cours', es: 'Aceptada / en curso' });
  });

  it('names a canonical suggestion of an English sheet in French and Spanish, and leaves other text as it is', () => {
    const f: Finding = {
      rule: 'cell.value-normalised',
      severity: 'info',
      message: '…',
      params: {},
      file: 'a.xlsx',
      field: 'response',
      suggestion: 'Accept',
    };
    expect(findingLine(f, 'fr')).toMatch(/ → Acceptée$/);
    expect(findingLine(f, 'es')).toMatch(/ → Aceptada$/);
    expect(findingLine({ ...f, field: 'responsible_units', suggestion: 'DHR' }, 'fr')).toMatch(/ → DHR$/);
  });
});

describe('agencies by the acronym a French or Spanish reader knows', () => {
  const written = mapping([{ Agency: 'World Food Programme' }, { Agency: 'United Nations Children’s Fund' }]);
  const said = (lang: Lang) => normalised(findings([written], lang)).map((f) => f.message);

  it('names WFP as PAM in French and PMA in Spanish; an agency with no acronym of its own keeps its code', () => {
    expect(said('en')).toEqual([
      '"World Food Programme" read as "WFP".',
      '"United Nations Children’s Fund" read as "UNICEF".',
    ]);
    expect(said('fr')).toEqual([
      '« World Food Programme » lu comme « PAM ».',
      '« United Nations Children’s Fund » lu comme « UNICEF ».',
    ]);
    expect(said('es')[0]).toBe('«World Food Programme» leído como «PMA».');
  });

  it('reads PAM, PMA and ACNUR as their agency with no reading to report, and counts them under its code', () => {
    const local = mapping([{ Agency: 'PAM' }, { Agency: 'PMA', Standard: 'MOS-2' }, { Agency: 'ACNUR' }]);
    const analysis = analyseWorkbook(book([local]), KINDS, { lang: 'fr', asOf: '2026-11-23' });
    expect(normalised(analysis.sheets[0].findings)).toEqual([]);
    expect(analysis.sheets[0].records.map((r) => r.values.agency)).toEqual(['WFP', 'WFP', 'UNHCR']);
  });
});

describe('a value that differs from the list only by case', () => {
  it('gives no finding on a French mapping written in lower case by openpyxl', async () => {
    const run = await psea('validate', LOWER_CASE, '--lang', 'fr', '--format', 'json');
    const report = JSON.parse(run.stdout) as { findings: Finding[]; accounting: { consolidated: number } };
    expect(report.findings.map((f) => `${f.cell} ${f.rule}: ${f.message}`)).toEqual([]);
    expect(report.accounting.consolidated).toBe(6);
    expect(run.code).toBe(0);
  });

  it('still reports a value without its accent, or another word, as read', () => {
    const typed = mapping([{ Area: 'Reponse', Status: 'in place' }, { Status: 'Done' }]);
    const rules = normalised(findings([typed], 'fr')).map((f) => `${f.value} → ${f.suggestion}`);
    expect(rules).toContain('Reponse → Response');
    expect(rules.some((r) => r.startsWith('in place'))).toBe(false);
  });
});

describe('an overdue key action’s date', () => {
  const overdue = (due: string) =>
    findings(
      [
        tracker([
          action({
            'Rec #': 1,
            Recommendation: 'Train staff',
            'Management response': 'Agree',
            'Responsible unit(s)': 'HR',
            'Key action': '1.1 Run sessions',
            'Due date': due,
            Status: 'Initiated',
          }),
        ]),
      ],
      'en',
    ).find((f) => f.rule === 'management-response.key-action-overdue')!.message;

  it('is said once when it was written as that date, with the text written beside it otherwise', () => {
    expect(overdue('2025-04-19')).toBe(
      'Key action 1.1 was due 2025-04-19 and is in progress on 2026-11-23: 583 days overdue.',
    );
    expect(overdue('2025/06')).toBe(
      'Key action 1.1 was due 2025-06-30 (2025/06) and is in progress on 2026-11-23: 511 days overdue.',
    );
  });
});
