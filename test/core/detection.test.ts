/** Each sheet goes to the kind whose headers it uses: matrix, mapping or action plan, in any of the three languages. */
import { describe, expect, it } from 'vitest';
import { KINDS, detectSheet, type CellValue } from '../../templates/index.js';
import { readInput } from '../../pipeline/read/index.js';
import { HEADER as MATRIX_HEADER } from '../helpers.js';
import { MAPPING_FIELDS } from '../../templates/mapping/fields.js';
import { ACTION_PLAN_FIELDS } from '../../templates/action-plan/fields.js';

const kindOf = (header: CellValue[]) => detectSheet({ name: 'S', rows: [['A title'], header] }, KINDS)?.kind.def.kind;

describe('sheet detection', () => {
  it('tells the three kinds apart from their headers in EN, FR and ES', () => {
    expect(kindOf(MATRIX_HEADER)).toBe('management-response');
    for (const lang of ['en', 'fr', 'es'] as const) {
      expect(kindOf(MAPPING_FIELDS.map((f) => f.label[lang]))).toBe('mapping');
      expect(kindOf(ACTION_PLAN_FIELDS.map((f) => f.label[lang]))).toBe('action-plan');
    }
  });

  it('reads the seed workplan header (Task, Responsible Org., Timeline, Note/Next steps) as an action plan', () => {
    expect(kindOf(['Task', 'Responsible Org.', 'Timeline', 'Note/Next steps'])).toBe('action-plan');
  });

  it('a short mapping with the columns people usually keep is still a mapping', () => {
    expect(kindOf(['Agency', 'Standard', 'Status', 'Gaps', 'Timeline'])).toBe('mapping');
    expect(kindOf(['Agencia', 'Norma', 'Estado', 'Brechas', 'Plazo', 'Comentarios'])).toBe('mapping');
  });

  it('picks the right kind for every bundled example', async () => {
    const expected: Record<string, string> = {
      'examples/management-response/iom-pseah-2023.xlsx': 'management-response',
      'examples/action-plan/workplan.xlsx': 'action-plan',
      'examples/mapping/unicef.xlsx': 'mapping',
      'examples/mapping/acnur.xlsx': 'mapping',
    };
    for (const [file, kind] of Object.entries(expected)) {
      const grid = await readInput(file);
      const kinds = grid.sheets.map((s) => detectSheet(s, KINDS)?.kind.def.kind).filter(Boolean);
      expect(kinds, file).toEqual([kind]);
    }
  });
});
