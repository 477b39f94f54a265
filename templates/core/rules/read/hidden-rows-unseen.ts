import { raisedRule, text } from '../../rule.js';

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
    checks: 'The pane asks Excel for the visible rows of what it reads (Range.getVisibleView, ExcelApi 1.3).',
    why: 'Hidden rows are consolidated like any other; without this, the pane cannot say that some are out of sight.',
    fix: 'Use a newer Excel, or check the file with psea validate.',
    example: { input: 'An Excel without ExcelApi 1.3.', params: {} },
  },
});
