import { raisedRule } from '../../rule.js';
import { NOT_CONSOLIDATED } from '../../doc-texts.js';

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
    checks: {
      en: "The file system hands the file's bytes over without error.",
      fr: 'Le système de fichiers remet les octets du fichier sans erreur.',
      es: 'El sistema de archivos entrega los bytes del archivo sin error.',
    },
    why: NOT_CONSOLIDATED,
    fix: {
      en: 'Check the path is a file (not a folder) and the disk or network share is available.',
      fr:
        'Vérifiez que le chemin est un fichier (pas un dossier) et que le disque ou le partage réseau est ' +
        'disponible.',
      es: 'Compruebe que la ruta es un archivo (no una carpeta) y que el disco o la unidad de red está disponible.',
    },
    example: {
      input: {
        en: 'A folder named "matrix.xlsx".',
        fr: 'Un dossier nommé « matrix.xlsx ».',
        es: 'Una carpeta llamada «matrix.xlsx».',
      },
      params: { detail: 'EISDIR: illegal operation on a directory, read' },
    },
  },
});
