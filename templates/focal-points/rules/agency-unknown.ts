import { sheetRule } from './context.js';
import { agencyTypo } from '../../inter-agency/agency-field.js';
import { text } from '../../core/rule.js';

export default sheetRule({
  id: 'focal-points.agency-unknown',
  severity: 'warning',
  title: { en: 'Agency not in the list', fr: 'Agence hors de la liste', es: 'Agencia fuera de la lista' },
  messages: {
    en: text(
      'Agency "{value}" is not in the agency list (nearest: {nearest}); its focal points are counted under ',
      '"{counted}".',
    ),
    fr:
      'L’agence « {value} » ne figure pas dans la liste (la plus proche : {nearest}) ; ses points focaux ' +
      'sont comptés sous « {counted} ».',
    es:
      'La agencia «{value}» no está en la lista (la más cercana: {nearest}); sus puntos focales se cuentan ' +
      'bajo «{counted}».',
  },
  fields: ['agency'],
  doc: {
    checks:
      'The agency is in the agency list (acronym, full name or another spelling); a typo counts under ' +
      'the agency it suggests.',
    why:
      'Focal points are counted by agency: a typo would show an agency with no focal point and another ' +
      'that does not exist.',
    fix:
      'Correct the name (the suggestion), or declare the agency on a Settings sheet (`agency | ACRONYM | ' +
      'Full name`).',
    example: { input: 'An agency typed "UNHRC".', params: { value: 'UNHRC', nearest: 'UNHCR', counted: 'UNHCR' } },
  },
  check({ rows }, emit) {
    for (const row of rows) {
      const typo = agencyTypo(row.source.row, row.agencyText, row.agencyMatch, row.agency);
      if (typo) emit(typo.target, typo.params);
    }
  },
});
