import { raisedRule, text } from '../../rule.js';
import { RAISE_IF_GENUINE } from '../../doc-texts.js';

export default raisedRule({
  id: 'read.too-much-memory',
  severity: 'error',
  raisedBy: 'reader',
  title: {
    en: 'File over its memory limit',
    fr: 'Fichier au-delà de sa mémoire',
    es: 'Archivo por encima de su memoria',
  },
  messages: {
    en: text(
      'refused: reading and checking it needed more than {limit} MB of memory, the limit per file (a damaged or ',
      'hostile file; if it is genuine, raise {variable}=<MB>)',
    ),
    fr:
      'refusé : sa lecture et son contrôle demandaient plus de {limit} Mo de mémoire, la limite par fichier (un ' +
      'fichier endommagé ou hostile ; s’il est authentique, augmentez {variable}=<Mo>)',
    es:
      'rechazado: leerlo y revisarlo necesitaba más de {limit} MB de memoria, el límite por archivo (un archivo ' +
      'dañado u hostil; si es auténtico, aumente {variable}=<MB>)',
  },
  counts: ['limit'],
  fields: [],
  doc: {
    checks: {
      en:
        'Each file is read and checked on a worker whose heap is limited (2,048 MB by default, ' +
        'PSEA_MAX_MEMORY_MB); a worker past it is stopped.',
      fr:
        'Chaque fichier est lu et contrôlé sur un travailleur dont le tas est limité (2 048 Mo par défaut, ' +
        'PSEA_MAX_MEMORY_MB) ; un travailleur qui dépasse cette limite est arrêté.',
      es:
        'Cada archivo se lee y revisa en un trabajador cuyo montículo está limitado (2.048 MB por defecto, ' +
        'PSEA_MAX_MEMORY_MB); un trabajador que lo supera se detiene.',
    },
    why: {
      en: 'The file is not consolidated, but no file can exhaust memory for the batch: the others go on as usual.',
      fr:
        'Le fichier n’est pas consolidé, mais aucun fichier ne peut épuiser la mémoire du lot : les autres ' +
        'continuent comme d’habitude.',
      es:
        'El archivo no se consolida, pero ningún archivo puede agotar la memoria del lote: los demás siguen ' +
        'como de costumbre.',
    },
    fix: RAISE_IF_GENUINE,
    example: {
      input: {
        en: 'A file whose reading fills the heap.',
        fr: 'Un fichier dont la lecture remplit le tas.',
        es: 'Un archivo cuya lectura llena el montículo.',
      },
      params: { limit: 2048, variable: 'PSEA_MAX_MEMORY_MB' },
    },
  },
});
