import { sheetsRule } from './context.js';
import { text } from '../../core/rule.js';
import { keyedRows } from '../pairs.js';
import { crossFilePairs, pairFinding } from '../statuses.js';
import { STATUS_TERMS } from '../../inter-agency/status.js';

export default sheetsRule({
  id: 'mapping.duplicate-across-files',
  severity: 'warning',
  title: {
    en: 'Standard reported in two files',
    fr: 'Norme déclarée dans deux fichiers',
    es: 'Norma declarada en dos archivos',
  },
  messages: {
    en: text(
      '{agency} / {standard} is reported in {file1} (row {row1}, "{value1}") and again in {file2} (row {row2}, ',
      '"{value2}"); the tables count it once.',
    ),
    fr:
      '{agency} / {standard} figure dans {file1} (ligne {row1}, « {value1} ») et de nouveau dans {file2} (ligne ' +
      '{row2}, « {value2} ») ; les tableaux le comptent une fois.',
    es:
      '{agency} / {standard} figura en {file1} (fila {row1}, «{value1}») y de nuevo en {file2} (fila {row2}, ' +
      '«{value2}»); las tablas lo cuentan una vez.',
  },
  terms: { value1: STATUS_TERMS, value2: STATUS_TERMS },
  fields: ['agency', 'standard', 'status'],
  doc: {
    checks: {
      en:
        'Across the files of a consolidation, an agency × standard is reported by one file; a second report ' +
        'with the same status is a duplicate.',
      fr:
        'Entre les fichiers d’une consolidation, un couple agence × norme est rapporté par un seul fichier ; ' +
        'un second rapport avec le même statut est un doublon.',
      es:
        'Entre los archivos de una consolidación, un par agencia × norma lo informa un solo archivo; un ' +
        'segundo informe con el mismo estado es un duplicado.',
    },
    why: {
      en:
        'It is counted once, so the figures are right, but two files speaking for one agency is worth ' +
        'knowing: the next round they may disagree.',
      fr:
        'Il est compté une fois, donc les chiffres sont justes, mais deux fichiers qui parlent pour une même ' +
        'agence, c’est bon à savoir : au prochain cycle, ils peuvent se contredire.',
      es:
        'Se cuenta una vez, así que las cifras son correctas, pero conviene saber que dos archivos hablan ' +
        'por una misma agencia: en la próxima ronda pueden no coincidir.',
    },
    fix: {
      en: "Keep the row in the agency's own file and remove it from the other.",
      fr: 'Gardez la ligne dans le fichier propre de l’agence et retirez-la de l’autre.',
      es: 'Conserve la fila en el archivo propio de la agencia y quítela del otro.',
    },
    example: {
      input: {
        en: 'UNICEF / MOS-3 "In place" in unicef.xlsx and in pnud.xlsx.',
        fr: 'UNICEF / MOS-3 « En place » dans unicef.xlsx et dans pnud.xlsx.',
        es: 'UNICEF / MOS-3 «Establecido» en unicef.xlsx y en pnud.xlsx.',
      },
      params: {
        agency: 'UNICEF',
        standard: 'MOS-3',
        file1: 'unicef.xlsx',
        row1: 5,
        value1: 'In place',
        file2: 'pnud.xlsx',
        row2: 9,
        value2: 'In place',
      },
    },
  },
  check({ sheets }, emit) {
    for (const pair of crossFilePairs(keyedRows(sheets))) {
      const { target, params, same } = pairFinding(pair);
      if (!same) continue;
      emit(target, params);
    }
  },
});
