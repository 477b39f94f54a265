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
    checks:
      'Each row of a Settings sheet starts with a type that some template reads: pillar, criterion or unit ' +
      '(management response), agency (mapping and workplan), in English, French or Spanish.',
    why:
      'A row of unknown type is ignored: the pillar, unit or agency it meant to declare is not used, and the rules ' +
      'then report values that are in fact declared.',
    fix: 'Correct the word in column A (for example "unit", "unité" or "unidad"), or delete the row.',
    example: {
      input: 'A Settings row starting with "widget".',
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
