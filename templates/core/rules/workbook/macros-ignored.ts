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
    checks: 'A workbook that carries a VBA project (.xlsm) is read for its cell values only; its macros are never run.',
    why: 'Values a macro would compute or change are not there: what is consolidated is what the file holds as saved.',
    fix: 'Nothing to fix. If the sheet relies on a macro to fill cells, run it in Excel and save before sending.',
    example: { input: 'A matrix saved as .xlsm with a macro.', params: {} },
  },
  check({ workbook }, emit) {
    if (workbook.macros) emit({}, {});
  },
});
