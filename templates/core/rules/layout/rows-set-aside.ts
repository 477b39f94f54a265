import { sheetRule } from '../context.js';
import { rowRuns } from '../../runs.js';

/** Blank and section rows are many and self-explanatory: one finding per reason per sheet lists them. */
const QUIET = ['blank', 'section', 'legend'] as const;

export default sheetRule({
  id: 'layout.rows-set-aside',
  severity: 'info',
  title: {
    en: 'Blank and section rows set aside',
    fr: 'Lignes vides et de section mises de côté',
    es: 'Filas vacías y de sección apartadas',
  },
  messages: {
    en: '{count} {count:row|rows} set aside ({reason}): {rows}.',
    fr: '{count} {count:ligne mise|lignes mises} de côté ({reason}) : {rows}.',
    es: '{count} {count:fila apartada|filas apartadas} ({reason}): {rows}.',
  },
  terms: {
    reason: {
      blank: { en: 'blank', fr: 'vides', es: 'vacías' },
      section: { en: 'section rows', fr: 'lignes de section', es: 'filas de sección' },
      legend: { en: 'a legend of codes', fr: 'une légende des codes', es: 'una leyenda de códigos' },
    },
  },
  fields: [],
  doc: {
    checks: {
      en:
        'Lists, once per sheet and reason, the rows below the header that are not records: blank rows, ' +
        'section rows ("Pillar 2: …") whose title is carried onto the records below, and the lines of a ' +
        'legend ("A = In place") whose codes are read.',
      fr:
        'Liste, une fois par feuille et par motif, les lignes sous l’en-tête qui ne sont pas des ' +
        'enregistrements : lignes vides, lignes de section (« Pilier 2 : … ») dont le titre est reporté sur ' +
        'les enregistrements en dessous, et lignes d’une légende (« A = En place ») dont les codes sont lus.',
      es:
        'Enumera, una vez por hoja y por motivo, las filas bajo el encabezado que no son registros: filas ' +
        'vacías, filas de sección («Pilar 2: …») cuyo título se traslada a los registros de debajo, y líneas ' +
        'de una leyenda («A = Establecido») cuyos códigos se leen.',
    },
    why: {
      en:
        'Every input row is either consolidated or set aside with a reason, so the row counts add up; this ' +
        'says which rows were not records.',
      fr:
        'Chaque ligne lue est soit consolidée, soit mise de côté avec un motif, pour que les comptes de ' +
        'lignes tombent juste ; ce constat dit quelles lignes n’étaient pas des enregistrements.',
      es:
        'Cada fila leída se consolida o se aparta con un motivo, para que los conteos de filas cuadren; esto ' +
        'dice qué filas no eran registros.',
    },
    fix: {
      en:
        'Nothing to fix when the rows are what the message says. If a listed row holds a record, fill its ' +
        'key fields (number, recommendation or response).',
      fr:
        'Rien à corriger quand les lignes sont ce que dit le message. Si une ligne listée contient un ' +
        'enregistrement, remplissez ses champs clés (numéro, recommandation ou réponse).',
      es:
        'Nada que corregir si las filas son lo que dice el mensaje. Si una fila de la lista contiene un ' +
        'registro, complete sus campos clave (número, recomendación o respuesta).',
    },
    example: {
      input: {
        en: 'Rows 12 and 20–22 of the matrix are empty.',
        fr: 'Les lignes 12 et 20 à 22 de la matrice sont vides.',
        es: 'Las filas 12 y 20 a 22 de la matriz están vacías.',
      },
      params: { count: 4, reason: 'blank', rows: '12, 20–22' },
    },
  },
  check({ table }, emit) {
    for (const reason of QUIET) {
      const rows = table.setAside
        .filter((r) => r.reason === reason)
        .map((r) => r.row)
        .sort((a, b) => a - b);
      if (rows.length) emit({ row: rows[0] }, { reason, count: rows.length, rows: rowRuns(rows).join(', ') });
    }
  },
});
