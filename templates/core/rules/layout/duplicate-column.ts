import { sheetRule } from '../context.js';
import { text } from '../../rule.js';
import { headerCells } from '../../columns.js';
import { columnKey } from '../../header.js';

export default sheetRule({
  id: 'layout.duplicate-column',
  severity: 'warning',
  title: {
    en: 'Field in two columns',
    fr: 'Champ dans deux colonnes',
    es: 'Campo en dos columnas',
  },
  messages: {
    en: text(
      'Field "{field}" appears in column {used} "{usedHeader}" and in column {column} "{header}"; column {used} is ',
      'read, and the values of column {column} are kept as an extra column, unchecked.',
    ),
    fr:
      'Le champ « {field} » figure dans la colonne {used} « {usedHeader} » et dans la colonne {column} « {header} » ' +
      '; la colonne {used} est lue, et les valeurs de la colonne {column} sont gardées dans une colonne ' +
      'supplémentaire, sans contrôle.',
    es:
      'El campo «{field}» aparece en la columna {used} «{usedHeader}» y en la columna {column} «{header}»; se lee la ' +
      'columna {used}, y los valores de la columna {column} se conservan como columna adicional, sin verificar.',
  },
  fields: [],
  doc: {
    checks: {
      en:
        'No field is named by two header cells; the second one is reported on its cell, naming both columns ' +
        'and which one is read.',
      fr:
        'Aucun champ n’est nommé par deux cellules d’en-tête ; la seconde est signalée sur sa cellule, avec ' +
        'les deux colonnes et celle qui est lue.',
      es:
        'Ningún campo está nombrado por dos celdas del encabezado; la segunda se señala en su celda, con las ' +
        'dos columnas y cuál se lee.',
    },
    why: {
      en:
        'Two columns for one field (a pasted "Response" next to "Management response") means one of them is ' +
        'not checked or counted: the numbers may come from the wrong one.',
      fr:
        'Deux colonnes pour un champ (une « Réponse » collée à côté de « Réponse de la direction ») : l’une ' +
        'n’est ni contrôlée ni comptée, et les chiffres peuvent venir de la mauvaise.',
      es:
        'Dos columnas para un campo (una «Respuesta» pegada junto a «Respuesta de la gerencia») significa ' +
        'que una no se verifica ni se cuenta: las cifras pueden salir de la equivocada.',
    },
    fix: {
      en: 'Delete or rename one of the two columns, keeping the one that holds the values to consolidate.',
      fr: 'Supprimez ou renommez l’une des deux colonnes, en gardant celle qui contient les valeurs à consolider.',
      es:
        'Elimine o cambie el nombre de una de las dos columnas, conservando la que tiene los valores que se ' +
        'van a consolidar.',
    },
    example: {
      input: {
        en: 'A matrix with "Management response" in column C and "Response" in column F.',
        fr: 'Une matrice avec « Management response » en colonne C et « Response » en colonne F.',
        es: 'Una matriz con «Management response» en la columna C y «Response» en la columna F.',
      },
      params: { field: 'response', used: 'C', usedHeader: 'Management response', column: 'F', header: 'Response' },
    },
  },
  check({ table }, emit) {
    for (const header of table.headers) {
      const at = headerCells(table, header);
      const { columns, fieldColumns } = header;
      for (const col of columns) {
        const key = columnKey(col);
        // Keyed columns (a checklist's standards, a Gantt's periods) share their field by design.
        if (key === undefined || col.key !== undefined || fieldColumns[key] === col.index) continue;
        const usedIndex = fieldColumns[key];
        emit(
          { row: at.row, column: at.column(col.index), value: col.header, field: col.field },
          {
            field: key,
            column: at.letter(col.index),
            header: col.header,
            used: at.letter(usedIndex),
            usedHeader: columns.find((c) => c.index === usedIndex)?.header ?? '',
          },
        );
      }
    }
  },
});
