import { raisedRule, text } from '../../rule.js';

export default raisedRule({
  id: 'read.csv-encoding',
  severity: 'info',
  raisedBy: 'reader',
  title: { en: 'CSV not in UTF-8', fr: 'CSV pas en UTF-8', es: 'CSV no está en UTF-8' },
  messages: {
    en: text(
      'The file is not valid UTF-8; it was read as {encoding}. Check accented letters, or save it again as "CSV ',
      'UTF-8".',
    ),
    fr:
      'Le fichier n’est pas en UTF-8 valide ; il a été lu comme {encoding}. Vérifiez les lettres accentuées, ou ' +
      'enregistrez-le à nouveau en « CSV UTF-8 ».',
    es:
      'El archivo no es UTF-8 válido; se leyó como {encoding}. Revise las letras acentuadas, o guárdelo de nuevo ' +
      'como «CSV UTF-8».',
  },
  fields: [],
  doc: {
    checks:
      'A CSV file is decoded from its bytes: UTF-8 (with or without BOM), UTF-16 (BOM or NUL bytes), and otherwise ' +
      'Windows-1252, which this finding says.',
    why:
      'Excel on Windows saves "CSV" in the machine\'s code page: if the guess is wrong, accented names (Sécurité, ' +
      'Población) come out garbled in every output.',
    fix: 'Check the accented letters in the outputs; to be sure, save the file again as "CSV UTF-8 (comma delimited)".',
    example: { input: 'A CSV saved by Excel in French as plain "CSV".', params: { encoding: 'Windows-1252' } },
  },
});
