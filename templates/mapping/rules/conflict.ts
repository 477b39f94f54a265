import { sheetsRule } from './context.js';
import { text } from '../../core/rule.js';
import { keyedRows } from '../pairs.js';
import { crossFilePairs, pairFinding } from '../statuses.js';
import { STATUS_TERMS } from '../../inter-agency/status.js';

export default sheetsRule({
  id: 'mapping.conflict',
  severity: 'error',
  title: {
    en: 'Two files disagree on a standard',
    fr: 'Deux fichiers en désaccord sur une norme',
    es: 'Dos archivos en desacuerdo sobre una norma',
  },
  messages: {
    en: text(
      '{agency} / {standard}: "{value1}" in {file1} (row {row1}) but "{value2}" in {file2} (row {row2}); the tables ',
      'keep the first.',
    ),
    fr:
      '{agency} / {standard} : « {value1} » dans {file1} (ligne {row1}) mais « {value2} » dans {file2} (ligne ' +
      '{row2}) ; les tableaux gardent le premier.',
    es:
      '{agency} / {standard}: «{value1}» en {file1} (fila {row1}) pero «{value2}» en {file2} (fila {row2}); las ' +
      'tablas conservan el primero.',
  },
  terms: { value1: STATUS_TERMS, value2: STATUS_TERMS },
  fields: ['agency', 'standard', 'status'],
  doc: {
    checks:
      'Across the files of a consolidation, an agency × standard reported in two files has the same status in both.',
    why:
      "The tables keep the first file's status; when a second file says otherwise, the coverage shown may be the " +
      'outdated one.',
    fix:
      'Ask the agency which status is current and correct the other file (or remove the row from the file that is ' +
      "not the agency's).",
    example: {
      input: 'UNICEF / MOS-3 "In place" in unicef.xlsx, "In progress" in pnud.xlsx.',
      params: {
        agency: 'UNICEF',
        standard: 'MOS-3',
        value1: 'In place',
        file1: 'unicef.xlsx',
        row1: 5,
        value2: 'In progress',
        file2: 'pnud.xlsx',
        row2: 9,
      },
    },
  },
  check({ sheets }, emit) {
    for (const pair of crossFilePairs(keyedRows(sheets))) {
      const { target, params, same } = pairFinding(pair);
      if (same) continue;
      emit(target, params);
    }
  },
});
