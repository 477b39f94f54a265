import { sheetRule } from './context.js';
import { agencyTypo } from '../../inter-agency/agency-field.js';
import { text } from '../../core/rule.js';
import { DECLARE_AGENCY } from '../../inter-agency/doc-texts.js';

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
    checks: {
      en:
        'The agency is in the agency list (acronym, full name or another spelling); a typo counts under the ' +
        'agency it suggests.',
      fr:
        'L’agence figure dans la liste des agences (sigle, nom complet ou autre graphie) ; une faute de ' +
        'frappe compte sous l’agence qu’elle suggère.',
      es:
        'La agencia está en la lista de agencias (sigla, nombre completo u otra grafía); una errata cuenta ' +
        'bajo la agencia que sugiere.',
    },
    why: {
      en:
        'Focal points are counted by agency: a typo would show an agency with no focal point and another ' +
        'that does not exist.',
      fr:
        'Les points focaux sont comptés par agence : une faute de frappe montrerait une agence sans point ' +
        'focal et une autre qui n’existe pas.',
      es:
        'Los puntos focales se cuentan por agencia: una errata mostraría una agencia sin punto focal y otra ' +
        'que no existe.',
    },
    fix: DECLARE_AGENCY,
    example: {
      input: {
        en: 'An agency typed "UNHRC".',
        fr: 'Une agence saisie « UNHRC ».',
        es: 'Una agencia escrita «UNHRC».',
      },
      params: { value: 'UNHRC', nearest: 'UNHCR', counted: 'UNHCR' },
    },
  },
  check({ rows }, emit) {
    for (const row of rows) {
      const typo = agencyTypo(row.source.row, row.agencyText, row.agencyMatch, row.agency);
      if (typo) emit(typo.target, typo.params);
    }
  },
});
