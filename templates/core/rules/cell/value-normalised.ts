import { sheetRule } from '../context.js';

export default sheetRule({
  id: 'cell.value-normalised',
  severity: 'info',
  title: {
    en: 'Value read as its canonical form',
    fr: 'Valeur lue sous sa forme canonique',
    es: 'Valor leído en su forma canónica',
  },
  messages: {
    en: '"{value}" read as "{canonical}".',
    fr: '« {value} » lu comme « {canonical} ».',
    es: '«{value}» leído como «{canonical}».',
  },
  fields: [],
  doc: {
    checks:
      'A value typed as another accepted spelling of a list value (an alias such as "Agreed" for Accept, "en ' +
      'cours" for a status, "Unicef" for UNICEF, a unit code in another case) is read as the canonical value.',
    why:
      'Offices write the same answer many ways; reading them as one keeps the counts right. The info finding shows ' +
      'each reading so nothing is changed silently.',
    fix:
      'Nothing is wrong. To make the sheet uniform, apply the suggestion (the pane\'s "Normalise aliases" does it ' +
      'for every cell).',
    example: { input: 'A response typed "Agreed".', params: { value: 'Agreed', canonical: 'Accept' } },
  },
  check({ readings }, emit) {
    for (const r of readings.normalised)
      emit(
        { row: r.row, field: r.field, value: r.text, suggestion: r.canonical, ...(r.cell ? { cell: r.cell } : {}) },
        { value: r.text, canonical: r.canonical },
      );
  },
});
