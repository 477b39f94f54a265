import { raisedRule, text } from '../../rule.js';

export default raisedRule({
  id: 'read.too-slow',
  severity: 'error',
  raisedBy: 'reader',
  title: { en: 'File over its time limit', fr: 'Fichier au-delà de son temps', es: 'Archivo por encima de su tiempo' },
  messages: {
    en: text(
      'refused: reading and checking it took more than {seconds} s, the time limit per file (a damaged or hostile ',
      'file; if it is genuine, raise {variable}=<seconds>)',
    ),
    fr:
      'refusé : sa lecture et son contrôle ont pris plus de {seconds} s, la limite de temps par fichier (un fichier ' +
      'endommagé ou hostile ; s’il est authentique, augmentez {variable}=<secondes>)',
    es:
      'rechazado: leerlo y revisarlo llevó más de {seconds} s, el límite de tiempo por archivo (un archivo dañado u ' +
      'hostil; si es auténtico, aumente {variable}=<segundos>)',
  },
  counts: ['seconds'],
  fields: [],
  doc: {
    checks:
      'Each file is read and checked on a worker of its own within the time limit (120 s by default, ' +
      'PSEA_MAX_SECONDS); past it the worker is stopped.',
    why: 'The file is not consolidated, but no file can hang the batch: the other files are consolidated as usual.',
    fix: 'Check the file; if it is genuine and only very large, raise the limit with the variable named.',
    example: {
      input: 'A file that keeps the reader busy for minutes.',
      params: { seconds: 120, variable: 'PSEA_MAX_SECONDS' },
    },
  },
});
