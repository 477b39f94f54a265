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
    checks:
      'The pane asks Excel for the merged areas of each sheet (Range.getMergedAreasOrNullObject, ExcelApi 1.13), ' +
      'as the CLI reads them from the file.',
    why:
      'A merged area shows its value across every cell it covers; read as its first cell only, the rows under it ' +
      'lose that value, and the pane could report what the CLI does not.',
    fix: 'Use a newer Excel, split the sheet so it has fewer merged areas, or check the file with psea validate.',
    example: { input: 'Excel 2016 without ExcelApi 1.13, on a matrix with merged cells.', params: { sheet: 'Matrix' } },
  },
});
