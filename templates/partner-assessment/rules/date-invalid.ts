import { on, sheetRule } from './context.js';
import { cellText, isBlank } from '../../core/text.js';

export default sheetRule({
  id: 'partner-assessment.date-invalid',
  severity: 'error',
  title: {
    en: 'Assessment date is not a date',
    fr: 'Date d’évaluation qui n’est pas une date',
    es: 'Fecha de evaluación que no es una fecha',
  },
  messages: {
    en: 'Assessment date "{value}" is not a date (use dd/mm/yyyy or yyyy-mm-dd).',
    fr: 'La date d’évaluation « {value} » n’est pas une date (utilisez jj/mm/aaaa ou aaaa-mm-jj).',
    es: 'La fecha de evaluación «{value}» no es una fecha (use dd/mm/aaaa o aaaa-mm-dd).',
  },
  fields: ['assessment_date'],
  doc: {
    checks: 'A filled assessment date is a date: an Excel date, yyyy-mm-dd or dd/mm/yyyy.',
    why: 'Without a date the latest assessment of a partner cannot be told, nor whether it is expiring.',
    fix: 'Write the date as yyyy-mm-dd or enter it as an Excel date.',
    example: { input: 'A date typed "last spring".', params: { value: 'last spring' } },
  },
  check({ assessments }, emit) {
    for (const a of assessments)
      if (!isBlank(a.dateRaw) && !a.date)
        emit(on(a, a.cells.date, { field: 'assessment_date', value: cellText(a.dateRaw) }), {
          value: cellText(a.dateRaw),
        });
  },
});
