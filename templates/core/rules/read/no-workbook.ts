import { raisedRule } from '../../rule.js';
import { NOT_CONSOLIDATED } from '../../doc-texts.js';

export default raisedRule({
  id: 'read.no-workbook',
  severity: 'error',
  raisedBy: 'reader',
  title: { en: 'Zip without a workbook', fr: 'Zip sans classeur', es: 'Zip sin libro' },
  messages: {
    en: 'not an xlsx workbook ({part} is missing)',
    fr: 'pas un classeur xlsx ({part} manque)',
    es: 'no es un libro xlsx (falta {part})',
  },
  fields: [],
  doc: {
    checks: {
      en:
        'A zip named .xlsx holds the workbook part every xlsx has, where its package relationships say (most ' +
        'often xl/workbook.xml).',
      fr:
        'Un zip nommé .xlsx contient la partie classeur qu’a tout xlsx, là où l’indiquent ses relations de ' +
        'paquet (le plus souvent xl/workbook.xml).',
      es:
        'Un zip con nombre .xlsx contiene la parte de libro que tiene todo xlsx, donde indican sus ' +
        'relaciones de paquete (casi siempre xl/workbook.xml).',
    },
    why: NOT_CONSOLIDATED,
    fix: {
      en:
        'Check the file: it is another kind of zip (an archive, a Word or PowerPoint file) given a ' +
        'spreadsheet name.',
      fr:
        'Vérifiez le fichier : c’est un autre genre de zip (une archive, un fichier Word ou PowerPoint) ' +
        'auquel on a donné un nom de tableur.',
      es:
        'Revise el archivo: es otro tipo de zip (un archivo comprimido, un archivo de Word o PowerPoint) con ' +
        'nombre de hoja de cálculo.',
    },
    example: {
      input: {
        en: 'A .zip archive renamed "matrix.xlsx".',
        fr: 'Une archive .zip renommée « matrix.xlsx ».',
        es: 'Un archivo .zip renombrado «matrix.xlsx».',
      },
      params: { part: 'xl/workbook.xml' },
    },
  },
});
