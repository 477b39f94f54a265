import { sheetRule } from './context.js';
import { EMAIL } from '../rows.js';

export default sheetRule({
  id: 'focal-points.email-invalid',
  severity: 'warning',
  title: {
    en: 'E-mail address not well formed',
    fr: 'Adresse électronique mal formée',
    es: 'Correo electrónico mal formado',
  },
  messages: {
    en: '"{value}" is not a well-formed e-mail address (name@domain.org).',
    fr: '« {value} » n’est pas une adresse électronique bien formée (nom@domaine.org).',
    es: '«{value}» no es un correo electrónico bien formado (nombre@dominio.org).',
  },
  fields: ['email'],
  doc: {
    checks:
      'Each e-mail address of a focal point (several may be separated by ; or ,) has a name, an @, a ' +
      'domain and a suffix.',
    why:
      'A focal point who cannot be reached is no focal point: a broken address is found when a complaint ' +
      'needs referring.',
    fix: 'Correct the address with the focal point.',
    example: { input: 'An e-mail typed "jean.martin@oim".', params: { value: 'jean.martin@oim' } },
  },
  check({ rows }, emit) {
    for (const row of rows)
      for (const email of row.emails)
        if (!EMAIL.test(email)) emit({ row: row.source.row, field: 'email', value: email }, { value: email });
  },
});
