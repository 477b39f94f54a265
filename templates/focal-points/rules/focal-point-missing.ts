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
    checks: {
      en:
        'Each agency of the list names a focal point: a row with the agency and no name, e-mail or phone is ' +
        'reported (unless another row of the sheet names one for that agency).',
      fr:
        'Chaque agence de la liste nomme un point focal : une ligne avec l’agence mais sans nom, adresse ' +
        'électronique ni téléphone est signalée (sauf si une autre ligne de la feuille en nomme un pour ' +
        'cette agence).',
      es:
        'Cada agencia de la lista nombra un punto focal: se señala una fila con la agencia pero sin nombre, ' +
        'correo ni teléfono (salvo que otra fila de la hoja nombre uno para esa agencia).',
    },
    why: {
      en:
        'Every agency of a PSEA network has a focal point: an agency without one has nobody to receive or ' +
        'refer a complaint.',
      fr:
        'Chaque agence d’un réseau PEAS a un point focal : une agence qui n’en a pas n’a personne pour ' +
        'recevoir ou orienter une plainte.',
      es:
        'Cada agencia de una red PEAS tiene un punto focal: una agencia sin él no tiene a nadie que reciba o ' +
        'derive una denuncia.',
    },
    fix: {
      en: 'Ask the agency to name its focal point (and an alternate), and add the contact.',
      fr: 'Demandez à l’agence de nommer son point focal (et un suppléant), et ajoutez le contact.',
      es: 'Pida a la agencia que nombre su punto focal (y un suplente), y añada el contacto.',
    },
    example: {
      input: {
        en: 'UN Women listed on row 9, its title "to be appointed", no name.',
        fr: 'UN Women listée en ligne 9, sa fonction « to be appointed », sans nom.',
        es: 'UN Women en la fila 9, su cargo «to be appointed», sin nombre.',
      },
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
