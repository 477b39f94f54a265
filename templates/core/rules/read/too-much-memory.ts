import { raisedRule, text } from '../../rule.js';

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
    checks:
      'Each file is read and checked on a worker whose heap is limited (2,048 MB by default, PSEA_MAX_MEMORY_MB); ' +
      'a worker past it is stopped.',
    why: 'The file is not consolidated, but no file can exhaust memory for the batch: the others go on as usual.',
    fix: 'Check the file; if it is genuine and only very large, raise the limit with the variable named.',
    example: { input: 'A file whose reading fills the heap.', params: { limit: 2048, variable: 'PSEA_MAX_MEMORY_MB' } },
  },
});
