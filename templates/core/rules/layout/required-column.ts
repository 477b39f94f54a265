import { sheetRule } from '../context.js';
import { headerCells } from '../../columns.js';

export default sheetRule({
  id: 'layout.required-column',
  severity: 'error',
  title: {
    en: 'Required column missing',
    fr: 'Colonne obligatoire absente',
    es: 'Falta una columna obligatoria',
  },
  messages: {
    en: 'Required column "{field}" of the {kind} is missing from the header (row {headerRow}).',
    fr: 'La colonne obligatoire « {field} » du modèle « {kind} » manque dans l’en-tête (ligne {headerRow}).',
    es: 'Falta la columna obligatoria «{field}» de la plantilla «{kind}» en el encabezado (fila {headerRow}).',
  },
  labels: { kind: 'kind', field: 'field' },
  fields: [],
  doc: {
    checks: {
      en:
        'The header row names every field the template marks as required (for a matrix: Rec #, ' +
        'Recommendation, Management response, Key actions).',
      fr:
        'La ligne d’en-tête nomme chaque champ que le modèle rend obligatoire (pour une matrice : « N° de ' +
        'recommandation », « Recommandation », « Réponse de la direction », « Actions clés »).',
      es:
        'La fila de encabezado nombra cada campo que la plantilla marca como obligatorio (en una matriz: ' +
        '«Recomendación n.º», «Recomendación», «Respuesta de la gerencia», «Acciones clave»).',
    },
    why: {
      en:
        'Without the column, every rule on that field stays silent and its tables count nothing: the sheet ' +
        'looks clean while it is incomplete.',
      fr:
        'Sans la colonne, toutes les règles sur ce champ restent muettes et ses tableaux ne comptent rien : ' +
        'la feuille paraît propre alors qu’elle est incomplète.',
      es:
        'Sin la columna, todas las reglas sobre ese campo callan y sus tablas no cuentan nada: la hoja ' +
        'parece limpia cuando está incompleta.',
    },
    fix: {
      en:
        'Add the column, or rename the column that holds the field to one of its headers (see ' +
        'templates/ALIASES.md).',
      fr:
        'Ajoutez la colonne, ou renommez la colonne qui contient le champ avec l’un de ses en-têtes (voir ' +
        'templates/ALIASES.md).',
      es:
        'Añada la columna, o cambie el nombre de la columna que contiene el campo por uno de sus encabezados ' +
        '(vea templates/ALIASES.md).',
    },
    example: {
      input: {
        en: 'A matrix whose header on row 3 has no "Key actions" column.',
        fr: 'Une matrice dont l’en-tête, en ligne 3, n’a pas de colonne « Actions clés ».',
        es: 'Una matriz cuyo encabezado, en la fila 3, no tiene columna «Acciones clave».',
      },
      params: { kind: 'management-response', field: 'key_actions', headerRow: '3' },
    },
  },
  check({ def, table }, emit) {
    const headerRow = headerCells(table).rows;
    // A keyed column holds its field and stands for another (a checklist's "3. Focal point": status and standard).
    const keyed = table.header.columns.flatMap((c) => (c.key === undefined ? [] : [c.field, c.stands]));
    for (const field of def.fields) {
      if (field.required && !(field.key in table.header.fieldColumns) && !keyed.includes(field.key))
        emit({ field: field.key }, { kind: def.kind, field: field.key, headerRow });
    }
  },
});
