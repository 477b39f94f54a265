import { at, hasColumn, sheetRule } from './context.js';
import { STATUS_TERMS } from '../../inter-agency/status.js';

export default sheetRule({
  id: 'mapping.gap-missing',
  severity: 'error',
  title: {
    en: 'Gap or planned action missing',
    fr: 'Lacune ou action prévue manquante',
    es: 'Falta la brecha o la acción prevista',
  },
  messages: {
    en: 'Status "{status}" needs a gap or a planned action.',
    fr: 'Le statut « {status} » exige une lacune ou une action prévue.',
    es: 'El estado «{status}» requiere una brecha o una acción prevista.',
  },
  terms: { status: STATUS_TERMS },
  fields: ['status', 'gaps', 'planned_action'],
  doc: {
    checks:
      'A standard Not in place or In progress says what is missing (gaps) or what will be done (planned action), ' +
      'when the sheet has either column (a checklist without them is not asked).',
    why: 'The gap register is what the network plans its support from; a gap that is not described cannot be acted on.',
    fix: 'Describe the gap, or the action planned to close it.',
    example: {
      input: 'A standard "Not in place" with empty gaps and planned action.',
      params: { status: 'Not in place' },
    },
  },
  check({ table, rows }, emit) {
    if (!hasColumn(table, 'gaps') && !hasColumn(table, 'planned_action')) return;
    for (const row of rows)
      if ((row.status === 'Not in place' || row.status === 'In progress') && !row.gaps && !row.plannedAction)
        emit(at(row, hasColumn(table, 'gaps') ? 'gaps' : 'planned_action'), { status: row.status });
  },
});
