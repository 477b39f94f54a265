/**
 * UNDP ERC tracker in Spanish exported as CSV (S1, S4: "Se acepta la recomendación"): semicolons and a UTF-8 BOM as
 * a Spanish-locale Excel writes them, the recommendation repeated on every key-action row. Correct data.
 */
import { ES } from '../content/es.js';
import { assemble, matrixPart } from '../assemble.js';
import type { WorkbookSpec } from '../model.js';
import { SheetBuilder } from '../sheet-builder.js';
import { dueMonth } from '../values.js';
import { ercColumns, writeErc, type ErcAction, type ErcRec } from './erc-rows.js';

const ym = (y: number, m: number) => `${y}/${String(m).padStart(2, '0')}`;
function act(
  text: string,
  units: string,
  y: number,
  m: number,
  st: 'Completed' | 'Initiated' | 'Not Initiated',
  comment?: string,
): ErcAction {
  const cls = st === 'Completed' ? 'completed' : st === 'Initiated' ? 'in_progress' : 'not_started';
  return { text, units, due: ym(y, m), expectedDue: dueMonth(ym(y, m), y, m), status: st, cls, comment };
}

export function undpErcEs(): WorkbookSpec {
  const b = new SheetBuilder('undp-erc-es');
  b.title('Evaluación intermedia del proyecto de prevención de la explotación y el abuso sexuales');
  b.title();
  b.table(
    ercColumns(
      ['N.º', 'Recomendación', 'Respuesta de la gerencia', 'Acción clave', 'Responsable', 'Fecha límite'].concat([
        'Estado',
        'Comentarios',
      ]),
    ),
  );
  const [t2, t3, t6, t7, t12] = [ES[1], ES[2], ES[5], ES[6], ES[11]];
  const recs: ErcRec[] = [
    {
      no: 1,
      written: '1',
      text: t2.rec,
      response: 'Se acepta la recomendación',
      canon: 'Accept',
      actions: [
        act(t2.actions[0], 'PFG', 2026, 4, 'Completed', t2.done),
        act(t2.actions[1], 'UGP, PFG', 2027, 5, 'Initiated'),
        act(t2.actions[2], 'MyE', 2027, 8, 'Not Initiated'),
      ],
    },
    {
      no: 2,
      written: '2',
      text: t3.rec,
      response: `Se acepta parcialmente la recomendación: ${t3.partial}`,
      canon: 'Partially accept',
      actions: [act(t3.actions[1], 'PFG', 2027, 2, 'Initiated')],
    },
    {
      no: 3,
      written: '3',
      text: t6.rec,
      response: 'Se acepta la recomendación',
      canon: 'Accept',
      actions: [
        act(t6.actions[0], 'RRHH', 2026, 8, 'Completed', t6.done),
        act(t6.actions[1], 'RRHH, ADQ', 2027, 6, 'Initiated'),
      ],
    },
    {
      no: 4,
      written: '4',
      text: t7.rec,
      response: `No se acepta la recomendación: ${t7.reject}`,
      canon: 'Not accept',
      actions: [],
    },
    {
      no: 5,
      written: '5',
      text: t12.rec,
      response: 'Se acepta la recomendación',
      canon: 'Accept',
      actions: [
        act(t12.actions[0], 'UGP', 2027, 10, 'Not Initiated'),
        act(t12.actions[2], 'UGP, ADQ', 2027, 11, 'Not Initiated'),
      ],
    },
  ];
  writeErc(b, recs, { repeat: true });
  return assemble(
    {
      file: 'undp-erc-es.csv',
      organisation: 'UNDP',
      format: ['S1', 'S4'],
      language: 'es',
      tool: 'csv',
      csv: { delimiter: ';', bom: true },
      numbering: ['recommendations 1, 2 …', 'key actions "1.1" inside the text'],
      due_formats: ['yyyy/mm'],
      hard_cases: [
        { sheet: 'undp-erc-es', what: 'the recommendation is repeated on each of its key-action rows: 5, not 10' },
        { sheet: 'undp-erc-es', what: 'semicolon-separated, UTF-8 with BOM, statuses in English (ERC)' },
      ],
    },
    [matrixPart(b)],
  );
}
