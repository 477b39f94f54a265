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
    checks: {
      en:
        'A standard Not in place or In progress says what is missing (gaps) or what will be done (planned ' +
        'action), when the sheet has either column (a checklist without them is not asked).',
      fr:
        'Une norme Pas en place ou En cours dit ce qui manque (lacunes) ou ce qui sera fait (action prévue), ' +
        'quand la feuille a l’une de ces colonnes (une liste de contrôle qui n’en a pas n’est pas concernée).',
      es:
        'Una norma No establecida o En curso dice qué falta (brechas) o qué se hará (acción prevista), ' +
        'cuando la hoja tiene alguna de esas columnas (a una lista de verificación sin ellas no se le pide).',
    },
    why: {
      en:
        'The gap register is what the network plans its support from; a gap that is not described cannot be ' +
        'acted on.',
      fr:
        'Le registre des lacunes est la base sur laquelle le réseau planifie son appui ; une lacune non ' +
        'décrite ne peut pas être traitée.',
      es:
        'El registro de brechas es la base con la que la red planifica su apoyo; una brecha que no se ' +
        'describe no se puede atender.',
    },
    fix: {
      en: 'Describe the gap, or the action planned to close it.',
      fr: 'Décrivez la lacune, ou l’action prévue pour la combler.',
      es: 'Describa la brecha, o la acción prevista para cerrarla.',
    },
    example: {
      input: {
        en: 'A standard "Not in place" with empty gaps and planned action.',
        fr: 'Une norme « Pas en place » avec « Lacunes » et « Action prévue » vides.',
        es: 'Una norma «No establecido» con «Brechas» y «Acción prevista» vacías.',
      },
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
