import { raisedRule } from '../../rule.js';
import { NOT_CONSOLIDATED } from '../../doc-texts.js';

export default raisedRule({
  id: 'read.ole-not-workbook',
  severity: 'error',
  raisedBy: 'reader',
  title: {
    en: 'Office document that is not a workbook',
    fr: 'Document Office qui n’est pas un classeur',
    es: 'Documento de Office que no es un libro',
  },
  messages: {
    en: 'an Office 97-2003 document that holds no workbook (a Word or PowerPoint file?)',
    fr: 'un document Office 97-2003 qui ne contient pas de classeur (un fichier Word ou PowerPoint ?)',
    es: 'un documento de Office 97-2003 que no contiene ningún libro (¿un archivo de Word o PowerPoint?)',
  },
  fields: [],
  doc: {
    checks: {
      en: 'A file in the Office 97-2003 container format holds an Excel workbook.',
      fr: 'Un fichier au format conteneur Office 97-2003 contient un classeur Excel.',
      es: 'Un archivo en el formato contenedor de Office 97-2003 contiene un libro de Excel.',
    },
    why: NOT_CONSOLIDATED,
    fix: {
      en:
        'Check the file: it is probably a Word or PowerPoint document given a spreadsheet name. Ask for the ' +
        'workbook itself.',
      fr:
        'Vérifiez le fichier : c’est sans doute un document Word ou PowerPoint auquel on a donné un nom de ' +
        'tableur. Demandez le classeur lui-même.',
      es:
        'Revise el archivo: probablemente es un documento de Word o PowerPoint con nombre de hoja de ' +
        'cálculo. Pida el libro en sí.',
    },
    example: {
      input: {
        en: 'A Word .doc renamed "matrix.xls".',
        fr: 'Un .doc de Word renommé « matrix.xls ».',
        es: 'Un .doc de Word renombrado «matrix.xls».',
      },
      params: {},
    },
  },
});
