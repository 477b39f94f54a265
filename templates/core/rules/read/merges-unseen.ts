import { raisedRule, text } from '../../rule.js';

export default raisedRule({
  id: 'read.merges-unseen',
  severity: 'warning',
  raisedBy: 'reader',
  title: { en: 'Merged cells not read', fr: 'Cellules fusionnées non lues', es: 'Celdas combinadas no leídas' },
  messages: {
    en: text(
      'This Excel could not list the merged cells of sheet "{sheet}" (it needs ExcelApi 1.13, and at most 512 ',
      'merged areas a sheet): each merged area was read as its first cell only. Check the file with psea validate.',
    ),
    fr:
      'Cet Excel n’a pas pu lister les cellules fusionnées de la feuille « {sheet} » (il faut ExcelApi 1.13, et ' +
      'au plus 512 zones fusionnées par feuille) : chaque zone fusionnée a été lue comme sa première cellule ' +
      'seulement. Vérifiez le fichier avec psea validate.',
    es:
      'Este Excel no pudo listar las celdas combinadas de la hoja «{sheet}» (necesita ExcelApi 1.13, y como mucho ' +
      '512 áreas combinadas por hoja): cada área combinada se leyó solo como su primera celda. Revise el archivo ' +
      'con psea validate.',
  },
  fields: [],
  doc: {
    checks: {
      en:
        'The pane asks Excel for the merged areas of each sheet (Range.getMergedAreasOrNullObject, ExcelApi ' +
        '1.13), as the CLI reads them from the file.',
      fr:
        'Le volet demande à Excel les zones fusionnées de chaque feuille (Range.getMergedAreasOrNullObject, ' +
        'ExcelApi 1.13), comme la ligne de commande les lit dans le fichier.',
      es:
        'El panel pide a Excel las áreas combinadas de cada hoja (Range.getMergedAreasOrNullObject, ExcelApi ' +
        '1.13), como la línea de comandos las lee del archivo.',
    },
    why: {
      en:
        'A merged area shows its value across every cell it covers; read as its first cell only, the rows ' +
        'under it lose that value, and the pane could report what the CLI does not.',
      fr:
        'Une zone fusionnée montre sa valeur sur toutes les cellules qu’elle couvre ; lue comme sa seule ' +
        'première cellule, les lignes qu’elle couvre perdent cette valeur, et le volet pourrait signaler ce ' +
        'que la ligne de commande ne signale pas.',
      es:
        'Un área combinada muestra su valor en todas las celdas que cubre; leída solo como su primera celda, ' +
        'las filas que cubre pierden ese valor, y el panel podría señalar lo que la línea de comandos no ' +
        'señala.',
    },
    fix: {
      en: 'Use a newer Excel, split the sheet so it has fewer merged areas, or check the file with psea validate.',
      fr:
        'Utilisez un Excel plus récent, coupez la feuille pour qu’elle ait moins de zones fusionnées, ou ' +
        'vérifiez le fichier avec psea validate.',
      es:
        'Use un Excel más reciente, divida la hoja para que tenga menos áreas combinadas, o revise el ' +
        'archivo con psea validate.',
    },
    example: {
      input: {
        en: 'Excel 2016 without ExcelApi 1.13, on a matrix with merged cells.',
        fr: 'Excel 2016 sans ExcelApi 1.13, sur une matrice avec des cellules fusionnées.',
        es: 'Excel 2016 sin ExcelApi 1.13, en una matriz con celdas combinadas.',
      },
      params: { sheet: 'Matrix' },
    },
  },
});
