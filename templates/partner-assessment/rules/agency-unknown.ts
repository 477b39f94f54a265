import { sheetRule } from './context.js';
import { agencyTypo } from '../../inter-agency/agency-field.js';
import { text } from '../../core/rule.js';

export default sheetRule({
  id: 'partner-assessment.agency-unknown',
  severity: 'warning',
  title: {
    en: 'Assessing agency not in the list',
    fr: 'Agence évaluatrice hors de la liste',
    es: 'Agencia evaluadora fuera de la lista',
  },
  messages: {
    en: text(
      'Agency "{value}" is not in the agency list (nearest: {nearest}); its assessments are counted under ',
      '"{counted}".',
    ),
    fr:
      'L’agence « {value} » ne figure pas dans la liste (la plus proche : {nearest}) ; ses évaluations ' +
      'sont comptées sous « {counted} ».',
    es:
      'La agencia «{value}» no está en la lista (la más cercana: {nearest}); sus evaluaciones se cuentan ' +
      'bajo «{counted}».',
  },
  fields: ['agency'],
  doc: {
    checks:
      'The agency that assessed is in the agency list (acronym, full name or another spelling); a typo counts under ' +
      'the agency it suggests.',
    why: 'Assessments are counted by agency and compared across agencies: a typo would split one agency in two.',
    fix:
      'Correct the name (the suggestion), or declare the agency on a Settings sheet (`agency | ACRONYM | ' +
      'Full name`).',
    example: { input: 'An agency typed "UNCEF".', params: { value: 'UNCEF', nearest: 'UNICEF', counted: 'UNICEF' } },
  },
  check({ assessments }, emit) {
    for (const a of assessments) {
      const typo = a.agencyFromTitle ? undefined : agencyTypo(a.source.row, a.agencyText, a.agencyMatch, a.agency);
      if (typo) emit(typo.target, typo.params);
    }
  },
});
