import { workbookRule } from './context.js';
import { foldKey, levenshtein } from '../../core/text.js';

/** A code at most this often, beside one used at least twice as often (and three times), is a variant of it. */
const RARE = 2;
const FREQUENT = 3;

export default workbookRule({
  id: 'management-response.unit-variant',
  severity: 'warning',
  title: {
    en: 'Unit code written two ways',
    fr: 'Code d’unité écrit de deux façons',
    es: 'Código de unidad escrito de dos formas',
  },
  messages: {
    en: 'Unit code "{value}" is used {count} time(s) and "{suggestion}", one letter away, {frequent} times.',
    fr: 'Le code d’unité « {value} » est employé {count} fois et « {suggestion} », à une lettre près, {frequent} fois.',
    es: 'El código de unidad «{value}» se usa {count} vez(ces) y «{suggestion}», a una letra, {frequent} veces.',
  },
  fields: ['responsible_units', 'support_units'],
  doc: {
    checks:
      'With no unit list (no acronym sheet, no settings), the codes of the unit cells of the workbook are counted: a ' +
      'code of three letters or more used at most twice, one edit (or one swap of neighbours) away from a code used ' +
      'at least three times and twice as often, gets a did-you-mean on each of its cells.',
    why:
      'The status-by-unit table counts by code: a variant (PDX for PXD) becomes a unit of its own, and the real ' +
      "unit's figures are short.",
    fix: 'Correct the code (the suggestion), or declare the unit list on the Settings sheet or an Acronyms sheet.',
    example: {
      input: 'PDX written twice in a matrix that writes PXD four times.',
      params: { value: 'PDX', count: 2, suggestion: 'PXD', frequent: 4 },
    },
  },
  check({ settled }, emit) {
    const cells = settled.flatMap(({ rec, place }) =>
      rec.rows.flatMap((row) =>
        row.units.flatMap(({ field, tokens }) =>
          tokens
            .filter((t) => t.match.kind === 'unlisted')
            .map((t) => ({ place, row: row.source.row, field, token: t.token })),
        ),
      ),
    );
    const counts = new Map<string, { code: string; n: number }>();
    for (const c of cells) {
      const key = foldKey(c.token);
      const entry = counts.get(key) ?? counts.set(key, { code: c.token, n: 0 }).get(key)!;
      entry.n++;
    }
    const frequent = [...counts].filter(([k, e]) => e.n >= FREQUENT && k.replace(/ /g, '').length >= 3);
    for (const c of cells) {
      const key = foldKey(c.token);
      const rare = counts.get(key)!;
      if (rare.n > RARE || key.replace(/ /g, '').length < 3) continue;
      const near = frequent.find(([k, e]) => e.n >= 2 * rare.n && levenshtein(key, k, 1) === 1);
      if (!near) continue;
      emit(
        { table: c.place, row: c.row, field: c.field, value: c.token, suggestion: near[1].code },
        { value: c.token, count: rare.n, suggestion: near[1].code, frequent: near[1].n },
      );
    }
  },
});
