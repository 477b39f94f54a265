import { at, hasColumn, sheetRule } from './context.js';

export default sheetRule({
  id: 'mapping.evidence-missing',
  severity: 'warning',
  title: { en: '"In place" without evidence', fr: '« En place » sans justificatif', es: '«Establecido» sin evidencia' },
  messages: {
    en: '"In place" is stated without evidence (a document, link or means of verification).',
    fr: '« En place » est indiqué sans justificatif (document, lien ou moyen de vérification).',
    es: 'Se indica «Establecido» sin evidencia (documento, enlace o medio de verificación).',
  },
  fields: ['status', 'evidence'],
  doc: {
    checks: {
      en:
        'A standard stated In place names its evidence (a document, a link or a means of verification), when ' +
        'the sheet has an evidence column.',
      fr:
        'Une norme indiquée En place nomme son justificatif (un document, un lien ou un moyen de ' +
        'vérification), quand la feuille a une colonne « Justificatif ».',
      es:
        'Una norma indicada como Establecido nombra su evidencia (un documento, un enlace o un medio de ' +
        'verificación), cuando la hoja tiene una columna «Evidencia».',
    },
    why: {
      en: '"In place" is a claim the network may have to show; without evidence it cannot be verified.',
      fr:
        '« En place » est une affirmation que le réseau peut avoir à démontrer ; sans justificatif, elle ne ' +
        'peut pas être vérifiée.',
      es:
        '«Establecido» es una afirmación que la red puede tener que demostrar; sin evidencia no se puede ' +
        'verificar.',
    },
    fix: {
      en: 'Name the policy, procedure or record that shows the standard is in place.',
      fr: 'Nommez la politique, la procédure ou le registre qui montre que la norme est en place.',
      es: 'Nombre la política, el procedimiento o el registro que muestra que la norma está establecida.',
    },
    example: {
      input: {
        en: 'A standard "In place" with an empty evidence cell.',
        fr: 'Une norme « En place » avec une cellule « Justificatif » vide.',
        es: 'Una norma «Establecido» con la celda «Evidencia» vacía.',
      },
      params: {},
    },
  },
  check({ table, rows }, emit) {
    if (!hasColumn(table, 'evidence')) return;
    for (const row of rows) if (row.status === 'In place' && !row.evidence) emit(at(row, 'evidence'), {});
  },
});
