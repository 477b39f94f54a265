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
    checks: {
      en:
        'The pane asks Excel for the fill of every cell it reads (Range.getCellProperties, ExcelApi 1.9), as ' +
        'the CLI reads the fills from the file.',
      fr:
        'Le volet demande à Excel le remplissage de chaque cellule qu’il lit (Range.getCellProperties, ' +
        'ExcelApi 1.9), comme la ligne de commande lit les remplissages dans le fichier.',
      es:
        'El panel pide a Excel el relleno de cada celda que lee (Range.getCellProperties, ExcelApi 1.9), ' +
        'como la línea de comandos lee los rellenos del archivo.',
    },
    why: {
      en:
        'Workplans often mark their Gantt periods by colour alone; without the fills those periods would ' +
        'read as empty, and the pane would report what the CLI does not.',
      fr:
        'Les plans de travail marquent souvent leurs périodes de Gantt par la seule couleur ; sans les ' +
        'remplissages, ces périodes se liraient vides, et le volet signalerait ce que la ligne de commande ' +
        'ne signale pas.',
      es:
        'Los planes de trabajo suelen marcar sus períodos de Gantt solo con color; sin los rellenos, esos ' +
        'períodos se leerían vacíos, y el panel señalaría lo que la línea de comandos no señala.',
    },
    fix: {
      en: 'Use a newer Excel, mark the periods with an x as well as a colour, or check the file with psea validate.',
      fr:
        'Utilisez un Excel plus récent, marquez les périodes d’un x en plus de la couleur, ou vérifiez le ' +
        'fichier avec psea validate.',
      es:
        'Use un Excel más reciente, marque los períodos con una x además del color, o revise el archivo con ' +
        'psea validate.',
    },
    example: {
      input: {
        en: 'An Excel without ExcelApi 1.9.',
        fr: 'Un Excel sans ExcelApi 1.9.',
        es: 'Un Excel sin ExcelApi 1.9.',
      },
      params: {},
    },
  },
});
