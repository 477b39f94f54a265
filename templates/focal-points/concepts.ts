/** What the headers of a focal-point list talk about, with their words in EN/FR/ES (templates/core/headers/). */
import { concept } from '../core/headers/concept.js';

export const CONTACT = concept('contact', { en: ['contact'], fr: ['contact'], es: ['contacto'] });
export const COORDINATOR = concept('coordinator', { en: ['coordinator'], fr: ['coordonnateur'], es: ['coordinador'] });
export const FULL = concept('full', { en: ['full'], fr: ['complet'], es: ['completo'] });

export const TITLE = concept('title', {
  en: ['title', 'function', 'position', 'job title'],
  fr: ['titre', 'fonction', 'poste'],
  es: ['título', 'cargo', 'función', 'puesto'],
});

export const EMAIL = concept('email', {
  en: ['email', 'e mail', 'email address', 'e mail address'],
  fr: ['adresse électronique', 'courriel', 'adresse e mail'],
  es: ['correo electrónico', 'dirección de correo electrónico', 'correo'],
});

export const PHONE = concept('phone', {
  en: ['phone', 'phone number', 'telephone', 'mobile'],
  fr: ['téléphone', 'numéro de téléphone', 'tél'],
  es: ['teléfono', 'número de teléfono', 'móvil'],
});

export const LOCATION = concept('location', {
  en: ['location', 'duty station', 'office'],
  fr: ['localisation', "lieu d'affectation", 'lieu', 'bureau'],
  es: ['ubicación', 'lugar de destino', 'oficina'],
});

export const TRAINED = concept('trained', {
  en: ['trained', 'trained on', 'training', 'last training'],
  fr: ['formé', 'formée', 'formé e', 'formation'],
  es: ['capacitado', 'capacitada', 'capacitado a', 'capacitación', 'formación'],
});

export const APPOINTED = concept('appointed', {
  en: ['appointed', 'appointment'],
  fr: ['nomination', 'nommé', 'nommé e'],
  es: ['nombramiento', 'nombrado', 'nombrado a'],
});
