/**
 * UNDP ERC tracker in French (S1, S3: "recommandation acceptée", "recommandation rejetée car …"; statuses stay in
 * English as the ERC shows them). Sigles sheet. Planted defects, listed in the manifest.
 */
import { FR } from '../content/fr.js';
import { assemble, matrixPart, unitsPart } from '../assemble.js';
import type { Defect, WorkbookSpec } from '../model.js';
import { defectsOn } from '../defects.js';
import { SheetBuilder } from '../sheet-builder.js';
import { badDue, daysLate, dueMonth, noDue, AS_OF } from '../values.js';
import { ercColumns, writeErc, type ErcAction, type ErcRec } from './erc-rows.js';

const SIGLES: [string, string][] = [
  ['RR', 'Représentant résident'],
  ['RRA', 'Représentant résident adjoint'],
  ['UGP', 'Unité de gestion du projet'],
  ['RH', 'Ressources humaines'],
  ['ACH', 'Unité des achats'],
  ['S&E', 'Suivi et évaluation'],
  ['PFG', 'Point focal genre'],
];

const ym = (y: number, m: number) => `${y}/${String(m).padStart(2, '0')}`;
const act = (text: string, units: string, y: number, m: number, st: string, cls: ErcAction['cls']): ErcAction => ({
  text,
  units,
  due: ym(y, m),
  expectedDue: dueMonth(ym(y, m), y, m),
  status: st,
  cls,
});

export function undpErcFr(): WorkbookSpec {
  const sheet = 'Réponse de la direction';
  const b = new SheetBuilder(sheet);
  b.title('Réponse de la direction : évaluation à mi-parcours du projet d’appui à la PSEA');
  b.title('Unité commanditaire :', 'Bureau de pays');
  b.title('Type d’évaluation :', 'Projet');
  b.title();
  b.table(
    ercColumns(
      ['N°', 'Recommandation', 'Réponse de la direction', 'Action clé', 'Responsable', 'Échéance', 'Statut'].concat([
        'Commentaires',
      ]),
    ),
  );
  const [t1, t5, t6, t10, t11, t12] = [FR[0], FR[4], FR[5], FR[9], FR[10], FR[11]];
  const recs: ErcRec[] = [
    {
      no: 1,
      written: 1,
      text: t1.rec,
      response: 'recommandation acceptée',
      canon: 'Accept',
      actions: [
        { ...act(t1.actions[0], 'UGP', 2026, 3, 'Completed', 'completed'), comment: t1.done },
        {
          ...act(t1.actions[1], 'RRA', 2027, 1, 'Initiated', 'in_progress'),
          due: 'No due date',
          expectedDue: noDue('No due date'),
        },
      ],
    },
    {
      no: 2,
      written: 2,
      text: t5.rec,
      response: 'recommandation acceptée',
      canon: 'Accept',
      actions: [
        { ...act(t5.actions[0], 'RH', 2025, 12, 'Completed', 'completed'), comment: t5.done },
        act(t5.actions[1], 'RH', 2025, 6, 'Initiated', 'in_progress'),
        { ...act(t5.actions[2], 'RH, S&E', 2025, 9, 'Overdue-Initiated', 'in_progress'), overdue: true },
      ],
    },
    { no: 3, written: 3, text: t6.rec, response: 'recommandation acceptée', canon: 'Accept', actions: [] },
    {
      no: 4,
      written: 4,
      text: t10.rec,
      response: `recommandation partiellement acceptée : ${t10.partial}`,
      canon: 'Partially accept',
      actions: [
        {
          ...act(t10.actions[0], 'ACH', 2027, 1, 'Not Initiated', 'not_started'),
          due: 'dès que possible',
          expectedDue: badDue('dès que possible', '"as soon as possible": no date'),
        },
        act(t10.actions[1], 'ACH, UGP', 2027, 6, 'Not Initiated', 'not_started'),
      ],
    },
    {
      no: 5,
      written: 5,
      text: t11.rec,
      response: 'recommandation acceptée',
      canon: 'Accept',
      actions: [
        { ...act(t11.actions[0], 'UGPP', 2026, 5, 'Completed', 'completed'), comment: t11.done },
        act(t11.actions[1], 'UGP', 2027, 3, 'Initated', null),
      ],
    },
    {
      no: 7,
      written: 7,
      text: t12.rec,
      response: `recommandation rejetée car ${t12.reject.charAt(0).toLowerCase()}${t12.reject.slice(1)}`,
      canon: 'Not accept',
      actions: [],
    },
  ];
  const rows = writeErc(b, recs);
  const d = defectsOn(sheet);
  const defects: Defect[] = [
    d(
      rows[0][1],
      'F',
      'due',
      'accepted recommendation #1: key action 1.2 has "No due date"',
      'management-response.due-missing',
      'warning',
    ),
    d(
      rows[1][1],
      'F',
      'due',
      `key action 2.2 due 2025/06, still Initiated on ${AS_OF}: overdue ${daysLate('2025-06-30', AS_OF)} days`,
      'management-response.key-action-overdue',
      'warning',
    ),
    d(
      rows[1][2],
      'G',
      'status',
      `key action 2.3 "Overdue-Initiated" (due 2025/09): overdue ${daysLate('2025-09-30', AS_OF)} days, in progress`,
      'management-response.key-action-overdue',
      'warning',
    ),
    d(
      rows[2][0],
      'D',
      'key_action',
      'recommendation #3 is accepted and has no key action',
      'management-response.key-actions-missing',
      'error',
    ),
    d(
      rows[3][0],
      'F',
      'due',
      'key action 4.1: "dès que possible" is not a date',
      'management-response.due-invalid',
      'warning',
    ),
    d(
      rows[4][0],
      'E',
      'responsible_units',
      '"UGPP" is not in the Sigles sheet; did you mean UGP?',
      'management-response.unit-unknown',
      'warning',
    ),
    d(
      rows[4][1],
      'G',
      'status',
      '"Initated" is not a status; did you mean Initiated?',
      'management-response.status-value',
      'error',
    ),
    d(
      rows[5][0],
      'A',
      'rec_no',
      'numbering jumps from 5 to 7 (no recommendation 6)',
      'management-response.numbering-gap',
      'warning',
    ),
  ];
  return assemble(
    {
      file: 'undp-erc-fr.xlsx',
      organisation: 'UNDP',
      format: ['S1', 'S3'],
      language: 'fr',
      tool: 'exceljs',
      numbering: ['recommendations 1, 2 … as numbers', 'key actions "1.1" inside the text'],
      due_formats: ['yyyy/mm', '"No due date"', 'free text ("dès que possible")'],
      defects,
      hard_cases: [{ sheet, what: 'statuses in English (ERC) in a French sheet' }],
    },
    [matrixPart(b), unitsPart('Sigles', ['Sigle', 'Signification'], SIGLES)],
  );
}
