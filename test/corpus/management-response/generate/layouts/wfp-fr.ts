/**
 * WFP management response in French, written by openpyxl (S5, S6; French wording by the corpus): one header row
 * whose cells hold three lines each, "Acceptée / Partiellement acceptée / Non acceptée", sub-recommendations 2.1 …
 * Planted defects, listed in the manifest.
 */
import { FR } from '../content/fr.js';
import { assemble, matrixPart } from '../assemble.js';
import type { Defect, Response, WorkbookSpec } from '../model.js';
import { defectsOn } from '../defects.js';
import { SheetBuilder, type Column } from '../sheet-builder.js';
import { badDue, dueMonth, dueQuarter } from '../values.js';
import { writeWfp, type WfpRow } from './wfp-write.js';

const COLUMNS: Column[] = [
  { key: 'no', field: 'rec_no', header: ['N°'], width: 8 },
  { key: 'rec', field: 'recommendation', header: ['Recommandation'], width: 50 },
  {
    key: 'resp',
    field: 'response',
    header: ['Réponse de la direction\n(acceptée, partiellement acceptée\nou non acceptée)'],
    width: 22,
  },
  {
    key: 'why',
    field: 'response_rationale',
    header: ['Commentaire sur la recommandation\n(raisons de l’acceptation partielle\nou de la non-acceptation)'],
    width: 36,
  },
  { key: 'actions', field: 'key_actions', header: ['Mesures à prendre'], width: 50 },
  { key: 'unit', field: 'responsible_units', header: ['Unité responsable\n(bureau de pays)'], width: 18 },
  { key: 'when', field: 'due', header: ['Délai'], width: 14 },
  {
    key: 'fund',
    field: null,
    header: ['Financement supplémentaire\nrequis (O/N)'],
    width: 14,
    note: 'no canonical field',
  },
];

const WRITTEN: Record<Response, string> = {
  Accept: 'Acceptée',
  'Partially accept': 'Partiellement acceptée',
  'Not accept': 'Non acceptée',
};

export function wfpFr(): WorkbookSpec {
  const sheet = 'Réponse de la direction';
  const b = new SheetBuilder(sheet);
  b.title('Réponse de la direction aux recommandations issues de l’évaluation du plan stratégique de pays');
  b.title();
  b.table(COLUMNS);
  const t = FR;
  const rows: WfpRow[] = [
    {
      no: '1',
      rec: 1,
      text: t[0].rec,
      response: 'Accept',
      actions: t[0].actions.slice(0, 2),
      fund: 'N',
      unit: 'Programme',
      when: ['T1 2027', dueQuarter('T1 2027', 2027, 1)],
    },
    { no: '2', rec: 2, text: t[3].rec },
    {
      no: '2.1',
      rec: 2,
      point: '1',
      text: t[3].actions[0],
      response: 'Accept',
      actions: [t[3].actions[0]],
      fund: 'N',
      unit: 'Partenariats',
      when: ['mars 2027', dueMonth('mars 2027', 2027, 3)],
    },
    {
      no: '2.1',
      rec: 2,
      point: '1',
      text: t[3].actions[1],
      response: 'Accept',
      actions: [t[3].actions[1], t[3].actions[2]],
      fund: 'N',
      unit: 'Partenariats',
      when: ['fin juin 2027', dueMonth('fin juin 2027', 2027, 6)],
    },
    {
      no: '3',
      rec: 3,
      text: t[5].rec,
      response: 'Partially accept',
      actions: t[5].actions.slice(0, 2),
      fund: 'N',
      unit: 'RH',
      when: ['décembre 2027', dueMonth('décembre 2027', 2027, 12)],
    },
    {
      no: '4',
      rec: 4,
      text: t[6].rec,
      response: 'Accept',
      actions: [t[6].actions[0]],
      fund: 'N',
      unit: 'Direction',
      when: ['31/04/2026', badDue('31/04/2026', 'April has 30 days')],
    },
    { no: '5', rec: 5, text: t[8].rec, response: 'Not accept' },
    {
      no: '6',
      rec: 6,
      text: t[9].rec,
      response: 'Accept',
      actions: t[9].actions.slice(0, 2),
      fund: 'N',
      unit: 'Finances',
      when: ['', undefined],
    },
  ];
  const at = writeWfp(b, rows, WRITTEN);
  const d = defectsOn(sheet);
  const defects: Defect[] = [
    d(
      at[3],
      'A',
      'rec_no',
      'sub-recommendation "2.1" written twice (the second is 2.2)',
      'management-response.duplicate-key',
      'error',
    ),
    d(
      at[4],
      'D',
      'response_rationale',
      'recommendation 3 is partially accepted with no reason',
      'management-response.rationale-missing',
      'error',
    ),
    d(
      at[5],
      'G',
      'due',
      '"31/04/2026" is not a date (April has 30 days)',
      'management-response.due-invalid',
      'warning',
    ),
    d(
      at[6],
      'D',
      'response_rationale',
      'recommendation 5 is not accepted with no reason',
      'management-response.rationale-missing',
      'error',
    ),
    d(
      at[7],
      'G',
      'due',
      'recommendation 6 is accepted, has actions and no time frame',
      'management-response.due-missing',
      'warning',
    ),
  ];
  return assemble(
    {
      file: 'wfp-fr.xlsx',
      organisation: 'WFP',
      format: ['S5', 'S6'],
      language: 'fr',
      tool: 'openpyxl',
      numbering: ['1, 2 …', 'sub-recommendations "2.1"'],
      due_formats: ['"T1 2027"', '"mars 2027"', '"fin juin 2027"', 'dd/mm/yyyy'],
      defects,
      hard_cases: [{ sheet, what: 'each header cell holds three lines (line breaks inside the cell)' }],
    },
    [matrixPart(b)],
  );
}
