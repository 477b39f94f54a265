import { sheetRule } from './context.js';

export default sheetRule({
  id: 'mapping.standard-read',
  severity: 'info',
  title: {
    en: 'Standard read from a near spelling',
    fr: 'Norme lue d’une graphie proche',
    es: 'Norma leída de una grafía cercana',
  },
  messages: {
    en: '"{value}" is read as {standard} ({name}).',
    fr: '« {value} » est lu comme {standard} ({name}).',
    es: '«{value}» se lee como {standard} ({name}).',
  },
  fields: ['standard'],
  doc: {
    checks: {
      en:
        'Says how a standard written in no official form was read: a checklist column headed by a number and ' +
        'a short name ("7. Staff awareness-raising"), or a near spelling of a name in a cell ("Staff ' +
        'awareness raising among personel").',
      fr:
        'Dit comment a été lue une norme écrite sous une forme non officielle : une colonne de liste de ' +
        'contrôle dont l’en-tête est un numéro et un nom court (« 7. Sensibilisation du personnel »), ou une ' +
        'graphie proche d’un nom dans une cellule (« Sensibilisation du personel »).',
      es:
        'Indica cómo se leyó una norma escrita en una forma no oficial: una columna de lista de verificación ' +
        'encabezada por un número y un nombre corto («7. Sensibilización del personal»), o una grafía ' +
        'cercana a un nombre en una celda («Sensibilizacion del personl»).',
    },
    why: {
      en:
        'The coverage counts the row under the standard it was read as: when the reading is wrong, an agency ' +
        'is shown covering a standard it did not report on.',
      fr:
        'La couverture compte la ligne sous la norme lue : si la lecture est fausse, une agence paraît ' +
        'couvrir une norme dont elle n’a pas rendu compte.',
      es:
        'La cobertura cuenta la fila bajo la norma leída: si la lectura es errónea, una agencia aparece ' +
        'cubriendo una norma sobre la que no informó.',
    },
    fix: {
      en:
        'Nothing to do when the reading is right. Otherwise write the standard’s id (MOS-7) or its official ' +
        'name (the suggestion).',
      fr:
        'Rien à faire si la lecture est juste. Sinon, écrivez l’identifiant de la norme (MOS-7) ou son nom ' +
        'officiel (la suggestion).',
      es:
        'Nada que hacer si la lectura es correcta. Si no, escriba el identificador de la norma (MOS-7) o su ' +
        'nombre oficial (la sugerencia).',
    },
    example: {
      input: {
        en: 'A checklist column headed "7. Staff awareness-raising".',
        fr: 'Une colonne de liste de contrôle dont l’en-tête est « 7. Staff awareness-raising ».',
        es: 'Una columna de lista de verificación encabezada «7. Staff awareness-raising».',
      },
      params: { value: '7. Staff awareness-raising', standard: 'MOS-7', name: 'Awareness-raising among personnel' },
    },
  },
  check({ rows, columns }, emit) {
    for (const column of columns) {
      if (column.how !== 'near') continue;
      const { standard } = column;
      emit(
        { cell: column.cell, row: column.row, value: column.header, suggestion: standard.id },
        { value: column.header, standard: standard.id, name: standard.label.en },
      );
    }
    for (const row of rows) {
      if (row.wide || row.standardHow !== 'near' || !row.standard) continue;
      const { standard } = row;
      emit(
        { row: row.source.row, field: 'standard', value: row.standardText, suggestion: standard.id },
        { value: row.standardText, standard: standard.id, name: standard.label.en },
      );
    }
  },
});
