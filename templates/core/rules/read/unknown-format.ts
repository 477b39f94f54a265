import { raisedRule } from '../../rule.js';

export default raisedRule({
  id: 'read.unknown-format',
  severity: 'error',
  raisedBy: 'reader',
  title: { en: 'Unknown file format', fr: 'Format de fichier inconnu', es: 'Formato de archivo desconocido' },
  messages: {
    en: 'not an xlsx workbook: unknown format (starts with bytes {bytes})',
    fr: 'pas un classeur xlsx : format inconnu (commence par les octets {bytes})',
    es: 'no es un libro xlsx: formato desconocido (empieza por los bytes {bytes})',
  },
  fields: [],
  doc: {
    checks: {
      en: 'A file named .xlsx is a zip container, as every .xlsx is.',
      fr: 'Un fichier nommé .xlsx est un conteneur zip, comme tout .xlsx.',
      es: 'Un archivo con nombre .xlsx es un contenedor zip, como todo .xlsx.',
    },
    why: {
      en: 'The file is not consolidated: its rows are in no table and no count.',
      fr: 'Le fichier n’est pas consolidé : ses lignes ne sont dans aucun tableau ni aucun compte.',
      es: 'El archivo no se consolida: sus filas no están en ninguna tabla ni en ningún conteo.',
    },
    fix: {
      en: 'Check the file and ask for the workbook itself.',
      fr: 'Vérifiez le fichier et demandez le classeur lui-même.',
      es: 'Revise el archivo y pida el libro en sí.',
    },
    example: {
      input: {
        en: 'A binary file that is no known format.',
        fr: 'Un fichier binaire d’aucun format connu.',
        es: 'Un archivo binario de ningún formato conocido.',
      },
      params: { bytes: '00 01 02 03' },
    },
  },
});
