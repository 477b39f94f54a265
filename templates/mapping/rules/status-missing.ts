import { at, hasColumn, sheetRule } from './context.js';

export default sheetRule({
  id: 'mapping.status-missing',
  severity: 'error',
  title: { en: 'Standard without a status', fr: 'Norme sans statut', es: 'Norma sin estado' },
  messages: {
    en: '{agency} gives no status for {standard}: the cell is empty.',
    fr: '{agency} n’indique aucun statut pour {standard} : la cellule est vide.',
    es: '{agency} no indica ningún estado para {standard}: la celda está vacía.',
  },
  fields: ['status'],
  doc: {
    checks:
      'Each standard an agency reports on has a status: the status cell of a long row, or the standard’s cell of a ' +
      'checklist row.',
    why:
      'An empty cell is neither in place nor a gap: the coverage table shows a hole and the share in place is ' +
      'computed without it.',
    fix: 'Fill the status (In place, In progress, Not in place or Not applicable, or a code of the legend).',
    example: { input: 'WFP’s MOS-8 cell of a checklist is empty.', params: { agency: 'WFP', standard: 'MOS-8' } },
  },
  check({ table, rows }, emit) {
    for (const row of rows) {
      if (!row.standard || row.statusText || !row.agencyKey) continue;
      if (!row.wide && !hasColumn(table, 'status')) continue;
      emit(at(row, 'status'), { agency: row.agencyKey, standard: row.standard.id });
    }
  },
});
