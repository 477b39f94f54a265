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
    checks: {
      en:
        'Each assessment names the agency that made it: an agency column, or the agency written in the ' +
        'sheet’s title ("Evaluación … – ACNUR – 2026").',
      fr:
        'Chaque évaluation nomme l’agence qui l’a faite : une colonne « Agence », ou l’agence écrite dans le ' +
        'titre de la feuille (« Évaluation … – HCR – 2026 »).',
      es:
        'Cada evaluación nombra la agencia que la hizo: una columna «Agencia», o la agencia escrita en el ' +
        'título de la hoja («Evaluación … – ACNUR – 2026»).',
    },
    why: {
      en:
        'Assessments are counted by agency, and two agencies rating one partner differently is a finding: ' +
        'without the agency neither can be told.',
      fr:
        'Les évaluations sont comptées par agence, et deux agences qui notent différemment un même ' +
        'partenaire, c’est un constat : sans l’agence, ni l’un ni l’autre ne peut être établi.',
      es:
        'Las evaluaciones se cuentan por agencia, y que dos agencias califiquen de forma distinta a un mismo ' +
        'socio es un hallazgo: sin la agencia no se puede saber ni lo uno ni lo otro.',
    },
    fix: {
      en: 'Add an agency column, or write the agency in the title above the table.',
      fr: 'Ajoutez une colonne « Agence », ou écrivez l’agence dans le titre au-dessus du tableau.',
      es: 'Añada una columna «Agencia», o escriba la agencia en el título encima de la tabla.',
    },
    example: {
      input: {
        en: 'A sheet of 7 assessments with no agency column and the title "Partner assessments 2026".',
        fr: 'Une feuille de 7 évaluations sans colonne « Agence », avec le titre « Évaluations des partenaires 2026 ».',
        es: 'Una hoja de 7 evaluaciones sin columna «Agencia» y con el título «Evaluaciones de socios 2026».',
      },
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
