import { at, sheetRule } from './context.js';

export default sheetRule({
  id: 'mapping.status-value',
  severity: 'error',
  title: { en: 'Status not in the list', fr: 'Statut hors de la liste', es: 'Estado fuera de la lista' },
  messages: {
    en: 'Status "{value}" is not In place, In progress, Not in place or Not applicable, nor a code of the legend.',
    fr:
      'Le statut « {value} » n’est ni En place, ni En cours, ni Pas en place, ni Sans objet, ni un code de ' +
      'la légende.',
    es: 'El estado «{value}» no es Establecido, En curso, No establecido ni No aplica, ni un código de la leyenda.',
  },
  fields: ['status'],
  doc: {
    checks:
      'The status is In place, In progress, Not in place or Not applicable, in any accepted spelling ("ongoing", ' +
      '"en cours", "sí", "Partially"…), or a letter code of the legend written under the table ("A = In place") ' +
      'or declared in the settings (`status code | A | In place`).',
    why: 'A row with an unknown status is counted as no status: the share in place leaves it out.',
    fix: 'Choose the status from the list or the legend (the suggestion is the nearest value).',
    example: { input: 'A status typed "Unsure".', params: { value: 'Unsure' } },
  },
  check({ rows }, emit) {
    for (const row of rows) {
      const read = row.enums.status;
      if (!read || read.value !== undefined) continue;
      const target = at(row, 'status', { value: read.text });
      emit(read.suggestion === undefined ? target : { ...target, suggestion: read.suggestion }, { value: read.text });
    }
  },
});
