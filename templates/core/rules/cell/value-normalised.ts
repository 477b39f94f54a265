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
  labels: { canonical: 'value' },
  fields: [],
  doc: {
    checks: {
      en:
        'A value typed as another accepted spelling of a list value (an alias such as "Agreed" for Accept, ' +
        '"acheve" without its accent for a status, "World Food Programme" for WFP) is read as the canonical ' +
        'value. A value or label of the list in another case ("en cours", "Unicef", a unit code in lower ' +
        'case), or an agency by its French or Spanish acronym (PAM, ACNUR), is the value itself: no finding.',
      fr:
        'Une valeur écrite sous une autre graphie admise d’une valeur de liste (un alias comme « Agreed » ' +
        'pour Accepter, « acheve » sans son accent pour un statut, « Programme alimentaire mondial » pour le ' +
        'PAM) est lue comme la valeur canonique. Une valeur ou un libellé de la liste dans une autre casse ' +
        '(« en cours », « Unicef », un code d’unité en minuscules), ou une agence par son sigle français ou ' +
        'espagnol (PAM, ACNUR), est la valeur elle-même : aucun constat.',
      es:
        'Un valor escrito con otra grafía admitida de un valor de lista (un alias como «Agreed» por Aceptar, ' +
        '«Organizacion Mundial de la Salud» sin su tilde por la OMS) se lee como el valor canónico. Un valor ' +
        'o una etiqueta de la lista con otras mayúsculas («en curso», «Unicef», un código de unidad en ' +
        'minúsculas), o una agencia por su sigla francesa o española (PAM, ACNUR), es el valor mismo: ningún ' +
        'hallazgo.',
    },
    why: {
      en:
        'Offices write the same answer many ways; reading them as one keeps the counts right. The info ' +
        'finding shows each reading so nothing is changed silently.',
      fr:
        'Les bureaux écrivent la même réponse de bien des façons ; les lire comme une seule garde les ' +
        'comptes justes. Ce constat de niveau info montre chaque lecture, pour que rien ne change en silence.',
      es:
        'Las oficinas escriben la misma respuesta de muchas maneras; leerlas como una sola mantiene los ' +
        'conteos correctos. El hallazgo informativo muestra cada lectura, para que nada cambie en silencio.',
    },
    fix: {
      en:
        'Nothing is wrong. To make the sheet uniform, apply the suggestion (the pane\'s "Normalise aliases" ' +
        'does it for every cell).',
      fr:
        'Rien n’est faux. Pour uniformiser la feuille, appliquez la suggestion (« Normaliser les alias » du ' +
        'volet le fait pour toutes les cellules).',
      es:
        'No hay error. Para uniformar la hoja, aplique la sugerencia («Normalizar alias» del panel lo hace ' +
        'en todas las celdas).',
    },
    example: {
      input: {
        en: 'A response typed "Agreed".',
        fr: 'Une réponse écrite « Agreed ».',
        es: 'Una respuesta escrita «Agreed».',
      },
      params: { value: 'Agreed', canonical: 'Accept' },
    },
  },
  check({ readings }, emit) {
    for (const r of readings.normalised)
      emit(
        { row: r.row, field: r.field, value: r.text, suggestion: r.canonical, ...(r.cell ? { cell: r.cell } : {}) },
        { value: r.text, canonical: r.canonical },
      );
  },
});
