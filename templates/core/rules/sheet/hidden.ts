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
    checks: {
      en: 'A template sheet that Excel hides (hidden or very hidden) is read like any other, and said.',
      fr:
        'Une feuille du modèle qu’Excel masque (masquée ou très masquée) est lue comme les autres, et c’est ' +
        'signalé.',
      es: 'Una hoja de la plantilla que Excel oculta (oculta o muy oculta) se lee como cualquier otra, y se indica.',
    },
    why: {
      en:
        'Hidden data is still data: an old round or a draft kept on a hidden sheet is counted, which the ' +
        'person who sent the file may not expect.',
      fr:
        'Des données masquées restent des données : un ancien cycle ou un brouillon gardé sur une feuille ' +
        'masquée est compté, ce que l’expéditeur du fichier n’attend peut-être pas.',
      es:
        'Los datos ocultos siguen siendo datos: una ronda antigua o un borrador guardado en una hoja oculta ' +
        'se cuenta, algo que quien envió el archivo quizá no espera.',
    },
    fix: {
      en: 'If the sheet should not count, delete it or move it out of the file; otherwise unhide it for reviewers.',
      fr:
        'Si la feuille ne doit pas compter, supprimez-la ou sortez-la du fichier ; sinon, affichez-la pour ' +
        'les relecteurs.',
      es: 'Si la hoja no debe contar, elimínela o sáquela del archivo; si no, muéstrela para los revisores.',
    },
    example: {
      input: {
        en: 'A workbook whose sheet "Matrix (old)" is hidden.',
        fr: 'Un classeur dont la feuille « Matrix (old) » est masquée.',
        es: 'Un libro cuya hoja «Matrix (old)» está oculta.',
      },
      params: { sheet: 'Matrix (old)', state: 'hidden' },
    },
  },
  check({ grid }, emit) {
    if (grid.hidden) emit({}, { sheet: grid.name, state: grid.hidden });
  },
});
