import { sheetRule } from './context.js';
import { namesSomeone } from '../tables.js';

export default sheetRule({
  id: 'focal-points.focal-point-missing',
  severity: 'warning',
  title: { en: 'Agency without a focal point', fr: 'Agence sans point focal', es: 'Agencia sin punto focal' },
  messages: {
    en: '{agency} is listed with no focal point: no name, e-mail or phone.',
    fr: '{agency} figure dans la liste sans point focal : ni nom, ni courriel, ni téléphone.',
    es: '{agency} figura en la lista sin punto focal: ni nombre, ni correo, ni teléfono.',
  },
  fields: ['agency', 'name', 'email', 'phone'],
  doc: {
    checks:
      'Each agency of the list names a focal point: a row with the agency and no name, e-mail or phone ' +
      'is reported (unless another row of the sheet names one for that agency).',
    why:
      'Every agency of a PSEA network has a focal point: an agency without one has nobody to receive or ' +
      'refer a complaint.',
    fix: 'Ask the agency to name its focal point (and an alternate), and add the contact.',
    example: {
      input: 'UN Women listed on row 9, its title "to be appointed", no name.',
      params: { agency: 'UN Women' },
    },
  },
  check({ rows }, emit) {
    for (const row of rows) {
      if (!row.agency || namesSomeone(row)) continue;
      if (rows.some((r) => r.agency === row.agency && namesSomeone(r))) continue;
      emit({ row: row.source.row, field: 'name' }, { agency: row.agency });
    }
  },
});
