import { enumTerms, type EnumDef } from '../core/schema.js';

/** Management response values. Canonical values are the English labels; outputs use them as keys. */
export const RESPONSE: EnumDef = {
  id: 'response',
  values: [
    {
      value: 'Accept',
      label: { en: 'Accept', fr: 'Acceptée', es: 'Aceptada' },
      aliases: [
        'Accepted',
        'Agree',
        'Agreed',
        'Accepté',
        'Accepte',
        'Acceptee',
        'Accepter',
        'Aceptado',
        'Acepta',
        'Aceptar',
        'De acuerdo',
        "D'accord",
      ],
    },
    {
      value: 'Partially accept',
      label: { en: 'Partially accept', fr: 'Partiellement acceptée', es: 'Parcialmente aceptada' },
      aliases: [
        'Partially Accept',
        'Partially accepted',
        'Partially agree',
        'Partially agreed',
        'Partial',
        'Partiellement accepté',
        'Partiellement d’accord',
        'Parcialmente aceptado',
        'Parcialmente de acuerdo',
        'Aceptada parcialmente',
      ],
    },
    {
      value: 'Not accept',
      label: { en: 'Not accept', fr: 'Non acceptée', es: 'No aceptada' },
      aliases: [
        'Not accepted',
        'Not Accept',
        'Reject',
        'Rejected',
        'Disagree',
        'Non accepté',
        'Rejetée',
        'Rejeté',
        'Pas d’accord',
        'No aceptado',
        'Rechazada',
        'Rechazado',
        'En desacuerdo',
      ],
    },
    {
      value: 'n/a',
      label: { en: 'n/a', fr: 'sans objet', es: 'no aplica' },
      aliases: ['N/A', 'NA', 'Not applicable', 'S.O.', 'N/D', 'No aplicable'],
    },
  ],
};

/** Implementation monitoring status at Time 2 and Time 3. */
export const STATUS: EnumDef = {
  id: 'status',
  values: [
    {
      value: 'open',
      label: { en: 'open', fr: 'ouvert', es: 'abierto' },
      aliases: [
        'Open',
        'Ongoing',
        'In progress',
        'Pending',
        'Not started',
        'En cours',
        'Ouverte',
        'En attente',
        'En curso',
        'Abierta',
        'Pendiente',
        'En progreso',
      ],
    },
    {
      value: 'completed',
      label: { en: 'completed', fr: 'achevé', es: 'completado' },
      aliases: [
        'Completed',
        'Complete',
        'Done',
        'Closed',
        'Implemented',
        'Terminé',
        'Terminée',
        'Achevée',
        'Complété',
        'Mis en œuvre',
        'Clos',
        'Completada',
        'Cumplido',
        'Finalizado',
        'Implementado',
        'Cerrado',
      ],
    },
    {
      value: 'discarded',
      label: { en: 'discarded', fr: 'abandonné', es: 'descartado' },
      aliases: [
        'Discarded',
        'Dropped',
        'Cancelled',
        'Canceled',
        'Abandonnée',
        'Annulé',
        'Annulée',
        'Écarté',
        'Descartada',
        'Cancelado',
        'Anulado',
      ],
    },
  ],
};

export type ResponseValue = 'Accept' | 'Partially accept' | 'Not accept' | 'n/a';
export type StatusValue = 'open' | 'completed' | 'discarded';
export const RESPONSE_KEYS = ['Accept', 'Partially accept', 'Not accept'] as const;
export const STATUS_KEYS = ['open', 'completed', 'discarded'] as const;

/** Responses and statuses as rules show them: the template's label in the user's language. */
export const RESPONSE_TERMS = enumTerms(RESPONSE);
export const STATUS_TERMS = enumTerms(STATUS);

/** The monitoring rounds as rules name them. */
export const ROUND_TERMS = {
  t2: { en: 'Time 2', fr: 'Temps 2', es: 'Tiempo 2' },
  t3: { en: 'Time 3', fr: 'Temps 3', es: 'Tiempo 3' },
} as const;
