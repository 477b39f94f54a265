import { sheetRule } from '../context.js';
import { text } from '../../rule.js';
import { unreadColumns } from '../../headers/unknown.js';

export default sheetRule({
  id: 'layout.extra-column',
  severity: 'info',
  title: {
    en: 'Column of your own, kept unchecked',
    fr: 'Colonne propre, gardée sans contrôle',
    es: 'Columna propia, conservada sin verificar',
  },
  messages: {
    en: text(
      'Column {column} "{header}" is none of the template\'s fields; its values are kept as an extra column of the ',
      'outputs, unchecked.',
    ),
    fr:
      'La colonne {column} « {header} » n’est aucun des champs du modèle ; ses valeurs sont gardées dans une ' +
      'colonne supplémentaire des résultats, sans contrôle.',
    es:
      'La columna {column} «{header}» no es ninguno de los campos de la plantilla; sus valores se conservan como ' +
      'columna adicional de los resultados, sin verificar.',
  },
  fields: [],
  doc: {
    checks: {
      en:
        'A header that names no field and comes close to none ("Documents", "Funding required (Yes/No)") is ' +
        'a column of your own: reported on its cell, its values kept.',
      fr:
        'Un en-tête qui ne nomme aucun champ et ne s’approche d’aucun (« Documents », « Financement requis ' +
        '(oui/non) ») est une colonne propre : signalée sur sa cellule, ses valeurs gardées.',
      es:
        'Un encabezado que no nombra ningún campo y no se acerca a ninguno («Documentos», «Financiación ' +
        'necesaria (sí/no)») es una columna propia: se señala en su celda y sus valores se conservan.',
    },
    why: {
      en:
        'Nothing is lost: the values travel with each record as an "extra:" column, but no rule checks them ' +
        'and no table counts them.',
      fr:
        'Rien n’est perdu : les valeurs suivent chaque enregistrement dans une colonne « extra: », mais ' +
        'aucune règle ne les contrôle et aucun tableau ne les compte.',
      es:
        'No se pierde nada: los valores viajan con cada registro en una columna «extra:», pero ninguna regla ' +
        'los verifica y ninguna tabla los cuenta.',
    },
    fix: {
      en:
        'Nothing to fix. If the column holds one of the template’s fields, rename its header (see ' +
        'templates/ALIASES.md).',
      fr:
        'Rien à corriger. Si la colonne contient l’un des champs du modèle, renommez son en-tête (voir ' +
        'templates/ALIASES.md).',
      es:
        'Nada que corregir. Si la columna contiene uno de los campos de la plantilla, cambie su encabezado ' +
        '(vea templates/ALIASES.md).',
    },
    example: {
      input: {
        en: 'A matrix with a column H headed "Funding required (Yes/No)".',
        fr: 'Une matrice dont la colonne H a pour en-tête « Funding required (Yes/No) ».',
        es: 'Una matriz cuya columna H tiene el encabezado «Funding required (Yes/No)».',
      },
      params: { column: 'H', header: 'Funding required (Yes/No)' },
    },
  },
  check({ def, table }, emit) {
    for (const { column, row, sheetColumn, letter, near } of unreadColumns(def, table)) {
      if (near !== undefined) continue;
      emit({ row, column: sheetColumn, value: column.header }, { column: letter, header: column.header });
    }
  },
});
