import type { MessageCatalogue } from '../core/messages.js';
import { columnMessages } from '../core/columns.js';
import { normalisedMessages } from '../core/read-enum.js';
import { dateMessages } from '../core/read-date.js';

/** Messages of the mapping rules, by stable rule id. */
export const MAPPING_MESSAGES: MessageCatalogue = {
  ...columnMessages('mapping'),
  ...normalisedMessages('mapping'),
  ...dateMessages('mapping'),
  'mapping.agency-unknown': {
    en: 'Agency "{value}" is not in the agency list (nearest: {nearest}); fix the name or add the agency on a Settings sheet.',
    fr: 'L’agence « {value} » ne figure pas dans la liste des agences (la plus proche : {nearest}) ; corrigez le nom ou ajoutez l’agence sur une feuille Paramètres.',
    es: 'La agencia «{value}» no está en la lista de agencias (la más cercana: {nearest}); corrija el nombre o añada la agencia en una hoja Configuración.',
  },
  'mapping.agency-type-value': {
    en: 'Agency type "{value}" is not UN, INGO, NNGO, Government or Other.',
    fr: 'Le type d’agence « {value} » n’est ni ONU, ni ONGI, ni ONGN, ni Gouvernement, ni Autre.',
    es: 'El tipo de agencia «{value}» no es ONU, ONGI, ONGN, Gobierno ni Otro.',
  },
  'mapping.area-value': {
    en: 'Area "{value}" is not one of the five areas of the action-plan template.',
    fr: 'Le domaine « {value} » ne fait pas partie des cinq domaines du modèle de plan d’action.',
    es: 'El área «{value}» no es una de las cinco áreas de la plantilla del plan de acción.',
  },
  'mapping.standard-value': {
    en: 'Standard "{value}" is neither a MOS-PSEA standard nor a key action of the list.',
    fr: 'La norme « {value} » n’est ni une norme NMO-PEAS ni une action clé de la liste.',
    es: 'La norma «{value}» no es una norma NMO-PEAS ni una acción clave de la lista.',
  },
  'mapping.status-value': {
    en: 'Status "{value}" is not In place, In progress, Not in place or Not applicable.',
    fr: 'Le statut « {value} » n’est ni En place, ni En cours, ni Pas en place, ni Sans objet.',
    es: 'El estado «{value}» no es Establecido, En curso, No establecido ni No aplica.',
  },
  'mapping.standard-area': {
    en: '{standard} belongs to the area "{expected}", not "{area}".',
    fr: '{standard} relève du domaine « {expected} », pas « {area} ».',
    es: '{standard} pertenece al área «{expected}», no a «{area}».',
  },
  'mapping.gap-missing': {
    en: 'Status "{status}" needs a gap or a planned action.',
    fr: 'Le statut « {status} » exige une lacune ou une action prévue.',
    es: 'El estado «{status}» requiere una brecha o una acción prevista.',
  },
  'mapping.timeline-missing': {
    en: 'The planned action has no timeline; give the date by which it will be done.',
    fr: 'L’action prévue n’a pas d’échéance ; indiquez la date à laquelle elle sera réalisée.',
    es: 'La acción prevista no tiene plazo; indique la fecha en que se realizará.',
  },
  'mapping.timeline-invalid': {
    en: 'Timeline "{value}" is not a date (use dd/mm/yyyy or yyyy-mm-dd).',
    fr: 'L’échéance « {value} » n’est pas une date (utilisez jj/mm/aaaa ou aaaa-mm-jj).',
    es: 'El plazo «{value}» no es una fecha (use dd/mm/aaaa o aaaa-mm-dd).',
  },
  'mapping.evidence-missing': {
    en: '"In place" is stated without evidence (a document, link or means of verification).',
    fr: '« En place » est indiqué sans justificatif (document, lien ou moyen de vérification).',
    es: 'Se indica «Establecido» sin evidencia (documento, enlace o medio de verificación).',
  },
  'mapping.duplicate': {
    en: '{agency} reports on {standard} again; first on sheet "{firstSheet}" row {firstRow}.',
    fr: '{agency} rend compte de {standard} une seconde fois ; d’abord sur la feuille « {firstSheet} », ligne {firstRow}.',
    es: '{agency} informa de nuevo sobre {standard}; primero en la hoja «{firstSheet}», fila {firstRow}.',
  },
  'mapping.conflict': {
    en: '{agency} / {standard}: "{value1}" in {file1} (row {row1}) but "{value2}" in {file2} (row {row2}); the tables keep the first.',
    fr: '{agency} / {standard} : « {value1} » dans {file1} (ligne {row1}) mais « {value2} » dans {file2} (ligne {row2}) ; les tableaux gardent le premier.',
    es: '{agency} / {standard}: «{value1}» en {file1} (fila {row1}) pero «{value2}» en {file2} (fila {row2}); las tablas conservan el primero.',
  },
  'mapping.duplicate-across-files': {
    en: '{agency} / {standard} is reported in {file1} (row {row1}, "{value1}") and again in {file2} (row {row2}, "{value2}"); the tables count it once.',
    fr: '{agency} / {standard} figure dans {file1} (ligne {row1}, « {value1} ») et de nouveau dans {file2} (ligne {row2}, « {value2} ») ; les tableaux le comptent une fois.',
    es: '{agency} / {standard} figura en {file1} (fila {row1}, «{value1}») y de nuevo en {file2} (fila {row2}, «{value2}»); las tablas lo cuentan una vez.',
  },
  'mapping.incomplete': {
    en: '{agency} does not report on {count} of the {total} standards and key actions: {missing}.',
    fr: '{agency} ne rend pas compte de {count} des {total} normes et actions clés : {missing}.',
    es: '{agency} no informa sobre {count} de las {total} normas y acciones clave: {missing}.',
  },
  'mapping.settings-row': {
    en: 'Settings row ignored: {problem}.',
    fr: 'Ligne de paramètres ignorée : {problem}.',
    es: 'Fila de configuración ignorada: {problem}.',
  },
};
