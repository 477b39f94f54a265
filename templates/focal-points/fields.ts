/**
 * A PSEA network's list of focal points: one row per person, with the agency they are focal point for, contact
 * details and dates. Canonical fields and the concepts each header needs (templates/core/headers/).
 */
import type { FieldDef, TemplateDef } from '../core/schema.js';
import { DATE, NAME } from '../core/headers/vocabulary.js';
import { AGENCY, FOCAL_POINT } from '../inter-agency/concepts.js';
import { APPOINTED, CONTACT, COORDINATOR, EMAIL, FULL, LOCATION, PHONE, TITLE, TRAINED } from './concepts.js';
import { agencyEnum } from '../inter-agency/agencies.js';
import { AGENCY_FIELD } from '../inter-agency/agency-field.js';
import { DEFAULT_AGENCIES } from '../inter-agency/default-agencies.js';

export const FOCAL_POINT_FIELDS: readonly FieldDef[] = [
  AGENCY_FIELD,
  {
    key: 'name',
    type: 'text',
    width: 24,
    hxl: '#contact+name',
    label: { en: 'Name', fr: 'Nom', es: 'Nombre' },
    headers: { all: [[NAME, CONTACT, FOCAL_POINT]], may: [COORDINATOR, FULL, AGENCY] },
  },
  {
    key: 'title',
    type: 'text',
    width: 24,
    label: { en: 'Title', fr: 'Fonction', es: 'Cargo' },
    headers: { all: [TITLE] },
  },
  {
    key: 'email',
    type: 'text',
    width: 28,
    hxl: '#contact+email',
    label: { en: 'Email', fr: 'Adresse électronique', es: 'Correo electrónico' },
    headers: { all: [EMAIL] },
  },
  {
    key: 'phone',
    type: 'text',
    width: 18,
    hxl: '#contact+phone',
    label: { en: 'Phone', fr: 'Téléphone', es: 'Teléfono' },
    headers: { all: [PHONE] },
  },
  {
    key: 'trained_on',
    type: 'date',
    width: 12,
    hxl: '#date+trained',
    label: { en: 'Trained on', fr: 'Formé(e) le', es: 'Capacitado/a el' },
    headers: { all: [TRAINED], may: [DATE] },
  },
  {
    key: 'appointed_on',
    type: 'date',
    width: 12,
    hxl: '#date+appointed',
    label: { en: 'Appointed on', fr: 'Date de nomination', es: 'Fecha de nombramiento' },
    headers: { all: [APPOINTED], may: [DATE] },
  },
  {
    key: 'location',
    type: 'text',
    width: 18,
    label: { en: 'Duty station', fr: 'Lieu d’affectation', es: 'Lugar de destino' },
    headers: { all: [LOCATION] },
  },
];

export const FOCAL_POINTS: TemplateDef = {
  kind: 'focal-points',
  title: { en: 'PSEA focal points', fr: 'Points focaux PEAS', es: 'Puntos focales PEAS' },
  fields: FOCAL_POINT_FIELDS,
  enums: { agency: agencyEnum(DEFAULT_AGENCIES) },
  keyFields: ['agency', 'name', 'email'],
  minColumns: 3,
  instructions: [
    {
      en:
        'One row per focal point: the agency, the name, title and contact, and the dates of appointment ' +
        'and training.',
      fr:
        'Une ligne par point focal : l’agence, le nom, la fonction et le contact, les dates de nomination ' +
        'et de formation.',
      es:
        'Una fila por punto focal: la agencia, el nombre, el cargo y el contacto, y las fechas de ' +
        'nombramiento y formación.',
    },
    {
      en: 'Every agency of the network names at least one focal point. Dates as dd/mm/yyyy or yyyy-mm-dd.',
      fr: 'Chaque agence du réseau nomme au moins un point focal. Dates au format jj/mm/aaaa ou aaaa-mm-jj.',
      es: 'Cada agencia de la red nombra al menos un punto focal. Fechas en formato dd/mm/aaaa o aaaa-mm-dd.',
    },
    {
      en: 'The consolidated dashboard shows counts only: no name, e-mail or phone leaves consolidated.xlsx.',
      fr:
        'Le tableau de bord consolidé ne montre que des nombres : aucun nom, courriel ou téléphone ne sort ' +
        'de consolidated.xlsx.',
      es: 'El panel consolidado solo muestra cifras: ningún nombre, correo o teléfono sale de consolidated.xlsx.',
    },
  ],
};
