import { on, sheetRule } from './context.js';
import { cellText, isBlank } from '../../core/text.js';
import { WRITE_ISO_DATE } from '../../core/doc-texts.js';

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
    checks: {
      en: 'A filled assessment date is a date: an Excel date, yyyy-mm-dd or dd/mm/yyyy.',
      fr: 'Une date d’évaluation remplie est une date : une date Excel, aaaa-mm-jj ou jj/mm/aaaa.',
      es: 'Una fecha de evaluación rellena es una fecha: una fecha de Excel, aaaa-mm-dd o dd/mm/aaaa.',
    },
    why: {
      en: 'Without a date the latest assessment of a partner cannot be told, nor whether it is expiring.',
      fr:
        'Sans date, on ne peut dire ni quelle est la dernière évaluation d’un partenaire, ni si elle arrive ' +
        'à expiration.',
      es: 'Sin fecha no se puede saber cuál es la última evaluación de un socio, ni si está por vencer.',
    },
    fix: WRITE_ISO_DATE,
    example: {
      input: {
        en: 'A date typed "last spring".',
        fr: 'Une date saisie « last spring ».',
        es: 'Una fecha escrita «last spring».',
      },
      params: { value: 'last spring' },
    },
  },
  check({ assessments }, emit) {
    for (const a of assessments)
      if (!isBlank(a.dateRaw) && !a.date)
        emit(on(a, a.cells.date, { field: 'assessment_date', value: cellText(a.dateRaw) }), {
          value: cellText(a.dateRaw),
        });
  },
});
