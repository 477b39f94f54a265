/**
 * UN Women GATE-style tracker in Spanish, written by openpyxl (S13: Key Actions | Responsible | Deadline | Status |
 * Comments, "Over due"; the Spanish wording is the corpus's): the Spanish header with its English translation on
 * the row below, "Pilar 1 – …" section rows written in the second column, numbering "1", "2(a)", "2(b)", key actions
 * "1.1" inside their text, a status for the recommendation and one per key action, dd/mm/yyyy deadlines, a Siglas
 * sheet. Planted defects, listed in the manifest.
 */
import { assemble, matrixPart, unitsPart } from '../assemble.js';
import type { Defect, Due, RoundStatus, WorkbookSpec } from '../model.js';
import { defectsOn } from '../defects.js';
import { SheetBuilder, type Column } from '../sheet-builder.js';
import { AS_OF, daysLate, dueDay, status } from '../values.js';
import { unWomenEsRecs } from './un-women-es-recs.js';

const KEYS = ['no', 'text', 'resp', 'recst', 'ka', 'unit', 'due', 'st', 'com'];
const FIELDS = [
  'rec_no',
  'recommendation',
  'response',
  'rec_status',
  'key_action',
  'responsible_units',
  'due',
  'status',
  'comment',
];
const ES_H = [
  'N.º',
  'Recomendación',
  'Respuesta de la gerencia',
  'Estado de la recomendación',
  'Acción clave',
  'Responsable',
  'Plazo',
  'Estado',
  'Comentarios',
];
const EN_H = [
  'No.',
  'Recommendation',
  'Management response',
  'Recommendation status',
  'Key action',
  'Responsible',
  'Deadline',
  'Status',
  'Comments',
];
const WIDTHS = [7, 44, 28, 16, 44, 14, 12, 18, 30];
const cols = (h: string[]): Column[] =>
  h.map((text, i) => ({ key: KEYS[i], field: FIELDS[i], header: [text], width: WIDTHS[i] }));
const CLASS: Record<string, RoundStatus['class']> = {
  Completada: 'completed',
  'En curso': 'in_progress',
  'No iniciada': 'not_started',
  'Vencida - Iniciada': 'in_progress',
  Descartada: 'no_longer_applicable',
};
const SIGLAS: [string, string][] = [
  ['PF-PSEA', 'Punto focal PSEA'],
  ['RRHH', 'Recursos Humanos'],
  ['PROG', 'Programa'],
  ['OPS', 'Operaciones'],
  ['COM', 'Comunicación'],
  ['SyE', 'Seguimiento y evaluación'],
];

export function unWomenEs(): WorkbookSpec {
  const sheet = 'Respuesta';
  const b = new SheetBuilder(sheet);
  b.title(
    'Respuesta de la gerencia – Evaluación del programa de prevención de la explotación y el abuso sexuales 2022–2025',
  );
  b.title('Oficina:', 'Oficina Regional para las Américas y el Caribe');
  b.title();
  b.table(cols(ES_H));
  b.repeatHeader('translated-header', cols(EN_H));
  const recs = unWomenEsRecs();
  const at: number[][] = [];
  for (const r of recs) {
    if (r.pillar) b.section(`Pilar ${r.pillar[0]} – ${r.pillar[1]}`, r.pillar[1], { number: r.pillar[0], col: 1 });
    const head = { no: r.no, text: r.text, resp: r.resp, recst: r.recst ?? null };
    const base = { rec_no: r.rec, ...(r.point ? { point: r.point } : {}), response: r.canon };
    const recStatus = r.recst ? { rec_status: status('current', r.recst, CLASS[r.recst]) } : {};
    if (r.kas.length === 0) {
      at.push([b.record(head, base)]);
      continue;
    }
    at.push(
      r.kas.map((k, i) => {
        const [d, m, y] = k.due;
        const written = `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;
        const due: Due = dueDay(written, y, m, d);
        const n = r.rec === 2 ? (r.point === 'a' ? i + 1 : i + 3) : i + 1;
        const overdue = k.st.startsWith('Vencida');
        return b.record(
          {
            ...(i === 0 ? head : {}),
            ka: `${r.rec}.${n} ${k.text}`,
            unit: k.unit || null,
            due: written,
            st: k.st,
            com: k.com ?? null,
          },
          {
            ...base,
            ...(i === 0 ? recStatus : {}),
            key_action_no: `${r.rec}.${n}`,
            due,
            statuses: [status('current', k.st, CLASS[k.st], overdue)],
          },
        );
      }),
    );
  }
  const d = defectsOn(sheet);
  const defects: Defect[] = [
    d(
      at[0][0],
      'D',
      'rec_status',
      'recommendation 1 is Completada while its key action 1.2 is En curso',
      'management-response.completed-with-open-actions',
      'warning',
    ),
    d(
      at[3][0],
      'F',
      'responsible_units',
      'recommendation 3 is accepted and no key action has a responsible unit',
      'management-response.responsible-missing',
      'warning',
    ),
    d(
      at[4][0],
      'H',
      'status',
      `key action 4.1 "Vencida - Iniciada", due 30/06/2025: overdue ${daysLate('2025-06-30', AS_OF)} days`,
      'management-response.key-action-overdue',
      'warning',
    ),
    d(
      at[5][0],
      'I',
      'comment',
      'key action 5.1 is Descartada with no comment',
      'management-response.status-comment-missing',
      'warning',
    ),
  ];
  return assemble(
    {
      file: 'un-women-es.xlsx',
      organisation: 'UN Women',
      format: ['S13'],
      language: 'es',
      tool: 'openpyxl',
      numbering: ['1, 3 …', 'sub-recommendations "2(a)", "2(b)"', 'key actions "2.1" … "2.3" across 2(a) and 2(b)'],
      due_formats: ['dd/mm/yyyy text'],
      defects,
      hard_cases: [
        { sheet, what: 'the English header under the Spanish one is a translated header, not a record' },
        { sheet, what: 'section rows "Pilar 1 – Prevención" written in column B, not A' },
        { sheet, what: '"2.1" here is a key action of recommendation 2(a), not a sub-recommendation' },
      ],
    },
    [matrixPart(b), unitsPart('Siglas', ['Sigla', 'Significado'], SIGLAS)],
  );
}
