import type { MessageCatalogue } from '../core/messages.js';
import { columnMessages } from '../core/columns.js';
import { normalisedMessages } from '../core/read-enum.js';

/** Messages of the matrix rules, by stable rule id. */
export const MATRIX_MESSAGES: MessageCatalogue = {
  ...columnMessages('management-response'),
  ...normalisedMessages('management-response'),
  'management-response.rec-no-invalid': {
    en: 'Recommendation number "{value}" is not a positive whole number.',
    fr: 'Le numéro de recommandation « {value} » n’est pas un entier positif.',
    es: 'El número de recomendación «{value}» no es un entero positivo.',
  },
  'management-response.duplicate-key': {
    en: 'Recommendation {rec}{point} appears again; first on row {firstRow}.',
    fr: 'La recommandation {rec}{point} apparaît de nouveau ; d’abord à la ligne {firstRow}.',
    es: 'La recomendación {rec}{point} aparece de nuevo; primero en la fila {firstRow}.',
  },
  'management-response.numbering-gap': {
    en: 'Recommendation numbers skip {missing} (numbers run from {from} to {to}).',
    fr: 'La numérotation saute {missing} (de {from} à {to}).',
    es: 'La numeración salta {missing} (de {from} a {to}).',
  },
  'management-response.point-invalid': {
    en: 'Point "{value}" is not a single letter a–z.',
    fr: 'Le point « {value} » n’est pas une lettre unique a–z.',
    es: 'El punto «{value}» no es una sola letra a–z.',
  },
  'management-response.pillar-range': {
    en: 'Recommendation {rec} is in pillar {pillar}, but pillar {expected} ({expectedName}) covers recommendations {from}–{to}.',
    fr: 'La recommandation {rec} est dans le pilier {pillar}, mais le pilier {expected} ({expectedName}) couvre les recommandations {from}–{to}.',
    es: 'La recomendación {rec} está en el pilar {pillar}, pero el pilar {expected} ({expectedName}) cubre las recomendaciones {from}–{to}.',
  },
  'management-response.pillar-unknown': {
    en: 'Pillar "{value}" is not one of the evaluation’s pillars ({known}).',
    fr: 'Le pilier « {value} » ne fait pas partie des piliers de l’évaluation ({known}).',
    es: 'El pilar «{value}» no es uno de los pilares de la evaluación ({known}).',
  },
  'management-response.pillar-out-of-range': {
    en: 'Recommendation {rec} falls in no pillar’s range.',
    fr: 'La recommandation {rec} n’entre dans la plage d’aucun pilier.',
    es: 'La recomendación {rec} no cae en el rango de ningún pilar.',
  },
  'management-response.criterion-label': {
    en: 'Criterion "{value}" disagrees with reference {ref}: its first digit {digit} means {expected}.',
    fr: 'Le critère « {value} » ne correspond pas à la référence {ref} : le chiffre {digit} désigne {expected}.',
    es: 'El criterio «{value}» no concuerda con la referencia {ref}: el dígito {digit} significa {expected}.',
  },
  'management-response.criterion-unknown': {
    en: 'Criterion "{value}" is not one of the evaluation criteria.',
    fr: 'Le critère « {value} » ne fait pas partie des critères d’évaluation.',
    es: 'El criterio «{value}» no es uno de los criterios de evaluación.',
  },
  'management-response.criterion-ref-invalid': {
    en: 'Evaluation reference "{value}" is not of the form N.M with N a criterion digit.',
    fr: 'La référence « {value} » n’a pas la forme N.M avec N le chiffre d’un critère.',
    es: 'La referencia «{value}» no tiene la forma N.M con N el dígito de un criterio.',
  },
  'management-response.criterion-ref-duplicate': {
    en: 'Evaluation reference {ref} is used by recommendations {recs}; each reference should be used once.',
    fr: 'La référence {ref} est utilisée par les recommandations {recs} ; chaque référence ne doit servir qu’une fois.',
    es: 'La referencia {ref} la usan las recomendaciones {recs}; cada referencia debe usarse una vez.',
  },
  'management-response.response-value': {
    en: 'Response "{value}" is not Accept, Partially accept or Not accept.',
    fr: 'La réponse « {value} » n’est ni Acceptée, ni Partiellement acceptée, ni Non acceptée.',
    es: 'La respuesta «{value}» no es Aceptada, Parcialmente aceptada ni No aceptada.',
  },
  'management-response.response-missing': {
    en: 'Recommendation {rec} has no management response.',
    fr: 'La recommandation {rec} n’a pas de réponse de la direction.',
    es: 'La recomendación {rec} no tiene respuesta de la gerencia.',
  },
  'management-response.rationale-missing': {
    en: 'A "{response}" response needs a rationale.',
    fr: 'Une réponse « {response} » doit être justifiée.',
    es: 'Una respuesta «{response}» necesita una justificación.',
  },
  'management-response.key-actions-missing': {
    en: 'A "{response}" response needs key actions.',
    fr: 'Une réponse « {response} » doit comporter des actions clés.',
    es: 'Una respuesta «{response}» necesita acciones clave.',
  },
  'management-response.rollup-mismatch': {
    en: 'Recommendation {rec} says "{stated}", but its points ({points}) roll up to "{rolled}".',
    fr: 'La recommandation {rec} indique « {stated} », mais ses points ({points}) donnent « {rolled} ».',
    es: 'La recomendación {rec} indica «{stated}», pero sus puntos ({points}) dan «{rolled}».',
  },
  'management-response.unit-unknown': {
    en: 'Unit code "{value}" is not in the unit list.',
    fr: 'Le code d’unité « {value} » ne figure pas dans la liste des unités.',
    es: 'El código de unidad «{value}» no está en la lista de unidades.',
  },
  'management-response.unit-free-text': {
    en: '"{value}" is not a unit code; it is kept as text.',
    fr: '« {value} » n’est pas un code d’unité ; il est conservé comme texte.',
    es: '«{value}» no es un código de unidad; se conserva como texto.',
  },
  'management-response.link-missing': {
    en: 'Recommendation {rec} links to recommendation {target}, which does not exist.',
    fr: 'La recommandation {rec} renvoie à la recommandation {target}, qui n’existe pas.',
    es: 'La recomendación {rec} remite a la recomendación {target}, que no existe.',
  },
  'management-response.link-invalid': {
    en: 'Linked recommendation "{value}" is not a recommendation number.',
    fr: 'La recommandation liée « {value} » n’est pas un numéro de recommandation.',
    es: 'La recomendación vinculada «{value}» no es un número de recomendación.',
  },
  'management-response.link-one-way': {
    en: 'Recommendation {rec} links to {target}, but {target} does not link back to {rec}.',
    fr: 'La recommandation {rec} renvoie à {target}, mais {target} ne renvoie pas à {rec}.',
    es: 'La recomendación {rec} remite a {target}, pero {target} no remite a {rec}.',
  },
  'management-response.status-value': {
    en: 'Status "{value}" is not open, completed or discarded.',
    fr: 'Le statut « {value} » n’est ni ouvert, ni achevé, ni abandonné.',
    es: 'El estado «{value}» no es abierto, completado ni descartado.',
  },
  'management-response.status-comment-missing': {
    en: 'Status "{status}" at {time} needs a comment.',
    fr: 'Le statut « {status} » au {time} doit être commenté.',
    es: 'El estado «{status}» en {time} necesita un comentario.',
  },
  'management-response.status-t3-without-t2': {
    en: 'A Time 3 status is given without a Time 2 status.',
    fr: 'Un statut au Temps 3 est donné sans statut au Temps 2.',
    es: 'Se da un estado en el Tiempo 3 sin estado en el Tiempo 2.',
  },
  'management-response.status-step-back': {
    en: 'Status steps back from "{t2}" at Time 2 to "{t3}" at Time 3.',
    fr: 'Le statut recule de « {t2} » au Temps 2 à « {t3} » au Temps 3.',
    es: 'El estado retrocede de «{t2}» en el Tiempo 2 a «{t3}» en el Tiempo 3.',
  },
  'management-response.status-not-accepted': {
    en: 'A "Not accept" recommendation can only be discarded or left blank, not "{status}" ({time}).',
    fr: 'Une recommandation « Non acceptée » ne peut être qu’abandonnée ou vide, pas « {status} » ({time}).',
    es: 'Una recomendación «No aceptada» solo puede estar descartada o en blanco, no «{status}» ({time}).',
  },
  'management-response.declared-table': {
    en: 'Declared "{category}" is {declared} on sheet "{table}" but the rows give {computed}.{causes}',
    fr: '« {category} » est déclaré à {declared} sur la feuille « {table} », mais les lignes donnent {computed}.{causes}',
    es: '«{category}» se declara {declared} en la hoja «{table}», pero las filas dan {computed}.{causes}',
  },
  'management-response.settings-row': {
    en: 'Settings row ignored: {problem}.',
    fr: 'Ligne de paramètres ignorée : {problem}.',
    es: 'Fila de configuración ignorada: {problem}.',
  },
};
