import { perRecord, sheetRule } from './context.js';
import { agencyTypo } from '../../inter-agency/agency-field.js';
import { text } from '../../core/rule.js';

export default sheetRule({
  id: 'mapping.agency-unknown',
  severity: 'warning',
  title: { en: 'Agency not in the list', fr: 'Agence hors de la liste', es: 'Agencia fuera de la lista' },
  messages: {
    en: text(
      'Agency "{value}" is not in the agency list (nearest: {nearest}); its rows are counted under "{counted}". Fix ',
      'the name or add the agency on a Settings sheet.',
    ),
    fr:
      'L’agence « {value} » ne figure pas dans la liste des agences (la plus proche : {nearest}) ; ses lignes sont ' +
      'comptées sous « {counted} ». Corrigez le nom ou ajoutez l’agence sur une feuille Paramètres.',
    es:
      'La agencia «{value}» no está en la lista de agencias (la más cercana: {nearest}); sus filas se cuentan bajo ' +
      '«{counted}». Corrija el nombre o añada la agencia en una hoja Configuración.',
  },
  fields: ['agency'],
  doc: {
    checks:
      'The agency is in the agency list, by acronym, full name or another known spelling ("Unicef" is read as ' +
      'UNICEF); a typo ("UNFAP") gets the nearest agency, and its rows are counted under that agency (the tables ' +
      'list it under agency_spellings), never as an agency of its own.',
    why:
      "An unknown agency is a separate line in every table: a typo splits one agency's coverage in two and its " +
      'figures are short.',
    fix:
      'Correct the name (the suggestion), or declare the agency on a Settings sheet (`agency | ACRONYM | Full name | ' +
      'type`) or in --settings.',
    example: { input: 'An agency typed "UNFAP".', params: { value: 'UNFAP', nearest: 'UNFPA', counted: 'UNFPA' } },
  },
  check({ rows }, emit) {
    for (const row of perRecord(rows)) {
      const typo = agencyTypo(row.source.row, row.agencyText, row.agencyMatch, row.agencyKey);
      if (typo) emit(typo.target, typo.params);
    }
  },
});
