import { raisedRule } from '../../rule.js';
import { NOT_CONSOLIDATED } from '../../doc-texts.js';

export default raisedRule({
  id: 'read.not-found',
  severity: 'error',
  raisedBy: 'reader',
  title: { en: 'File not found', fr: 'Fichier introuvable', es: 'Archivo no encontrado' },
  messages: {
    en: 'file not found',
    fr: 'fichier introuvable',
    es: 'archivo no encontrado',
  },
  fields: [],
  doc: {
    checks: {
      en: 'The file exists when it is read.',
      fr: 'Le fichier existe au moment où il est lu.',
      es: 'El archivo existe en el momento de leerlo.',
    },
    why: NOT_CONSOLIDATED,
    fix: {
      en: 'Check the path; the file may have been moved or renamed since it was listed.',
      fr: 'Vérifiez le chemin ; le fichier a pu être déplacé ou renommé depuis qu’il a été listé.',
      es: 'Revise la ruta; el archivo puede haberse movido o renombrado desde que se listó.',
    },
    example: {
      input: {
        en: 'A path typed with a typo.',
        fr: 'Un chemin saisi avec une faute de frappe.',
        es: 'Una ruta escrita con una errata.',
      },
      params: {},
    },
  },
});
