import type { MessageCatalogue } from '../core/messages.js';
import { columnMessages } from '../core/columns.js';
import { normalisedMessages } from '../core/read-enum.js';
import { dateMessages } from '../core/read-date.js';

/** Messages of the action-plan rules, by stable rule id. */
export const ACTION_PLAN_MESSAGES: MessageCatalogue = {
  ...columnMessages('action-plan'),
  ...normalisedMessages('action-plan'),
  ...dateMessages('action-plan'),
  'action-plan.status-value': {
    en: 'Status "{value}" is not Not started, In progress, Completed, Delayed or Cancelled.',
    fr: 'Le statut « {value} » n’est ni Pas commencé, ni En cours, ni Terminé, ni En retard, ni Annulé.',
    es: 'El estado «{value}» no es No iniciado, En curso, Completado, Retrasado ni Cancelado.',
  },
  'action-plan.area-value': {
    en: 'Area "{value}" is not one of the five areas of the action-plan template.',
    fr: 'Le domaine « {value} » ne fait pas partie des cinq domaines du modèle de plan d’action.',
    es: 'El área «{value}» no es una de las cinco áreas de la plantilla del plan de acción.',
  },
  'action-plan.org-unknown': {
    en: 'Organisation "{value}" is not in the list of agencies and coordination bodies (nearest: {nearest}).',
    fr: 'L’organisme « {value} » ne figure pas dans la liste des agences et instances de coordination (le plus proche : {nearest}).',
    es: 'La organización «{value}» no está en la lista de agencias y órganos de coordinación (la más cercana: {nearest}).',
  },
  'action-plan.date-invalid': {
    en: '"{value}" is not a date (use dd/mm/yyyy or yyyy-mm-dd).',
    fr: '« {value} » n’est pas une date (utilisez jj/mm/aaaa ou aaaa-mm-jj).',
    es: '«{value}» no es una fecha (use dd/mm/aaaa o aaaa-mm-dd).',
  },
  'action-plan.due-before-start': {
    en: 'The due date {due} is before the start {start}.',
    fr: 'L’échéance {due} est antérieure au début {start}.',
    es: 'La fecha límite {due} es anterior al inicio {start}.',
  },
  'action-plan.overdue': {
    en: 'Task overdue by {days} day(s): due {due}, status "{status}" on {asOf}.',
    fr: 'Tâche en retard de {days} jour(s) : échéance {due}, statut « {status} » au {asOf}.',
    es: 'Tarea atrasada {days} día(s): fecha límite {due}, estado «{status}» al {asOf}.',
  },
};
