import { raisedRule, text } from '../../rule.js';
import { NEWER_EXCEL } from '../../doc-texts.js';

export default raisedRule({
  id: 'read.hidden-rows-unseen',
  severity: 'warning',
  raisedBy: 'reader',
  title: { en: 'Hidden rows not told', fr: 'Lignes masquées non signalées', es: 'Filas ocultas no señaladas' },
  messages: {
    en: text(
      'This Excel cannot tell which rows are hidden (it needs ExcelApi 1.3): hidden rows were read like the others, ',
      'but none is reported as hidden.',
    ),
    fr:
      'Cet Excel ne peut pas dire quelles lignes sont masquées (il faut ExcelApi 1.3) : les lignes masquées ont été ' +
      'lues comme les autres, mais aucune n’est signalée comme masquée.',
    es:
      'Este Excel no puede decir qué filas están ocultas (necesita ExcelApi 1.3): las filas ocultas se leyeron como ' +
      'las demás, pero ninguna se señala como oculta.',
  },
  fields: [],
  doc: {
    checks: {
      en: 'The pane asks Excel for the visible rows of what it reads (Range.getVisibleView, ExcelApi 1.3).',
      fr: 'Le volet demande à Excel les lignes visibles de ce qu’il lit (Range.getVisibleView, ExcelApi 1.3).',
      es: 'El panel pide a Excel las filas visibles de lo que lee (Range.getVisibleView, ExcelApi 1.3).',
    },
    why: {
      en:
        'Hidden rows are consolidated like any other; without this, the pane cannot say that some are out of ' +
        'sight.',
      fr:
        'Les lignes masquées sont consolidées comme les autres ; sans cela, le volet ne peut pas dire que ' +
        'certaines sont hors de vue.',
      es:
        'Las filas ocultas se consolidan como las demás; sin esto, el panel no puede decir que algunas no ' +
        'están a la vista.',
    },
    fix: NEWER_EXCEL,
    example: {
      input: {
        en: 'An Excel without ExcelApi 1.3.',
        fr: 'Un Excel sans ExcelApi 1.3.',
        es: 'Un Excel sin ExcelApi 1.3.',
      },
      params: {},
    },
  },
});
