import { sheetRule } from '../context.js';
import { text } from '../../rule.js';
import { headerCells } from '../../columns.js';

export default sheetRule({
  id: 'layout.ambiguous-column',
  severity: 'warning',
  title: {
    en: 'Header names two fields',
    fr: 'En-tête qui désigne deux champs',
    es: 'Encabezado que designa dos campos',
  },
  messages: {
    en: text(
      'Column {column} "{header}" names the fields {fields} equally; neither is read, and its values are kept as an ',
      'extra column, unchecked.',
    ),
    fr:
      'La colonne {column} « {header} » désigne à égalité les champs {fields} ; aucun n’est lu, et ses valeurs sont ' +
      'gardées dans une colonne supplémentaire, sans contrôle.',
    es:
      'La columna {column} «{header}» designa por igual los campos {fields}; no se lee ninguno, y sus valores se ' +
      'conservan como columna adicional, sin verificar.',
  },
  fields: [],
  doc: {
    checks: {
      en:
        'Each header names one field more clearly than any other. A header that names two fields as well as ' +
        'each other ("Responsible / support units", "Status (Time 2 / Time 3)") is reported on its cell, ' +
        'naming both.',
      fr:
        'Chaque en-tête nomme un champ plus clairement que tout autre. Un en-tête qui nomme deux champs ' +
        'aussi bien l’un que l’autre (« Unités responsables / d’appui », « Statut (Temps 2 / Temps 3) ») est ' +
        'signalé sur sa cellule, avec les deux.',
      es:
        'Cada encabezado nombra un campo con más claridad que cualquier otro. Un encabezado que nombra dos ' +
        'campos por igual («Unidades responsables / de apoyo», «Estado (Tiempo 2 / Tiempo 3)») se señala en ' +
        'su celda, con los dos.',
    },
    why: {
      en:
        'Guessing would put one field’s values under another: support units counted as responsible, a Time 3 ' +
        'status read as Time 2. The column is kept aside instead, and you decide.',
      fr:
        'Deviner mettrait les valeurs d’un champ sous un autre : des unités d’appui comptées comme ' +
        'responsables, un statut du Temps 3 lu comme Temps 2. La colonne est donc mise de côté, et vous ' +
        'décidez.',
      es:
        'Adivinar pondría los valores de un campo bajo otro: unidades de apoyo contadas como responsables, ' +
        'un estado del Tiempo 3 leído como Tiempo 2. Por eso la columna se aparta, y usted decide.',
    },
    fix: {
      en: 'Split the column in two, or rename its header to the one field it holds (see templates/ALIASES.md).',
      fr:
        'Coupez la colonne en deux, ou renommez son en-tête avec le seul champ qu’elle contient (voir ' +
        'templates/ALIASES.md).',
      es:
        'Divida la columna en dos, o cambie su encabezado por el único campo que contiene (vea ' +
        'templates/ALIASES.md).',
    },
    example: {
      input: {
        en: 'A matrix whose column G is headed "Responsible / support units".',
        fr: 'Une matrice dont la colonne G a pour en-tête « Responsible / support units ».',
        es: 'Una matriz cuya columna G tiene el encabezado «Responsible / support units».',
      },
      params: { column: 'G', header: 'Responsible / support units', fields: 'responsible_units, support_units' },
    },
  },
  check({ table }, emit) {
    for (const header of table.headers) {
      const at = headerCells(table, header);
      for (const col of header.columns) {
        if (!col.ambiguous) continue;
        emit(
          { row: at.row, column: at.column(col.index), value: col.header },
          { column: at.letter(col.index), header: col.header, fields: col.ambiguous.join(', ') },
        );
      }
    }
  },
});
