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
    checks: {
      en:
        'The agency is in the agency list, by acronym, full name or another known spelling ("Unicef" is read ' +
        'as UNICEF); a typo ("UNFAP") gets the nearest agency, and its rows are counted under that agency ' +
        '(the tables list it under agency_spellings), never as an agency of its own.',
      fr:
        'L’agence figure dans la liste des agences, par sigle, nom complet ou autre graphie connue (« Unicef ' +
        '» est lu comme UNICEF) ; une faute de frappe (« UNFAP ») reçoit l’agence la plus proche, et ses ' +
        'lignes sont comptées sous cette agence (les tableaux la listent sous agency_spellings), jamais ' +
        'comme une agence à part.',
      es:
        'La agencia está en la lista de agencias, por sigla, nombre completo u otra grafía conocida ' +
        '(«Unicef» se lee como UNICEF); una errata («UNFAP») recibe la agencia más cercana, y sus filas se ' +
        'cuentan bajo esa agencia (las tablas la enumeran en agency_spellings), nunca como una agencia ' +
        'aparte.',
    },
    why: {
      en:
        "An unknown agency is a separate line in every table: a typo splits one agency's coverage in two and " +
        'its figures are short.',
      fr:
        'Une agence inconnue est une ligne à part dans chaque tableau : une faute de frappe coupe en deux la ' +
        'couverture d’une agence et ses chiffres sont trop bas.',
      es:
        'Una agencia desconocida es una línea aparte en cada tabla: una errata divide en dos la cobertura de ' +
        'una agencia y sus cifras se quedan cortas.',
    },
    fix: {
      en:
        'Correct the name (the suggestion), or declare the agency on a Settings sheet (`agency | ACRONYM | ' +
        'Full name | type`) or in --settings.',
      fr:
        'Corrigez le nom (la suggestion), ou déclarez l’agence sur une feuille Settings (`agency | SIGLE | ' +
        'Nom complet | type`) ou dans --settings.',
      es:
        'Corrija el nombre (la sugerencia), o declare la agencia en una hoja Settings (`agency | SIGLA | ' +
        'Nombre completo | tipo`) o en --settings.',
    },
    example: {
      input: {
        en: 'An agency typed "UNFAP".',
        fr: 'Une agence saisie « UNFAP ».',
        es: 'Una agencia escrita «UNFAP».',
      },
      params: { value: 'UNFAP', nearest: 'UNFPA', counted: 'UNFPA' },
    },
  },
  check({ rows }, emit) {
    for (const row of perRecord(rows)) {
      const typo = agencyTypo(row.source.row, row.agencyText, row.agencyMatch, row.agencyKey);
      if (typo) emit(typo.target, typo.params);
    }
  },
});
