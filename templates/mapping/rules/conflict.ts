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
    checks: {
      en:
        'Across the files of a consolidation, an agency × standard reported in two files has the same status ' +
        'in both.',
      fr:
        'Entre les fichiers d’une consolidation, un couple agence × norme rapporté dans deux fichiers a le ' +
        'même statut dans les deux.',
      es:
        'Entre los archivos de una consolidación, un par agencia × norma informado en dos archivos tiene el ' +
        'mismo estado en ambos.',
    },
    why: {
      en:
        "The tables keep the first file's status; when a second file says otherwise, the coverage shown may " +
        'be the outdated one.',
      fr:
        'Les tableaux gardent le statut du premier fichier ; quand un second dit autre chose, la couverture ' +
        'montrée peut être la plus ancienne.',
      es:
        'Las tablas conservan el estado del primer archivo; cuando un segundo dice otra cosa, la cobertura ' +
        'que se muestra puede ser la desactualizada.',
    },
    fix: {
      en:
        'Ask the agency which status is current and correct the other file (or remove the row from the file ' +
        "that is not the agency's).",
      fr:
        'Demandez à l’agence quel statut est à jour et corrigez l’autre fichier (ou retirez la ligne du ' +
        'fichier qui n’est pas celui de l’agence).',
      es:
        'Pregunte a la agencia qué estado está vigente y corrija el otro archivo (o quite la fila del ' +
        'archivo que no es el de la agencia).',
    },
    example: {
      input: {
        en: 'UNICEF / MOS-3 "In place" in unicef.xlsx, "In progress" in pnud.xlsx.',
        fr: 'UNICEF / MOS-3 « En place » dans unicef.xlsx, « En cours » dans pnud.xlsx.',
        es: 'UNICEF / MOS-3 «Establecido» en unicef.xlsx, «En curso» en pnud.xlsx.',
      },
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
