import { at, sheetRule } from './context.js';

export default sheetRule({
  id: 'mapping.status-value',
  severity: 'error',
  title: { en: 'Status not in the list', fr: 'Statut hors de la liste', es: 'Estado fuera de la lista' },
  messages: {
    en: 'Status "{value}" is not In place, In progress, Not in place or Not applicable, nor a code of the legend.',
    fr:
      'Le statut « {value} » n’est ni En place, ni En cours, ni Pas en place, ni Sans objet, ni un code de ' +
      'la légende.',
    es: 'El estado «{value}» no es Establecido, En curso, No establecido ni No aplica, ni un código de la leyenda.',
  },
  fields: ['status'],
  doc: {
    checks: {
      en:
        'The status is In place, In progress, Not in place or Not applicable, in any accepted spelling ' +
        '("ongoing", "en cours", "sí", "Partially"…), or a letter code of the legend written under the table ' +
        '("A = In place") or declared in the settings (`status code | A | In place`).',
      fr:
        'Le statut est En place, En cours, Pas en place ou Sans objet, sous toute graphie admise (« ongoing ' +
        '», « en cours », « sí », « Partially »…), ou un code en lettre de la légende écrite sous le tableau ' +
        '(« A = En place ») ou déclaré dans les paramètres (`status code | A | In place`).',
      es:
        'El estado es Establecido, En curso, No establecido o No aplica, en cualquier grafía admitida ' +
        '(«ongoing», «en cours», «sí», «Partially»…), o un código de letra de la leyenda escrita bajo la ' +
        'tabla («A = Establecido») o declarado en la configuración (`status code | A | In place`).',
    },
    why: {
      en: 'A row with an unknown status is counted as no status: the share in place leaves it out.',
      fr: 'Une ligne dont le statut est inconnu est comptée sans statut : la part en place l’exclut.',
      es: 'Una fila con un estado desconocido se cuenta sin estado: la proporción establecida la deja fuera.',
    },
    fix: {
      en: 'Choose the status from the list or the legend (the suggestion is the nearest value).',
      fr: 'Choisissez le statut dans la liste ou la légende (la suggestion est la valeur la plus proche).',
      es: 'Elija el estado de la lista o de la leyenda (la sugerencia es el valor más cercano).',
    },
    example: {
      input: {
        en: 'A status typed "Unsure".',
        fr: 'Un statut saisi « Unsure ».',
        es: 'Un estado escrito «Unsure».',
      },
      params: { value: 'Unsure' },
    },
  },
  check({ rows }, emit) {
    for (const row of rows) {
      const read = row.enums.status;
      if (!read || read.value !== undefined) continue;
      const target = at(row, 'status', { value: read.text });
      emit(read.suggestion === undefined ? target : { ...target, suggestion: read.suggestion }, { value: read.text });
    }
  },
});
