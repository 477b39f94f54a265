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
    checks:
      'A standard stated In place names its evidence (a document, a link or a means of verification), when the ' +
      'sheet has an evidence column.',
    why: '"In place" is a claim the network may have to show; without evidence it cannot be verified.',
    fix: 'Name the policy, procedure or record that shows the standard is in place.',
    example: { input: 'A standard "In place" with an empty evidence cell.', params: {} },
  },
  check({ table, rows }, emit) {
    if (!hasColumn(table, 'evidence')) return;
    for (const row of rows) if (row.status === 'In place' && !row.evidence) emit(at(row, 'evidence'), {});
  },
});
