import { sheetRule } from './context.js';

export default sheetRule({
  id: 'management-response.unit-unknown',
  severity: 'warning',
  title: { en: 'Unknown unit code', fr: 'Code d’unité inconnu', es: 'Código de unidad desconocido' },
  messages: {
    en: 'Unit code "{value}" is not in the unit list.',
    fr: 'Le code d’unité « {value} » ne figure pas dans la liste des unités.',
    es: 'El código de unidad «{value}» no está en la lista de unidades.',
  },
  fields: ['responsible_units', 'support_units'],
  doc: {
    checks: {
      en:
        'Each code in the responsible and support unit cells (split on , ; / and "and/et/y") is in the unit ' +
        'list; a near miss gets the nearest code.',
      fr:
        'Chaque code des cellules d’unités responsables et d’appui (séparés par , ; / et « and/et/y ») ' +
        'figure dans la liste des unités ; un code presque juste reçoit le code le plus proche.',
      es:
        'Cada código de las celdas de unidades responsables y de apoyo (separados por , ; / y «and/et/y») ' +
        'está en la lista de unidades; un código casi correcto recibe el código más cercano.',
    },
    why: {
      en:
        'The status-by-unit table counts by code: a misspelt code becomes a unit of its own, and the real ' +
        "unit's figures are short.",
      fr:
        'Le tableau de statut par unité compte par code : un code mal écrit devient une unité à part, et les ' +
        'chiffres de la vraie unité sont trop bas.',
      es:
        'La tabla de estado por unidad cuenta por código: un código mal escrito se convierte en una unidad ' +
        'aparte, y a la unidad real le faltan cifras.',
    },
    fix: {
      en: 'Correct the code (the suggestion), or add the unit to the list on the Settings sheet.',
      fr: 'Corrigez le code (la suggestion), ou ajoutez l’unité à la liste sur la feuille Settings.',
      es: 'Corrija el código (la sugerencia), o añada la unidad a la lista en la hoja Settings.',
    },
    example: {
      input: {
        en: 'Responsible unit typed "PSEA-H".',
        fr: 'Unité responsable saisie « PSEA-H ».',
        es: 'Unidad responsable escrita «PSEA-H».',
      },
      params: { value: 'PSEA-H' },
    },
  },
  check({ rows }, emit) {
    for (const row of rows)
      for (const { field, tokens } of row.units)
        for (const { token, match } of tokens) {
          if (match.kind !== 'unknown') continue;
          const target = { row: row.source.row, field, value: token };
          emit(match.suggestion ? { ...target, suggestion: match.suggestion } : target, { value: token });
        }
  },
});
