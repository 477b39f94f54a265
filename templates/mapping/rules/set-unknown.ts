import { sheetRule } from './context.js';

export default sheetRule({
  id: 'mapping.set-unknown',
  severity: 'warning',
  title: { en: 'Standards set not known', fr: 'Jeu de normes inconnu', es: 'Conjunto de normas desconocido' },
  messages: {
    en: 'The settings check mappings against "{set}", which is no standards set (known: {known}).',
    fr:
      'Les paramètres vérifient les cartographies par rapport à « {set} », qui n’est pas un jeu de normes ' +
      '(connus : {known}).',
    es: 'La configuración verifica los mapeos frente a «{set}», que no es un conjunto de normas (conocidos: {known}).',
  },
  fields: ['standard'],
  doc: {
    checks:
      'Each standards set the settings declare (`standards set | ID` on a Settings sheet, `standardSets` in JSON) is ' +
      'a bundled set or a set the settings’ own standards name.',
    why:
      'A set that does not exist has no standards: completeness would be checked against nothing and every agency ' +
      'would look complete.',
    fix: 'Write the set’s id as listed (iasc-mos-psea, seed-2020-key-actions, un-ip-psea-core, or your own set’s).',
    example: {
      input: 'A Settings sheet row "standards set | mos-2019".',
      params: { set: 'mos-2019', known: 'iasc-mos-psea, seed-2020-key-actions, un-ip-psea-core' },
    },
  },
  check({ table, vocabulary }, emit) {
    const known = vocabulary.standards.sets.map((s) => s.id);
    const header = table.header.rows[table.header.rows.length - 1] + table.firstRow;
    for (const set of vocabulary.settings.standardSets)
      if (!known.includes(set)) emit({ row: header, column: table.firstColumn - 1 }, { set, known: known.join(', ') });
  },
});
