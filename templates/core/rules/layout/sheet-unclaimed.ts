import { workbookRule } from '../context.js';
import { text } from '../../rule.js';
import { unclaimedSheets } from '../../headers/unclaimed.js';

export default workbookRule({
  id: 'layout.sheet-unclaimed',
  severity: 'warning',
  title: {
    en: 'Sheet not read: no template claims it',
    fr: 'Feuille non lue : aucun modèle ne la reconnaît',
    es: 'Hoja no leída: ninguna plantilla la reconoce',
  },
  messages: {
    en: text(
      'Sheet "{sheet}" is not read, and nothing else of this file is: no template claims it. Header tried on row ',
      '{rows}; closest template: {kind}. Each column and the field it comes closest to: {columns}.',
    ),
    fr:
      'La feuille « {sheet} » n’est pas lue, ni rien d’autre de ce fichier : aucun modèle ne la reconnaît. En-tête ' +
      'essayé à la ligne {rows} ; modèle le plus proche : {kind}. Chaque colonne et le champ le plus proche : ' +
      '{columns}.',
    es:
      'La hoja «{sheet}» no se lee, ni nada más de este archivo: ninguna plantilla la reconoce. Encabezado probado ' +
      'en la fila {rows}; plantilla más cercana: {kind}. Cada columna y el campo más cercano: {columns}.',
  },
  labels: { kind: 'kind' },
  fields: [],
  doc: {
    checks: {
      en:
        'A file none of whose sheets a template claims: each sheet with text gets this finding, with the ' +
        'header row tried, the closest template, and each column with the field it comes closest to and how ' +
        'close (0–100%). The file counts as not readable: the exit code is 2.',
      fr:
        'Un fichier dont aucune feuille n’est reconnue par un modèle : chaque feuille contenant du texte ' +
        'reçoit ce constat, avec la ligne d’en-tête essayée, le modèle le plus proche, et chaque colonne ' +
        'avec le champ dont elle s’approche le plus et à quel point (0–100 %). Le fichier compte comme ' +
        'illisible : le code de sortie est 2.',
      es:
        'Un archivo en el que ninguna plantilla reconoce ninguna de sus hojas: cada hoja con texto recibe ' +
        'este hallazgo, con la fila de encabezado probada, la plantilla más cercana, y cada columna con el ' +
        'campo al que más se acerca y cuánto (0–100 %). El archivo cuenta como ilegible: el código de salida ' +
        'es 2.',
    },
    why: {
      en:
        'A file that contributes nothing to the consolidation would otherwise vanish from the counts in ' +
        'silence; the closest fields show which headers to rename.',
      fr:
        'Un fichier qui n’apporte rien à la consolidation disparaîtrait sinon des comptes en silence ; les ' +
        'champs les plus proches montrent quels en-têtes renommer.',
      es:
        'Un archivo que no aporta nada a la consolidación desaparecería, de lo contrario, de los conteos en ' +
        'silencio; los campos más cercanos muestran qué encabezados cambiar.',
    },
    fix: {
      en:
        "Check the file is the right one, then rename its headers to the template's (see " +
        'templates/ALIASES.md) starting with the closest fields listed, or start from `psea template`.',
      fr:
        'Vérifiez que c’est le bon fichier, puis renommez ses en-têtes avec ceux du modèle (voir ' +
        'templates/ALIASES.md) en commençant par les champs les plus proches listés, ou partez de `psea ' +
        'template`.',
      es:
        'Compruebe que es el archivo correcto, y luego cambie sus encabezados por los de la plantilla (vea ' +
        'templates/ALIASES.md) empezando por los campos más cercanos de la lista, o parta de `psea template`.',
    },
    example: {
      input: {
        en: 'A budget sheet headed Budget line | Number of staff | Responsible on row 3.',
        fr: 'Une feuille de budget dont l’en-tête en ligne 3 est Ligne budgétaire | Nombre d’employés | Responsable.',
        es:
          'Una hoja de presupuesto cuyo encabezado en la fila 3 es Línea presupuestaria | Número de empleados ' +
          '| Responsable.',
      },
      params: {
        sheet: 'Budget 2026',
        rows: '3',
        kind: 'management-response',
        columns: 'A "Budget line" –; B "Number of staff" –; C "Responsible" → responsible_units (100%)',
      },
    },
  },
  check({ workbook, sheets, kinds }, emit) {
    if (sheets.length || !kinds.length) return;
    for (const { grid, params } of unclaimedSheets(workbook.sheets, sheets, kinds))
      emit({ sheet: grid.name, row: Number(params.rows.split('–')[0]) }, params);
  },
});
