import { raisedRule, text } from '../../rule.js';

export default raisedRule({
  id: 'read.sheet-missing',
  severity: 'error',
  raisedBy: 'reader',
  title: { en: 'Sheet without its data', fr: 'Feuille sans ses données', es: 'Hoja sin sus datos' },
  messages: {
    en: text(
      'Sheet "{sheet}" is listed in the workbook, but its data is missing from the file: the file is damaged, and ',
      'no row of that sheet could be read.',
    ),
    fr:
      'La feuille « {sheet} » figure dans le classeur, mais ses données manquent dans le fichier : le fichier est ' +
      'endommagé, et aucune ligne de cette feuille n’a pu être lue.',
    es:
      'La hoja «{sheet}» figura en el libro, pero sus datos faltan en el archivo: el archivo está dañado, y no se ' +
      'pudo leer ninguna fila de esa hoja.',
  },
  fields: [],
  doc: {
    checks: {
      en: 'Every sheet the workbook lists has its part in the file, where its relationship points.',
      fr: 'Chaque feuille que le classeur liste a sa partie dans le fichier, là où pointe sa relation.',
      es: 'Cada hoja que el libro enumera tiene su parte en el archivo, donde apunta su relación.',
    },
    why: {
      en: 'A sheet whose data is gone is not consolidated: its rows are in no table and no count.',
      fr:
        'Une feuille dont les données ont disparu n’est pas consolidée : ses lignes ne sont dans aucun ' +
        'tableau ni aucun compte.',
      es:
        'Una hoja cuyos datos han desaparecido no se consolida: sus filas no están en ninguna tabla ni en ' +
        'ningún conteo.',
    },
    fix: {
      en: 'Ask for a fresh copy of the file; if Excel opens it, save it again and send that copy.',
      fr:
        'Demandez une nouvelle copie du fichier ; si Excel l’ouvre, enregistrez-le à nouveau et envoyez ' +
        'cette copie.',
      es: 'Pida una copia nueva del archivo; si Excel lo abre, vuelva a guardarlo y envíe esa copia.',
    },
    example: {
      input: {
        en: 'A workbook listing a sheet "Matrix" whose part was lost.',
        fr: 'Un classeur qui liste une feuille « Matrix » dont la partie a été perdue.',
        es: 'Un libro que enumera una hoja «Matrix» cuya parte se perdió.',
      },
      params: { sheet: 'Matrix' },
    },
  },
});
