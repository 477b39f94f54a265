/** Workplan task status. Canonical values are the English labels; outputs use them as keys. */
import { enumTerms, type EnumDef } from '../core/schema.js';

export const TASK_STATUS: EnumDef = {
  id: 'status',
  values: [
    {
      value: 'Not started',
      label: { en: 'Not started', fr: 'Pas commencé', es: 'No iniciado' },
      aliases: [
        'Not yet started',
        'To do',
        'Planned',
        'Pending',
        'Non commencé',
        'Pas encore commencé',
        'À faire',
        'Prévu',
        'En attente',
        'No iniciada',
        'Pendiente',
        'Por hacer',
        'Previsto',
      ],
    },
    {
      value: 'In progress',
      label: { en: 'In progress', fr: 'En cours', es: 'En curso' },
      aliases: [
        'Ongoing',
        'On-going',
        'Started',
        'Under way',
        'Underway',
        'Commencé',
        'En progreso',
        'En proceso',
        'Iniciado',
      ],
    },
    {
      value: 'Completed',
      label: { en: 'Completed', fr: 'Terminé', es: 'Completado' },
      aliases: [
        'Complete',
        'Done',
        'Finished',
        'Closed',
        '✓',
        '✔',
        'Achevé',
        'Terminée',
        'Réalisé',
        'Fait',
        'Completada',
        'Terminado',
        'Hecho',
        'Finalizado',
        'Realizado',
      ],
    },
    {
      value: 'Delayed',
      label: { en: 'Delayed', fr: 'En retard', es: 'Retrasado' },
      aliases: ['Late', 'Behind schedule', 'Postponed', 'Retardé', 'Reporté', 'Atrasado', 'Aplazado', 'Retrasada'],
    },
    {
      value: 'Cancelled',
      label: { en: 'Cancelled', fr: 'Annulé', es: 'Cancelado' },
      aliases: ['Canceled', 'Dropped', 'Annulée', 'Abandonné', 'Cancelada', 'Anulado', 'Descartado'],
    },
  ],
};

export type TaskStatus = 'Not started' | 'In progress' | 'Completed' | 'Delayed' | 'Cancelled';
export const TASK_STATUS_KEYS: readonly TaskStatus[] = [
  'Not started',
  'In progress',
  'Completed',
  'Delayed',
  'Cancelled',
];
/** Statuses for which a past due date is not a problem. */
export const CLOSED: readonly TaskStatus[] = ['Completed', 'Cancelled'];

/** Task statuses as rules show them: the template's label in the user's language. */
export const TASK_STATUS_TERMS = enumTerms(TASK_STATUS);
