import { sheetRule } from './context.js';
import { text } from '../../core/rule.js';

export default sheetRule({
  id: 'partner-assessment.agency-missing',
  severity: 'warning',
  title: { en: 'No assessing agency', fr: 'Aucune agence évaluatrice', es: 'Ninguna agencia evaluadora' },
  messages: {
    en: text(
      'The sheet names no agency (no agency column, none in its title): its {count} ',
      '{count:assessment counts|assessments count} for no agency.',
    ),
    fr:
      'La feuille ne nomme aucune agence (ni colonne ni titre) : {count} ' +
      '{count:évaluation ne compte|évaluations ne comptent} pour aucune agence.',
    es:
      'La hoja no nombra ninguna agencia (ni columna ni título): {count} ' +
      '{count:evaluación no cuenta|evaluaciones no cuentan} para ninguna agencia.',
  },
  counts: ['count'],
  fields: ['agency'],
  doc: {
    checks:
      'Each assessment names the agency that made it: an agency column, or the agency written in the sheet’s title ' +
      '("Evaluación … – ACNUR – 2026").',
    why:
      'Assessments are counted by agency, and two agencies rating one partner differently is a finding: without the ' +
      'agency neither can be told.',
    fix: 'Add an agency column, or write the agency in the title above the table.',
    example: {
      input: 'A sheet of 7 assessments with no agency column and the title "Partner assessments 2026".',
      params: { count: 7 },
    },
  },
  check({ table, assessments }, emit) {
    const unnamed = assessments.filter((a) => !a.agency);
    if (!unnamed.length) return;
    const header = table.header.rows[table.header.rows.length - 1] + table.firstRow;
    emit({ row: header, column: table.firstColumn - 1 }, { count: unnamed.length });
  },
});
