import { workbookRule } from '../context.js';

export default workbookRule({
  id: 'workbook.macros-ignored',
  severity: 'info',
  title: { en: 'Macros not run', fr: 'Macros non exécutées', es: 'Macros no ejecutadas' },
  messages: {
    en: 'The file contains macros (VBA); they were not run, only the cell values were read.',
    fr:
      'Le fichier contient des macros (VBA) ; elles n’ont pas été exécutées, seules les valeurs des cellules ont été ' +
      'lues.',
    es: 'El archivo contiene macros (VBA); no se ejecutaron, solo se leyeron los valores de las celdas.',
  },
  fields: [],
  doc: {
    checks: {
      en: 'A workbook that carries a VBA project (.xlsm) is read for its cell values only; its macros are never run.',
      fr:
        'Un classeur qui contient un projet VBA (.xlsm) n’est lu que pour les valeurs de ses cellules ; ses ' +
        'macros ne sont jamais exécutées.',
      es:
        'Un libro que contiene un proyecto VBA (.xlsm) solo se lee por los valores de sus celdas; sus macros ' +
        'nunca se ejecutan.',
    },
    why: {
      en:
        'Values a macro would compute or change are not there: what is consolidated is what the file holds ' +
        'as saved.',
      fr:
        'Les valeurs qu’une macro calculerait ou modifierait ne sont pas là : ce qui est consolidé est ce ' +
        'que le fichier contient tel qu’il a été enregistré.',
      es:
        'Los valores que una macro calcularía o cambiaría no están: lo que se consolida es lo que el archivo ' +
        'contiene tal como se guardó.',
    },
    fix: {
      en: 'Nothing to fix. If the sheet relies on a macro to fill cells, run it in Excel and save before sending.',
      fr:
        'Rien à corriger. Si la feuille compte sur une macro pour remplir des cellules, exécutez-la dans ' +
        'Excel et enregistrez avant l’envoi.',
      es:
        'Nada que corregir. Si la hoja depende de una macro para rellenar celdas, ejecútela en Excel y ' +
        'guarde antes de enviar.',
    },
    example: {
      input: {
        en: 'A matrix saved as .xlsm with a macro.',
        fr: 'Une matrice enregistrée en .xlsm avec une macro.',
        es: 'Una matriz guardada como .xlsm con una macro.',
      },
      params: {},
    },
  },
  check({ workbook }, emit) {
    if (workbook.macros) emit({}, {});
  },
});
