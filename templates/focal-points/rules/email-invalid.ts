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
    checks: {
      en:
        'Each e-mail address of a focal point (several may be separated by ; or ,) has a name, an @, a ' +
        'domain and a suffix.',
      fr:
        'Chaque adresse électronique d’un point focal (plusieurs peuvent être séparées par ; ou ,) a un nom, ' +
        'un @, un domaine et un suffixe.',
      es:
        'Cada correo electrónico de un punto focal (pueden separarse varios con ; o ,) tiene un nombre, una ' +
        '@, un dominio y un sufijo.',
    },
    why: {
      en:
        'A focal point who cannot be reached is no focal point: a broken address is found when a complaint ' +
        'needs referring.',
      fr:
        'Un point focal qu’on ne peut pas joindre n’est pas un point focal : une adresse cassée se découvre ' +
        'au moment où une plainte doit être orientée.',
      es:
        'Un punto focal al que no se puede localizar no es un punto focal: una dirección rota se descubre ' +
        'cuando hay que derivar una denuncia.',
    },
    fix: {
      en: 'Correct the address with the focal point.',
      fr: 'Corrigez l’adresse avec le point focal.',
      es: 'Corrija la dirección con el punto focal.',
    },
    example: {
      input: {
        en: 'An e-mail typed "jean.martin@oim".',
        fr: 'Une adresse électronique saisie « jean.martin@oim ».',
        es: 'Un correo electrónico escrito «jean.martin@oim».',
      },
      params: { value: 'jean.martin@oim' },
    },
  },
  check({ rows }, emit) {
    for (const row of rows)
      for (const email of row.emails)
        if (!EMAIL.test(email)) emit({ row: row.source.row, field: 'email', value: email }, { value: email });
  },
});
