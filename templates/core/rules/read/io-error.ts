import { raisedRule } from '../../rule.js';

export default raisedRule({
  id: 'read.io-error',
  severity: 'error',
  raisedBy: 'reader',
  title: { en: 'File system error', fr: 'Erreur du système de fichiers', es: 'Error del sistema de archivos' },
  messages: {
    en: 'the file could not be read from disk ({detail})',
    fr: 'le fichier n’a pas pu être lu sur le disque ({detail})',
    es: 'no se pudo leer el archivo del disco ({detail})',
  },
  fields: [],
  doc: {
    checks: "The file system hands the file's bytes over without error.",
    why: 'The file is not consolidated: its rows are in no table and no count.',
    fix: 'Check the path is a file (not a folder) and the disk or network share is available.',
    example: {
      input: 'A folder named "matrix.xlsx".',
      params: { detail: 'EISDIR: illegal operation on a directory, read' },
    },
  },
});
