/**
 * UNFPA management response in French (S7, S8: a West African country office's MR with French content):
 * "Axe 1 : …" section rows merged across the table, "N° 1" numbering, dd/mm/yyyy deadlines, two dated rounds,
 * a Justification column, a declared summary sheet ("Synthèse"). Planted defects, listed in the manifest.
 */
import { assemble, matrixPart, otherPart } from '../assemble.js';
import type { Declared, Defect, WorkbookSpec } from '../model.js';
import { defectsOn } from '../defects.js';
import { SheetBuilder } from '../sheet-builder.js';
import { unfpaFrRecs } from './unfpa-fr-recs.js';
import { UNFPA_COLUMNS, writeUnfpa } from './unfpa-rows.js';

const R1 = 'Mise à jour de l’état de mise en œuvre – 31 décembre 2025';
const R2 = 'Mise à jour de l’état de mise en œuvre – 30 juin 2026';

export function unfpaFr(): WorkbookSpec {
  const sheet = 'Réponse de la direction';
  const b = new SheetBuilder(sheet);
  b.title('Réponse de la direction de l’UNFPA à l’évaluation');
  b.title('Titre de l’évaluation', 'Évaluation finale du 8e programme de pays : composante VBG et PSEA');
  b.title('Date de soumission', '06/02/2026');
  b.title();
  const names = [
    'Recommandation n°',
    'Recommandation',
    'Réponse de la direction',
    'Action(s) clé(s)',
    'Échéance',
  ].concat(['Unité(s) responsable(s)', 'Justification']);
  b.table(UNFPA_COLUMNS({ r1: R1, r2: R2, status: 'Statut', comments: 'Commentaires' }, names), {
    mergeGroups: true,
    mergeDown: true,
  });
  const recs = unfpaFrRecs();
  const rows = writeUnfpa(b, recs);
  const d = defectsOn(sheet);
  const defects: Defect[] = [
    d(
      rows[1][0],
      'J',
      'status_round',
      'action 2.1 goes back from Réalisée (Dec 2025) to En cours (Jun 2026)',
      'management-response.status-step-back',
      'warning',
    ),
    d(
      rows[2][0],
      'J',
      'status_round',
      'recommendation 3 is not accepted and its action is Réalisée',
      'management-response.status-not-accepted',
      'error',
    ),
    d(
      rows[3][0],
      'K',
      'comment_round',
      'action 4.1 is Réalisée in Jun 2026 with no comment',
      'management-response.status-comment-missing',
      'warning',
    ),
  ];
  const summary = [
    ['Synthèse des réponses de la direction'],
    [],
    ['Réponse de la direction', 'Nombre de recommandations'],
    ['Acceptée', 5],
    ['Partiellement acceptée', 1],
    ['Non acceptée', 0],
    ['Total', 6],
  ];
  const declared: Declared[] = [
    {
      sheet: 'Synthèse',
      rows: [4, 5, 6, 7],
      kind: 'acceptance',
      declared: { Accept: 5, 'Partially accept': 1, 'Not accept': 0, total: 6 },
      computed: { Accept: 4, 'Partially accept': 1, 'Not accept': 1, total: 6 },
      agrees: false,
      note: 'recommendation 3 (Non acceptée) is counted as Acceptée',
    },
  ];
  defects.push({
    sheet: 'Synthèse',
    row: 4,
    cell: 'B4',
    field: 'declared',
    what: 'declares 5 accepted and 0 not accepted; the rows give 4 and 1 (recommendation 3)',
    rule: 'management-response.declared-table',
    severity: 'warning',
  });
  return assemble(
    {
      file: 'unfpa-fr.xlsx',
      organisation: 'UNFPA',
      format: ['S7', 'S8'],
      language: 'fr',
      tool: 'exceljs',
      numbering: ['"N° 1" …', 'key actions "1.", "2." inside the text'],
      due_formats: ['dd/mm/yyyy text (31/03/2026: day first)'],
      defects,
      declared,
      hard_cases: [{ sheet, what: 'section rows "Axe 1 : Prévention" merged across the table' }],
    },
    [matrixPart(b), otherPart('Synthèse', 'declared', summary)],
  );
}
