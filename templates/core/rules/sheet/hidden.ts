import { sheetRule } from '../context.js';

export default sheetRule({
  id: 'sheet.hidden',
  severity: 'warning',
  title: { en: 'Hidden sheet read', fr: 'Feuille masquée lue', es: 'Hoja oculta leída' },
  messages: {
    en: 'Sheet "{sheet}" is {state} in Excel; its rows are read and consolidated like the others.',
    fr: 'La feuille « {sheet} » est {state} dans Excel ; ses lignes sont lues et consolidées comme les autres.',
    es: 'La hoja «{sheet}» está {state} en Excel; sus filas se leen y consolidan como las demás.',
  },
  terms: {
    state: {
      hidden: { en: 'hidden', fr: 'masquée', es: 'oculta' },
      veryHidden: {
        en: 'very hidden (only a macro can show it again)',
        fr: 'très masquée (seule une macro peut l’afficher de nouveau)',
        es: 'muy oculta (solo una macro puede mostrarla de nuevo)',
      },
    },
  },
  fields: [],
  doc: {
    checks: 'A template sheet that Excel hides (hidden or very hidden) is read like any other, and said.',
    why:
      'Hidden data is still data: an old round or a draft kept on a hidden sheet is counted, which the person who ' +
      'sent the file may not expect.',
    fix: 'If the sheet should not count, delete it or move it out of the file; otherwise unhide it for reviewers.',
    example: {
      input: 'A workbook whose sheet "Matrix (old)" is hidden.',
      params: { sheet: 'Matrix (old)', state: 'hidden' },
    },
  },
  check({ grid }, emit) {
    if (grid.hidden) emit({}, { sheet: grid.name, state: grid.hidden });
  },
});
