import { workbookRule } from '../context.js';
import { text } from '../../rule.js';
import { unclaimedSheets } from '../../headers/unclaimed.js';

export default workbookRule({
  id: 'layout.sheet-set-aside',
  severity: 'info',
  title: {
    en: 'Sheet set aside: not a template sheet',
    fr: 'Feuille mise de côté : pas une feuille de modèle',
    es: 'Hoja apartada: no es una hoja de plantilla',
  },
  messages: {
    en: text(
      'Sheet "{sheet}" is not consolidated: no template claims it (the file\'s other sheets are read). Header tried ',
      'on row {rows}; closest template: {kind}. Each column and the field it comes closest to: {columns}.',
    ),
    fr:
      'La feuille « {sheet} » n’est pas consolidée : aucun modèle ne la reconnaît (les autres feuilles du fichier ' +
      'sont lues). En-tête essayé à la ligne {rows} ; modèle le plus proche : {kind}. Chaque colonne et le champ ' +
      'le plus proche : {columns}.',
    es:
      'La hoja «{sheet}» no se consolida: ninguna plantilla la reconoce (las demás hojas del archivo se leen). ' +
      'Encabezado probado en la fila {rows}; plantilla más cercana: {kind}. Cada columna y el campo más cercano: ' +
      '{columns}.',
  },
  labels: { kind: 'kind' },
  fields: [],
  doc: {
    checks: {
      en:
        'In a file whose template sheets are read, every other sheet with text (an acronym list, a summary, ' +
        'notes) is named, with the header row tried, the closest template and each column’s closest field.',
      fr:
        'Dans un fichier dont les feuilles de modèle sont lues, chaque autre feuille contenant du texte (une ' +
        'liste de sigles, un résumé, des notes) est nommée, avec la ligne d’en-tête essayée, le modèle le ' +
        'plus proche et le champ le plus proche de chaque colonne.',
      es:
        'En un archivo cuyas hojas de plantilla se leen, cada otra hoja con texto (una lista de siglas, un ' +
        'resumen, notas) se nombra, con la fila de encabezado probada, la plantilla más cercana y el campo ' +
        'más cercano de cada columna.',
    },
    why: {
      en:
        'Such sheets are usually what they look like, but a second matrix whose headers were renamed would ' +
        'also land here: this says it was not counted, and what it came closest to.',
      fr:
        'Ces feuilles sont en général ce qu’elles semblent être, mais une deuxième matrice aux en-têtes ' +
        'renommés arriverait aussi ici : ce constat dit qu’elle n’a pas été comptée, et de quoi elle ' +
        's’approchait le plus.',
      es:
        'Esas hojas suelen ser lo que parecen, pero una segunda matriz con los encabezados cambiados también ' +
        'llegaría aquí: esto dice que no se contó, y a qué se acercaba más.',
    },
    fix: {
      en:
        'Nothing to do for an acronym list or a summary. If the sheet holds records, rename its headers to ' +
        'the template’s (see templates/ALIASES.md), starting with the closest fields listed.',
      fr:
        'Rien à faire pour une liste de sigles ou un résumé. Si la feuille contient des enregistrements, ' +
        'renommez ses en-têtes avec ceux du modèle (voir templates/ALIASES.md), en commençant par les champs ' +
        'les plus proches listés.',
      es:
        'Nada que hacer para una lista de siglas o un resumen. Si la hoja contiene registros, cambie sus ' +
        'encabezados por los de la plantilla (vea templates/ALIASES.md), empezando por los campos más ' +
        'cercanos de la lista.',
    },
    example: {
      input: {
        en: 'A workbook with a matrix and a "List of Acronyms" sheet headed Acronym | Meaning.',
        fr: 'Un classeur avec une matrice et une feuille « List of Acronyms » dont l’en-tête est Acronym | Meaning.',
        es: 'Un libro con una matriz y una hoja «List of Acronyms» cuyo encabezado es Acronym | Meaning.',
      },
      params: { sheet: 'List of Acronyms', rows: '2', kind: '–', columns: 'A "Acronym" –; B "Meaning" –' },
    },
  },
  check({ workbook, sheets, kinds }, emit) {
    if (!sheets.length) return;
    for (const { grid, params } of unclaimedSheets(workbook.sheets, sheets, kinds))
      emit({ sheet: grid.name, row: Number(params.rows.split('–')[0]) }, params);
  },
});
