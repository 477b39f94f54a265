import { sheetRule } from '../context.js';

export default sheetRule({
  id: 'layout.row-set-aside',
  severity: 'info',
  title: {
    en: 'Note or repeated header set aside',
    fr: 'Note ou en-tête répété mis de côté',
    es: 'Nota o encabezado repetido apartado',
  },
  messages: {
    en: 'Row set aside ({reason}): "{text}".',
    fr: 'Ligne mise de côté ({reason}) : « {text} ».',
    es: 'Fila apartada ({reason}): «{text}».',
  },
  terms: {
    reason: {
      note: { en: 'a note, not a record', fr: 'une note, pas un enregistrement', es: 'una nota, no un registro' },
      'repeated-header': { en: 'the header repeated', fr: 'l’en-tête répété', es: 'el encabezado repetido' },
    },
  },
  fields: [],
  doc: {
    checks: {
      en:
        'A row below the header that holds a lone text with no key field ("Source: …") or repeats the header ' +
        '(as at each printed page) is set aside, one finding per row with its text.',
      fr:
        'Une ligne sous l’en-tête qui ne contient qu’un texte isolé sans champ clé (« Source : … ») ou qui ' +
        'répète l’en-tête (comme à chaque page imprimée) est mise de côté, un constat par ligne avec son ' +
        'texte.',
      es:
        'Una fila bajo el encabezado que solo tiene un texto suelto sin campo clave («Fuente: …») o que ' +
        'repite el encabezado (como en cada página impresa) se aparta, un hallazgo por fila con su texto.',
    },
    why: {
      en:
        'Such a row is not a record: counting it would add a recommendation or a task that does not exist. ' +
        'Saying so lets you check nothing real was left out.',
      fr:
        'Une telle ligne n’est pas un enregistrement : la compter ajouterait une recommandation ou une tâche ' +
        'qui n’existe pas. Le dire vous permet de vérifier que rien de réel n’a été écarté.',
      es:
        'Esa fila no es un registro: contarla añadiría una recomendación o una tarea que no existe. Decirlo ' +
        'le permite comprobar que no se dejó fuera nada real.',
    },
    fix: {
      en:
        'Nothing to fix for a note or a repeated header. If the row is a record, fill its number or other ' +
        'key fields so it is read as one.',
      fr:
        'Rien à corriger pour une note ou un en-tête répété. Si la ligne est un enregistrement, remplissez ' +
        'son numéro ou d’autres champs clés pour qu’elle soit lue comme tel.',
      es:
        'Nada que corregir para una nota o un encabezado repetido. Si la fila es un registro, complete su ' +
        'número u otros campos clave para que se lea como tal.',
    },
    example: {
      input: {
        en: 'Row 40 of a matrix holds only "Source: evaluation report, annex 2".',
        fr: 'La ligne 40 d’une matrice ne contient que « Source: evaluation report, annex 2 ».',
        es: 'La fila 40 de una matriz solo contiene «Source: evaluation report, annex 2».',
      },
      params: { reason: 'note', text: 'Source: evaluation report, annex 2' },
    },
  },
  check({ table }, emit) {
    for (const row of table.setAside) {
      if (row.reason === 'note' || row.reason === 'repeated-header')
        emit({ row: row.row }, { reason: row.reason, text: row.text });
    }
  },
});
