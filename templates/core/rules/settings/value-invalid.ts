import { settingsRule } from '../context.js';

export default settingsRule({
  id: 'settings.value-invalid',
  severity: 'warning',
  title: {
    en: 'Settings value not allowed',
    fr: 'Valeur de paramètre non admise',
    es: 'Valor de configuración no admitido',
  },
  messages: {
    en: 'Settings row ignored: "{value}" in column {column} is not one of {expected}.',
    fr: 'Ligne de paramètres ignorée : « {value} » dans la colonne {column} n’est pas l’une des valeurs {expected}.',
    es: 'Fila de configuración ignorada: «{value}» en la columna {column} no es uno de {expected}.',
  },
  fields: [],
  doc: {
    checks: {
      en:
        "A Settings cell that takes a value from a list holds one of them: an agency row's type is UN, INGO, " +
        'NNGO, Government or Other.',
      fr:
        'Une cellule de Settings qui prend une valeur dans une liste en contient une : le type d’une ligne ' +
        'd’agence est UN, INGO, NNGO, Government ou Other.',
      es:
        'Una celda de Settings que toma su valor de una lista contiene uno de ellos: el tipo de una fila de ' +
        'agencia es UN, INGO, NNGO, Government u Other.',
    },
    why: {
      en: 'The row is ignored, so the agency it declares stays unknown and every row naming it is reported.',
      fr: 'La ligne est ignorée : l’agence qu’elle déclare reste inconnue et chaque ligne qui la nomme est signalée.',
      es:
        'La fila se ignora, así que la agencia que declara sigue siendo desconocida y se señala cada fila ' +
        'que la nombra.',
    },
    fix: {
      en: 'Use one of the listed values (in English, French or Spanish), or leave the cell blank.',
      fr: 'Utilisez l’une des valeurs listées (en anglais, en français ou en espagnol), ou laissez la cellule vide.',
      es: 'Use uno de los valores de la lista (en inglés, francés o español), o deje la celda vacía.',
    },
    example: {
      input: {
        en: 'A row "agency | KWN | Kestria Women Network | Charity".',
        fr: 'Une ligne « agency | KWN | Kestria Women Network | Charity ».',
        es: 'Una fila «agency | KWN | Kestria Women Network | Charity».',
      },
      params: { value: 'Charity', column: 'D', expected: 'UN, INGO, NNGO, Government, Other' },
    },
  },
  check({ rows }, emit) {
    for (const r of rows) {
      if (!r.result || !('invalid' in r.result)) continue;
      const { column, value, expected } = r.result.invalid;
      emit({ sheet: r.sheet, row: r.row, field: 'type', column: 0, value: r.type }, { value, column, expected });
    }
  },
});
