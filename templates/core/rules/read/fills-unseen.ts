import { raisedRule, text } from '../../rule.js';

export default raisedRule({
  id: 'read.fills-unseen',
  severity: 'warning',
  raisedBy: 'reader',
  title: { en: 'Cell colours not read', fr: 'Couleurs des cellules non lues', es: 'Colores de celdas no leídos' },
  messages: {
    en: text(
      'This Excel cannot tell the pane the fill colours of cells (it needs ExcelApi 1.9): a workplan period marked ',
      'only by a colour, with no x or text in its cell, cannot be read on this Excel. Check the file with psea ',
      'validate.',
    ),
    fr:
      'Cet Excel ne peut pas donner au volet les couleurs de remplissage des cellules (il faut ExcelApi 1.9) : une ' +
      'période d’un plan de travail marquée seulement par une couleur, sans x ni texte dans sa cellule, ne peut pas ' +
      'être lue dans cet Excel. Vérifiez le fichier avec psea validate.',
    es:
      'Este Excel no puede dar al panel los colores de relleno de las celdas (necesita ExcelApi 1.9): un período de ' +
      'un plan de trabajo marcado solo con un color, sin x ni texto en su celda, no puede leerse en este Excel. ' +
      'Revise el archivo con psea validate.',
  },
  fields: [],
  doc: {
    checks:
      'The pane asks Excel for the fill of every cell it reads (Range.getCellProperties, ExcelApi 1.9), as the CLI ' +
      'reads the fills from the file.',
    why:
      'Workplans often mark their Gantt periods by colour alone; without the fills those periods would read as ' +
      'empty, and the pane would report what the CLI does not.',
    fix: 'Use a newer Excel, mark the periods with an x as well as a colour, or check the file with psea validate.',
    example: { input: 'An Excel without ExcelApi 1.9.', params: {} },
  },
});
