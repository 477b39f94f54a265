import { raisedRule } from '../../rule.js';
import { NOT_CONSOLIDATED } from '../../doc-texts.js';

export default raisedRule({
  id: 'read.ole-damaged',
  severity: 'error',
  raisedBy: 'reader',
  title: {
    en: 'Damaged Office 97-2003 file',
    fr: 'Fichier Office 97-2003 endommagé',
    es: 'Archivo de Office 97-2003 dañado',
  },
  messages: {
    en: 'a damaged Office 97-2003 (OLE) file: open it in Excel and save it as .xlsx',
    fr: 'un fichier Office 97-2003 (OLE) endommagé : ouvrez-le dans Excel et enregistrez-le en .xlsx',
    es: 'un archivo de Office 97-2003 (OLE) dañado: ábralo en Excel y guárdelo como .xlsx',
  },
  fields: [],
  doc: {
    checks: {
      en: 'A file in the Office 97-2003 container format can be opened at all.',
      fr: 'Un fichier au format conteneur Office 97-2003 peut être ouvert.',
      es: 'Un archivo en el formato contenedor de Office 97-2003 se puede abrir.',
    },
    why: NOT_CONSOLIDATED,
    fix: {
      en: 'Open it in Excel (which may repair it) and save it as .xlsx, or ask for the file again.',
      fr: 'Ouvrez-le dans Excel (qui peut le réparer) et enregistrez-le en .xlsx, ou redemandez le fichier.',
      es: 'Ábralo en Excel (que puede repararlo) y guárdelo como .xlsx, o vuelva a pedir el archivo.',
    },
    example: {
      input: {
        en: 'A truncated .xls.',
        fr: 'Un .xls tronqué.',
        es: 'Un .xls truncado.',
      },
      params: {},
    },
  },
});
