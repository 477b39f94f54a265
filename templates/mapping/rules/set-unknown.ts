import { workbookRule } from './context.js';

/** A workbook rule: the settings are the workbook's, so a set is named once, at its first mapping sheet. */
export default workbookRule({
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
    checks: {
      en:
        'Each standards set the settings declare (`standards set | ID` on a Settings sheet, `standardSets` ' +
        'in JSON) is a bundled set or a set the settings’ own standards name.',
      fr:
        'Chaque jeu de normes que déclarent les paramètres (`standards set | ID` sur une feuille Settings, ' +
        '`standardSets` en JSON) est un jeu fourni ou un jeu que nomment les normes propres des paramètres.',
      es:
        'Cada conjunto de normas que declara la configuración (`standards set | ID` en una hoja Settings, ' +
        '`standardSets` en JSON) es un conjunto incluido o un conjunto que nombran las normas propias de la ' +
        'configuración.',
    },
    why: {
      en:
        'A set that does not exist has no standards: completeness would be checked against nothing and every ' +
        'agency would look complete.',
      fr:
        'Un jeu qui n’existe pas n’a aucune norme : la complétude serait vérifiée par rapport à rien et ' +
        'chaque agence paraîtrait complète.',
      es:
        'Un conjunto que no existe no tiene normas: la completitud se verificaría frente a nada y todas las ' +
        'agencias parecerían completas.',
    },
    fix: {
      en: 'Write the set’s id as listed (iasc-mos-psea, seed-2020-key-actions, un-ip-psea-core, or your own set’s).',
      fr:
        'Écrivez l’identifiant du jeu tel qu’il est listé (iasc-mos-psea, seed-2020-key-actions, ' +
        'un-ip-psea-core, ou celui de votre propre jeu).',
      es:
        'Escriba el identificador del conjunto tal como aparece en la lista (iasc-mos-psea, ' +
        'seed-2020-key-actions, un-ip-psea-core, o el de su propio conjunto).',
    },
    example: {
      input: {
        en: 'A Settings sheet row "standards set | mos-2019".',
        fr: 'Une ligne de feuille Settings « standards set | mos-2019 ».',
        es: 'Una fila de hoja Settings «standards set | mos-2019».',
      },
      params: { set: 'mos-2019', known: 'iasc-mos-psea, seed-2020-key-actions, un-ip-psea-core' },
    },
  },
  check({ sheets, vocabulary }, emit) {
    const table = sheets[0]?.table;
    if (!table) return;
    const known = vocabulary.standards.sets.map((s) => s.id);
    const header = table.header.rows[table.header.rows.length - 1] + table.firstRow;
    for (const set of vocabulary.settings.standardSets)
      if (!known.includes(set))
        emit({ table, row: header, column: table.firstColumn - 1 }, { set, known: known.join(', ') });
  },
});
