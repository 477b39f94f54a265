import { settingsRule } from '../context.js';

export default settingsRule({
  id: 'settings.unknown-type',
  severity: 'warning',
  title: {
    en: 'Settings row of unknown type',
    fr: 'Ligne de paramètres de type inconnu',
    es: 'Fila de configuración de tipo desconocido',
  },
  messages: {
    en: 'Settings row ignored: no template knows the type "{type}" (known: {known}).',
    fr: 'Ligne de paramètres ignorée : aucun modèle ne connaît le type « {type} » (connus : {known}).',
    es: 'Fila de configuración ignorada: ninguna plantilla conoce el tipo «{type}» (conocidos: {known}).',
  },
  fields: [],
  doc: {
    checks: {
      en:
        'Each row of a Settings sheet starts with a type that some template reads: pillar, criterion or unit ' +
        '(management response), agency (mapping and workplan), in English, French or Spanish.',
      fr:
        'Chaque ligne d’une feuille Settings commence par un type qu’un modèle lit : pilier, critère ou ' +
        'unité (réponse de la direction), agence (cartographie et plan de travail), en anglais, en français ' +
        'ou en espagnol.',
      es:
        'Cada fila de una hoja Settings empieza por un tipo que alguna plantilla lee: pilar, criterio o ' +
        'unidad (respuesta de la gerencia), agencia (mapeo y plan de trabajo), en inglés, francés o español.',
    },
    why: {
      en:
        'A row of unknown type is ignored: the pillar, unit or agency it meant to declare is not used, and ' +
        'the rules then report values that are in fact declared.',
      fr:
        'Une ligne de type inconnu est ignorée : le pilier, l’unité ou l’agence qu’elle voulait déclarer ' +
        'n’est pas utilisé, et les règles signalent alors des valeurs qui sont en fait déclarées.',
      es:
        'Una fila de tipo desconocido se ignora: el pilar, la unidad o la agencia que quería declarar no se ' +
        'usa, y las reglas señalan entonces valores que en realidad están declarados.',
    },
    fix: {
      en: 'Correct the word in column A (for example "unit", "unité" or "unidad"), or delete the row.',
      fr: 'Corrigez le mot de la colonne A (par exemple « unit », « unité » ou « unidad »), ou supprimez la ligne.',
      es: 'Corrija la palabra de la columna A (por ejemplo «unit», «unité» o «unidad»), o elimine la fila.',
    },
    example: {
      input: {
        en: 'A Settings row starting with "widget".',
        fr: 'Une ligne de Settings qui commence par « widget ».',
        es: 'Una fila de Settings que empieza por «widget».',
      },
      params: { type: 'widget', known: 'pillar, criterion, unit, agency' },
    },
  },
  check({ rows, known }, emit) {
    for (const r of rows) {
      if (r.rowType) continue;
      emit(
        { sheet: r.sheet, row: r.row, field: 'type', column: 0, value: r.type },
        { type: r.type, known: known.join(', ') },
      );
    }
  },
});
