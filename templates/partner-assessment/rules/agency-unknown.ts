import { sheetRule } from './context.js';
import { agencyTypo } from '../../inter-agency/agency-field.js';
import { text } from '../../core/rule.js';
import { DECLARE_AGENCY } from '../../inter-agency/doc-texts.js';

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
    checks: {
      en:
        'The agency that assessed is in the agency list (acronym, full name or another spelling); a typo ' +
        'counts under the agency it suggests.',
      fr:
        'L’agence qui a évalué figure dans la liste des agences (sigle, nom complet ou autre graphie) ; une ' +
        'faute de frappe compte sous l’agence qu’elle suggère.',
      es:
        'La agencia que evaluó está en la lista de agencias (sigla, nombre completo u otra grafía); una ' +
        'errata cuenta bajo la agencia que sugiere.',
    },
    why: {
      en: 'Assessments are counted by agency and compared across agencies: a typo would split one agency in two.',
      fr:
        'Les évaluations sont comptées par agence et comparées entre agences : une faute de frappe couperait ' +
        'une agence en deux.',
      es:
        'Las evaluaciones se cuentan por agencia y se comparan entre agencias: una errata dividiría una ' +
        'agencia en dos.',
    },
    fix: DECLARE_AGENCY,
    example: {
      input: {
        en: 'An agency typed "UNCEF".',
        fr: 'Une agence saisie « UNCEF ».',
        es: 'Una agencia escrita «UNCEF».',
      },
      params: { value: 'UNCEF', nearest: 'UNICEF', counted: 'UNICEF' },
    },
  },
  check({ assessments }, emit) {
    for (const a of assessments) {
      const typo = a.agencyFromTitle ? undefined : agencyTypo(a.source.row, a.agencyText, a.agencyMatch, a.agency);
      if (typo) emit(typo.target, typo.params);
    }
  },
});
