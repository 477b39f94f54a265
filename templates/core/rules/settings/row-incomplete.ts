import { settingsRule } from '../context.js';

export default settingsRule({
  id: 'settings.row-incomplete',
  severity: 'warning',
  title: {
    en: 'Settings row incomplete',
    fr: 'Ligne de paramètres incomplète',
    es: 'Fila de configuración incompleta',
  },
  messages: {
    en: 'Settings row ignored: a "{type}" row needs the columns {needs}.',
    fr: 'Ligne de paramètres ignorée : une ligne « {type} » doit remplir les colonnes {needs}.',
    es: 'Fila de configuración ignorada: una fila «{type}» necesita las columnas {needs}.',
  },
  fields: [],
  doc: {
    checks: {
      en:
        'A Settings row of a known type fills the columns its type needs (`type | key | name | from | to`): ' +
        'a pillar its number, name, first and last recommendation; a criterion its digit and name; a unit or ' +
        'an agency its code.',
      fr:
        'Une ligne de Settings d’un type connu remplit les colonnes dont son type a besoin (`type | key | ' +
        'name | from | to`) : un pilier son numéro, son nom, sa première et sa dernière recommandation ; un ' +
        'critère son chiffre et son nom ; une unité ou une agence son code.',
      es:
        'Una fila de Settings de un tipo conocido rellena las columnas que su tipo necesita (`type | key | ' +
        'name | from | to`): un pilar, su número, su nombre, su primera y su última recomendación; un ' +
        'criterio, su dígito y su nombre; una unidad o una agencia, su código.',
    },
    why: {
      en:
        'An incomplete row is ignored, so the pillar, criterion, unit or agency it declares is not used by ' +
        'the rules or the tables.',
      fr:
        'Une ligne incomplète est ignorée : le pilier, le critère, l’unité ou l’agence qu’elle déclare n’est ' +
        'utilisé ni par les règles ni par les tableaux.',
      es:
        'Una fila incompleta se ignora, así que el pilar, el criterio, la unidad o la agencia que declara no ' +
        'lo usan ni las reglas ni las tablas.',
    },
    fix: {
      en: 'Fill the missing cells of the row, or delete it.',
      fr: 'Remplissez les cellules manquantes de la ligne, ou supprimez-la.',
      es: 'Rellene las celdas que faltan de la fila, o elimínela.',
    },
    example: {
      input: {
        en: 'A row "pillar | 2 | Response" with no range.',
        fr: 'Une ligne « pillar | 2 | Réponse » sans plage.',
        es: 'Una fila «pillar | 2 | Respuesta» sin rango.',
      },
      params: { type: 'pillar', needs: 'key, name, from, to' },
    },
  },
  check({ rows }, emit) {
    for (const r of rows) {
      if (!r.rowType || !r.result || !('missing' in r.result)) continue;
      emit(
        { sheet: r.sheet, row: r.row, field: 'type', column: 0, value: r.type },
        { type: r.type, needs: r.rowType.needs.join(', ') },
      );
    }
  },
});
