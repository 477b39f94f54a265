import { workbookRule } from './context.js';
import { readDeclaredAcceptance } from '../evaluation/declared.js';
import { RESPONSE_TERMS, type RESPONSE_KEYS } from '../values.js';

export default workbookRule({
  id: 'management-response.declared-table',
  severity: 'warning',
  title: {
    en: 'Declared table disagrees with the rows',
    fr: 'Tableau déclaré en désaccord avec les lignes',
    es: 'Tabla declarada en desacuerdo con las filas',
  },
  messages: {
    en: 'Declared "{category}" is {declared} on sheet "{table}" but the rows give {computed}.{causes}',
    fr:
      '« {category} » est déclaré à {declared} sur la feuille « {table} », mais les lignes donnent ' +
      '{computed}.{causes}',
    es: '«{category}» se declara {declared} en la hoja «{table}», pero las filas dan {computed}.{causes}',
  },
  terms: { category: { ...RESPONSE_TERMS, total: { en: 'total', fr: 'total', es: 'total' } } },
  fields: ['response'],
  doc: {
    checks: {
      en:
        'A table of the workbook that declares acceptance counts (rows "Accept 46", "Partially accept 13", ' +
        '…, "Total 62", like Table 1 of an evaluation report) agrees with the counts computed from the ' +
        'matrix rows; each difference names the recommendations that may cause it (answered by point, or ' +
        'unanswered).',
      fr:
        'Un tableau du classeur qui déclare des comptes d’acceptation (lignes « Acceptée 46 », « ' +
        'Partiellement acceptée 13 », …, « Total 62 », comme le tableau 1 d’un rapport d’évaluation) ' +
        'concorde avec les comptes calculés sur les lignes de la matrice ; chaque écart nomme les ' +
        'recommandations qui peuvent l’expliquer (répondues par point, ou sans réponse).',
      es:
        'Una tabla del libro que declara conteos de aceptación (filas «Aceptada 46», «Parcialmente aceptada ' +
        '13», …, «Total 62», como la tabla 1 de un informe de evaluación) concuerda con los conteos ' +
        'calculados a partir de las filas de la matriz; cada diferencia nombra las recomendaciones que ' +
        'pueden causarla (respondidas por punto, o sin respuesta).',
    },
    why: {
      en:
        'The declared table is what readers quote; if the matrix says otherwise, one of the two is wrong and ' +
        'the report cannot be relied on.',
      fr:
        'Le tableau déclaré est ce que les lecteurs citent ; si la matrice dit autre chose, l’un des deux ' +
        'est faux et le rapport n’est pas fiable.',
      es:
        'La tabla declarada es lo que citan los lectores; si la matriz dice otra cosa, una de las dos está ' +
        'mal y no se puede confiar en el informe.',
    },
    fix: {
      en: 'Find the recommendations named in the message and correct either their responses or the declared table.',
      fr:
        'Retrouvez les recommandations nommées dans le message et corrigez soit leurs réponses, soit le ' +
        'tableau déclaré.',
      es: 'Busque las recomendaciones nombradas en el mensaje y corrija sus respuestas o la tabla declarada.',
    },
    example: {
      input: {
        en: 'Table 1 declares 4 accepted recommendations; the matrix has 3.',
        fr: 'La feuille « Table 1 » déclare 4 recommandations acceptées ; la matrice en a 3.',
        es: 'La hoja «Table 1» declara 4 recomendaciones aceptadas; la matriz tiene 3.',
      },
      params: { category: 'Accept', declared: 4, table: 'Table 1', computed: 3, causes: '' },
    },
  },
  check({ recs, acceptance, otherSheets }, emit) {
    for (const sheet of otherSheets) {
      for (const d of readDeclaredAcceptance(sheet)) {
        const value = acceptance[d.category as (typeof RESPONSE_KEYS)[number] | 'total'];
        if (value === d.count) continue;
        const pointLevel = recs.filter(
          (r) =>
            r.points.some((p) => p.response !== undefined) && (r.response === d.category || d.category === 'total'),
        );
        const unanswered = recs.filter((r) => r.response === undefined);
        const suspects = [...pointLevel, ...unanswered].map((r) => r.recNo);
        const causes = suspects.length ? ` (${suspects.map((n) => `#${n}`).join(', ')})` : '';
        emit(
          { sheet: sheet.name, row: d.row, value: String(d.count), suggestion: String(value) },
          { category: d.category, declared: d.count, computed: value, table: sheet.name, causes },
        );
      }
    }
  },
});
