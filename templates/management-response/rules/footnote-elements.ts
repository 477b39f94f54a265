import { workbookRule } from './context.js';
import { text } from '../../core/rule.js';
import { rollUpResponses } from '../recommendations.js';
import type { ResponseValue } from '../values.js';

const ORDER: readonly ResponseValue[] = ['Accept', 'Partially accept', 'Not accept', 'n/a'];

/** "2 Not accept, 2 Partially accept". */
function said(counts: Partial<Record<ResponseValue, number>>): string {
  return ORDER.filter((r) => counts[r])
    .map((r) => `${counts[r]} ${r}`)
    .join(', ');
}

export default workbookRule({
  id: 'management-response.footnote-elements',
  severity: 'warning',
  title: {
    en: 'Footnote disagrees with the points',
    fr: 'Note en désaccord avec les points',
    es: 'Nota en desacuerdo con los puntos',
  },
  messages: {
    en: text(
      'A note on sheet "{table}" says recommendation {rec} has {elements} {elements:element|elements} ',
      '({declared}); the rows give {computed}.',
    ),
    fr:
      'Une note de la feuille « {table} » indique que la recommandation {rec} a {elements} ' +
      '{elements:élément|éléments} ({declared}) ; les lignes donnent {computed}.',
    es:
      'Una nota de la hoja «{table}» indica que la recomendación {rec} tiene {elements} ' +
      '{elements:elemento|elementos} ({declared}); las filas dan {computed}.',
  },
  fields: ['point', 'response'],
  doc: {
    checks: {
      en:
        'A note that breaks a recommendation into elements ("Recommendation #60 has four elements – two were ' +
        'not accepted and two were partially accepted") agrees with its point rows: as many points, the same ' +
        'responses. For a recommendation without point rows, the elements roll up to its response.',
      fr:
        'Une note qui décompose une recommandation en éléments (« La recommandation n° 60 a quatre éléments ' +
        '– deux n’ont pas été acceptés et deux ont été partiellement acceptés ») concorde avec ses lignes de ' +
        'points : autant de points, les mêmes réponses. Pour une recommandation sans lignes de points, les ' +
        'éléments se cumulent en sa réponse.',
      es:
        'Una nota que descompone una recomendación en elementos («La recomendación n.º 60 tiene cuatro ' +
        'elementos: dos no se aceptaron y dos se aceptaron parcialmente») concuerda con sus filas de puntos: ' +
        'tantos puntos como elementos, las mismas respuestas. Para una recomendación sin filas de puntos, ' +
        'los elementos se agregan en su respuesta.',
    },
    why: {
      en: 'The note explains the acceptance table; if it says otherwise than the rows, one of them is wrong.',
      fr:
        'La note explique le tableau d’acceptation ; si elle dit autre chose que les lignes, l’une des deux ' +
        'est fausse.',
      es: 'La nota explica la tabla de aceptación; si dice otra cosa que las filas, una de las dos está mal.',
    },
    fix: {
      en: 'Correct the note, or the responses of the points it describes.',
      fr: 'Corrigez la note, ou les réponses des points qu’elle décrit.',
      es: 'Corrija la nota, o las respuestas de los puntos que describe.',
    },
    example: {
      input: {
        en: 'Footnote 1 of the 2023 IOM evaluation on recommendation #60.',
        fr: 'La note 1 de l’évaluation 2023 de l’OIM sur la recommandation n° 60.',
        es: 'La nota 1 de la evaluación de 2023 de la OIM sobre la recomendación n.º 60.',
      },
      params: {
        table: 'Tables',
        rec: 60,
        elements: 4,
        declared: '2 Partially accept, 2 Not accept',
        computed: 'a Not accept, b Not accept, c Accept, d Partially accept',
      },
    },
  },
  check({ recs, evidence }, emit) {
    const seen = new Set<string>();
    for (const note of evidence.elements) {
      const rec = recs.find((r) => r.recNo === note.rec);
      const key = `${note.rec}|${said(note.byResponse)}`;
      if (!rec || seen.has(key)) continue;
      seen.add(key);
      const declared = Object.entries(note.byResponse).flatMap(([r, n]) =>
        Array<ResponseValue>(n).fill(r as ResponseValue),
      );
      let computed: string;
      if (rec.points.length) {
        const counts: Partial<Record<ResponseValue, number>> = {};
        for (const p of rec.points) if (p.response) counts[p.response] = (counts[p.response] ?? 0) + 1;
        if (rec.points.length === note.elements && said(counts) === said(note.byResponse)) continue;
        computed = rec.points.map((p) => `${p.point} ${p.response ?? '–'}`).join(', ');
      } else {
        if (rollUpResponses(declared) === rec.response) continue;
        computed = rec.response ?? '–';
      }
      emit(
        { sheet: note.sheet, row: note.row, value: note.text },
        { table: note.sheet, rec: note.rec, elements: note.elements, declared: said(note.byResponse), computed },
      );
    }
  },
});
