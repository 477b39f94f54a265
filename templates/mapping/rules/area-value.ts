import { perRecord, sheetRule } from './context.js';
import { AREA_VALUE_MESSAGES } from '../../inter-agency/areas.js';
import { emitUnlisted } from '../../core/read-enum.js';
import { CHOOSE_AREA } from '../../inter-agency/doc-texts.js';

export default sheetRule({
  id: 'mapping.area-value',
  severity: 'error',
  title: { en: 'Area not in the list', fr: 'Domaine hors de la liste', es: 'Área fuera de la lista' },
  messages: AREA_VALUE_MESSAGES,
  fields: ['area'],
  doc: {
    checks: {
      en:
        'The area is one of the five areas of the PSEA action-plan template, by its name in English, French ' +
        'or Spanish.',
      fr:
        'Le domaine est l’un des cinq domaines du modèle de plan d’action PEAS, par son nom en anglais, en ' +
        'français ou en espagnol.',
      es:
        'El área es una de las cinco áreas de la plantilla del plan de acción PEAS, por su nombre en inglés, ' +
        'francés o español.',
    },
    why: {
      en: 'The share in place is counted by area; a row with an unknown area is left out of the by-area table.',
      fr:
        'La part en place est comptée par domaine ; une ligne dont le domaine est inconnu est exclue du ' +
        'tableau par domaine.',
      es:
        'La proporción establecida se cuenta por área; una fila con un área desconocida queda fuera de la ' +
        'tabla por área.',
    },
    fix: CHOOSE_AREA,
    example: {
      input: {
        en: 'An area typed "Prevention and stuff".',
        fr: 'Un domaine saisi « Prevention and stuff ».',
        es: 'Un área escrita «Prevention and stuff».',
      },
      params: { value: 'Prevention and stuff' },
    },
  },
  check: ({ rows }, emit) => emitUnlisted(perRecord(rows), 'area', emit),
});
