import { sheetRule } from './context.js';

export default sheetRule({
  id: 'mapping.standard-area',
  severity: 'error',
  title: {
    en: 'Standard under the wrong area',
    fr: 'Norme sous le mauvais domaine',
    es: 'Norma bajo el área equivocada',
  },
  messages: {
    en: '{standard} belongs to the area "{expected}", not "{area}".',
    fr: '{standard} relève du domaine « {expected} », pas « {area} ».',
    es: '{standard} pertenece al área «{expected}», no a «{area}».',
  },
  fields: ['standard', 'area'],
  doc: {
    checks: {
      en:
        'The stated area of a row is the area its standard belongs to (each MOS-PSEA standard and key action ' +
        'has one area).',
      fr:
        'Le domaine indiqué d’une ligne est le domaine auquel appartient sa norme (chaque norme et chaque ' +
        'action clé MOS-PSEA a un domaine).',
      es:
        'El área indicada de una fila es el área a la que pertenece su norma (cada norma y cada acción clave ' +
        'MOS-PSEA tiene un área).',
    },
    why: {
      en:
        "The share in place by area follows the standard's area; a row filed under another area shows that " +
        'area better or worse than it is in the sheet.',
      fr:
        'La part en place par domaine suit le domaine de la norme ; une ligne rangée sous un autre domaine ' +
        'montre ce domaine meilleur ou pire qu’il ne l’est dans la feuille.',
      es:
        'La proporción establecida por área sigue el área de la norma; una fila archivada bajo otra área ' +
        'muestra esa área mejor o peor de lo que está en la hoja.',
    },
    fix: {
      en: 'Correct the area (the suggestion), or the standard if it was mistyped.',
      fr: 'Corrigez le domaine (la suggestion), ou la norme si elle a été mal saisie.',
      es: 'Corrija el área (la sugerencia), o la norma si se escribió mal.',
    },
    example: {
      input: {
        en: 'MOS-3 filed under "Prevention".',
        fr: 'MOS-3 rangée sous « Prevention ».',
        es: 'MOS-3 archivada bajo «Prevention».',
      },
      params: { standard: 'MOS-3', expected: 'Engagement with and support of local communities', area: 'Prevention' },
    },
  },
  check({ rows }, emit) {
    for (const row of rows) {
      if (row.wide || !row.standard || !row.area || row.area === row.standard.area) continue;
      emit(
        { row: row.source.row, field: 'area', value: row.areaText, suggestion: row.standard.area },
        { standard: row.standard.id, expected: row.standard.area, area: row.area },
      );
    }
  },
});
