import { sheetRule } from '../context.js';
import { text } from '../../rule.js';
import { unreadColumns } from '../../headers/unknown.js';

export default sheetRule({
  id: 'layout.unknown-column',
  severity: 'warning',
  title: {
    en: 'Column not in the template',
    fr: 'Colonne hors du modèle',
    es: 'Columna fuera de la plantilla',
  },
  messages: {
    en: text(
      'Column {column} "{header}" is not a field of the template; its values are kept as an extra column of the ',
      'outputs, unchecked.',
    ),
    fr:
      'La colonne {column} « {header} » n’est pas un champ du modèle ; ses valeurs sont gardées dans une colonne ' +
      'supplémentaire des résultats, sans contrôle.',
    es:
      'La columna {column} «{header}» no es un campo de la plantilla; sus valores se conservan como columna ' +
      'adicional de los resultados, sin verificar.',
  },
  fields: [],
  doc: {
    checks: {
      en:
        'Each header cell maps to a field of the template; a header that names no field but comes close to ' +
        'one (a typo, or half its words a field’s) is reported on its cell, with that field as the ' +
        'suggestion. A header far from every field is a column of your own (layout.extra-column).',
      fr:
        'Chaque cellule d’en-tête correspond à un champ du modèle ; un en-tête qui ne nomme aucun champ mais ' +
        's’approche de l’un d’eux (une faute de frappe, ou la moitié de ses mots sont ceux d’un champ) est ' +
        'signalé sur sa cellule, avec ce champ en suggestion. Un en-tête éloigné de tous les champs est une ' +
        'colonne propre (layout.extra-column).',
      es:
        'Cada celda del encabezado corresponde a un campo de la plantilla; un encabezado que no nombra ' +
        'ningún campo pero se acerca a uno (una errata, o la mitad de sus palabras son las de un campo) se ' +
        'señala en su celda, con ese campo como sugerencia. Un encabezado lejano de todos los campos es una ' +
        'columna propia (layout.extra-column).',
    },
    why: {
      en:
        'A misspelt header ("Managment respons") hides a whole column from the rules and the tables; a ' +
        'column of your own is kept, but nothing checks it.',
      fr:
        'Un en-tête mal orthographié (« Réponse de la dirction ») soustrait toute une colonne aux règles et ' +
        'aux tableaux ; une colonne propre est gardée, mais rien ne la contrôle.',
      es:
        'Un encabezado mal escrito («Respuesta de la gerncia») oculta una columna entera a las reglas y a ' +
        'las tablas; una columna propia se conserva, pero nada la verifica.',
    },
    fix: {
      en:
        'Rename the header to the field it holds (the suggestion), or leave it: its values travel unchecked ' +
        'as an "extra:" column.',
      fr:
        'Renommez l’en-tête avec le champ qu’il contient (la suggestion), ou laissez-le : ses valeurs ' +
        'suivent sans contrôle dans une colonne « extra: ».',
      es:
        'Cambie el encabezado por el campo que contiene (la sugerencia), o déjelo: sus valores viajan sin ' +
        'verificar en una columna «extra:».',
    },
    example: {
      input: {
        en: 'A matrix with a column F headed "Managment respons".',
        fr: 'Une matrice dont la colonne F a pour en-tête « Managment respons ».',
        es: 'Una matriz cuya columna F tiene el encabezado «Managment respons».',
      },
      params: { column: 'F', header: 'Managment respons' },
    },
  },
  check({ def, table }, emit) {
    for (const { column, row, sheetColumn, letter, near } of unreadColumns(def, table)) {
      if (near === undefined) continue;
      emit(
        { row, column: sheetColumn, value: column.header, suggestion: near },
        { column: letter, header: column.header },
      );
    }
  },
});
