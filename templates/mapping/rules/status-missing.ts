import { at, hasColumn, sheetRule } from './context.js';

export default sheetRule({
  id: 'mapping.status-missing',
  severity: 'error',
  title: { en: 'Standard without a status', fr: 'Norme sans statut', es: 'Norma sin estado' },
  messages: {
    en: '{agency} gives no status for {standard}: the cell is empty.',
    fr: '{agency} n’indique aucun statut pour {standard} : la cellule est vide.',
    es: '{agency} no indica ningún estado para {standard}: la celda está vacía.',
  },
  fields: ['status'],
  doc: {
    checks: {
      en:
        'Each standard an agency reports on has a status: the status cell of a long row, or the standard’s ' +
        'cell of a checklist row.',
      fr:
        'Chaque norme dont une agence rend compte a un statut : la cellule « Statut » d’une ligne longue, ou ' +
        'la cellule de la norme d’une ligne de liste de contrôle.',
      es:
        'Cada norma sobre la que informa una agencia tiene un estado: la celda «Estado» de una fila larga, o ' +
        'la celda de la norma de una fila de lista de verificación.',
    },
    why: {
      en:
        'An empty cell is neither in place nor a gap: the coverage table shows a hole and the share in place ' +
        'is computed without it.',
      fr:
        'Une cellule vide n’est ni en place ni une lacune : le tableau de couverture montre un trou et la ' +
        'part en place est calculée sans elle.',
      es:
        'Una celda vacía no es ni establecida ni una brecha: la tabla de cobertura muestra un hueco y la ' +
        'proporción establecida se calcula sin ella.',
    },
    fix: {
      en: 'Fill the status (In place, In progress, Not in place or Not applicable, or a code of the legend).',
      fr: 'Remplissez le statut (En place, En cours, Pas en place ou Sans objet, ou un code de la légende).',
      es: 'Rellene el estado (Establecido, En curso, No establecido o No aplica, o un código de la leyenda).',
    },
    example: {
      input: {
        en: 'WFP’s MOS-8 cell of a checklist is empty.',
        fr: 'La cellule MOS-8 de WFP dans une liste de contrôle est vide.',
        es: 'La celda MOS-8 de WFP en una lista de verificación está vacía.',
      },
      params: { agency: 'WFP', standard: 'MOS-8' },
    },
  },
  check({ table, rows }, emit) {
    for (const row of rows) {
      if (!row.standard || row.statusText || !row.agencyKey) continue;
      if (!row.wide && !hasColumn(table, 'status')) continue;
      emit(at(row, 'status'), { agency: row.agencyKey, standard: row.standard.id });
    }
  },
});
