import { raisedRule, text } from '../../rule.js';
import { RAISE_IF_GENUINE } from '../../doc-texts.js';

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
    checks: {
      en:
        'Each file is read and checked on a worker of its own within the time limit (120 s by default, ' +
        'PSEA_MAX_SECONDS); past it the worker is stopped.',
      fr:
        'Chaque fichier est lu et contrôlé sur son propre travailleur dans la limite de temps (120 s par ' +
        'défaut, PSEA_MAX_SECONDS) ; au-delà, le travailleur est arrêté.',
      es:
        'Cada archivo se lee y revisa en su propio trabajador dentro del límite de tiempo (120 s por ' +
        'defecto, PSEA_MAX_SECONDS); pasado ese tiempo, el trabajador se detiene.',
    },
    why: {
      en: 'The file is not consolidated, but no file can hang the batch: the other files are consolidated as usual.',
      fr:
        'Le fichier n’est pas consolidé, mais aucun fichier ne peut bloquer le lot : les autres fichiers ' +
        'sont consolidés comme d’habitude.',
      es:
        'El archivo no se consolida, pero ningún archivo puede bloquear el lote: los demás archivos se ' +
        'consolidan como de costumbre.',
    },
    fix: RAISE_IF_GENUINE,
    example: {
      input: {
        en: 'A file that keeps the reader busy for minutes.',
        fr: 'Un fichier qui occupe le lecteur pendant des minutes.',
        es: 'Un archivo que mantiene ocupado al lector durante minutos.',
      },
      params: { seconds: 120, variable: 'PSEA_MAX_SECONDS' },
    },
  },
});
