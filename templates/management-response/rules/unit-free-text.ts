import { sheetRule } from './context.js';

export default sheetRule({
  id: 'management-response.unit-free-text',
  severity: 'info',
  title: { en: 'Text in a unit column', fr: 'Texte dans une colonne d’unités', es: 'Texto en una columna de unidades' },
  messages: {
    en: '"{value}" is not a unit code; it is kept as text.',
    fr: '« {value} » n’est pas un code d’unité ; il est conservé comme texte.',
    es: '«{value}» no es un código de unidad; se conserva como texto.',
  },
  fields: ['responsible_units', 'support_units'],
  doc: {
    checks:
      'A piece of a unit cell that reads as prose rather than a code ("relevant units as required") is kept as text.',
    why: 'Prose names no unit: nobody is counted as responsible for it in the status-by-unit table.',
    fix: 'Nothing is wrong if the prose is meant; to count it, name the units by their codes.',
    example: {
      input: 'Support from "PSEAH and relevant units as required".',
      params: { value: 'relevant units as required' },
    },
  },
  check({ rows }, emit) {
    for (const row of rows)
      for (const { field, tokens } of row.units)
        for (const { token, match } of tokens)
          if (match.kind === 'free-text') emit({ row: row.source.row, field, value: token }, { value: token });
  },
});
