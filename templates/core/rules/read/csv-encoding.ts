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
    checks: {
      en:
        'A CSV file is decoded from its bytes: UTF-8 (with or without BOM), UTF-16 (BOM or NUL bytes), and ' +
        'otherwise Windows-1252, which this finding says.',
      fr:
        'Un fichier CSV est décodé à partir de ses octets : UTF-8 (avec ou sans BOM), UTF-16 (BOM ou octets ' +
        'NUL), et sinon Windows-1252, ce que dit ce constat.',
      es:
        'Un archivo CSV se decodifica a partir de sus bytes: UTF-8 (con o sin BOM), UTF-16 (BOM o bytes ' +
        'NUL), y si no Windows-1252, lo que indica este hallazgo.',
    },
    why: {
      en:
        'Excel on Windows saves "CSV" in the machine\'s code page: if the guess is wrong, accented names ' +
        '(Sécurité, Población) come out garbled in every output.',
      fr:
        'Excel sous Windows enregistre les « CSV » dans la page de codes de la machine : si la supposition ' +
        'est fausse, les noms accentués (Sécurité, Población) sortent illisibles dans toutes les sorties.',
      es:
        'Excel en Windows guarda los «CSV» en la página de códigos del equipo: si la suposición falla, los ' +
        'nombres con tilde (Sécurité, Población) salen ilegibles en todas las salidas.',
    },
    fix: {
      en:
        'Check the accented letters in the outputs; to be sure, save the file again as "CSV UTF-8 (comma ' +
        'delimited)".',
      fr:
        'Vérifiez les lettres accentuées dans les sorties ; pour en être sûr, enregistrez à nouveau le ' +
        'fichier en « CSV UTF-8 (délimité par des virgules) ».',
      es:
        'Revise las letras acentuadas en las salidas; para estar seguro, vuelva a guardar el archivo como ' +
        '«CSV UTF-8 (delimitado por comas)».',
    },
    example: {
      input: {
        en: 'A CSV saved by Excel in French as plain "CSV".',
        fr: 'Un CSV enregistré par Excel en français comme simple « CSV ».',
        es: 'Un CSV guardado por Excel en francés como «CSV» simple.',
      },
      params: { encoding: 'Windows-1252' },
    },
  },
});
