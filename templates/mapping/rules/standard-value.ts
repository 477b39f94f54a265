import { at, sheetRule } from './context.js';

export default sheetRule({
  id: 'mapping.standard-value',
  severity: 'error',
  title: { en: 'Standard not in the list', fr: 'Norme hors de la liste', es: 'Norma fuera de la lista' },
  messages: {
    en: 'Standard "{value}" is not a standard of the bundled sets or of the settings (nearest: {nearest}).',
    fr:
      'La norme « {value} » n’est ni une norme des jeux fournis ni une norme des paramètres (la plus ' +
      'proche : {nearest}).',
    es:
      'La norma «{value}» no es una norma de los conjuntos incluidos ni de la configuración (la más ' +
      'cercana: {nearest}).',
  },
  fields: ['standard'],
  doc: {
    checks: {
      en:
        'The standard is one of a known set, by id (MOS-3, KPA-2, CS-6), by a set prefix and number ' +
        '("Standard 3", "Norme 3", "Estándar 3"), by its official name in English, French or Spanish, or by ' +
        'a near spelling: the 8 MOS-PSEA standards, the 7 key potential actions, the 6 core standards of the ' +
        'UN partner assessment, and any standard the settings declare.',
      fr:
        'La norme fait partie d’un jeu connu, par son identifiant (MOS-3, KPA-2, CS-6), par un préfixe de ' +
        'jeu et un numéro (« Standard 3 », « Norme 3 », « Estándar 3 »), par son nom officiel en anglais, en ' +
        'français ou en espagnol, ou par une graphie proche : les 8 normes MOS-PSEA, les 7 actions clés ' +
        'possibles, les 6 normes fondamentales de l’évaluation des partenaires de l’ONU, et toute norme que ' +
        'déclarent les paramètres.',
      es:
        'La norma pertenece a un conjunto conocido, por su identificador (MOS-3, KPA-2, CS-6), por un ' +
        'prefijo de conjunto y un número («Standard 3», «Norme 3», «Estándar 3»), por su nombre oficial en ' +
        'inglés, francés o español, o por una grafía cercana: las 8 normas MOS-PSEA, las 7 acciones clave ' +
        'posibles, las 6 normas básicas de la evaluación de socios de la ONU, y cualquier norma que declare ' +
        'la configuración.',
    },
    why: {
      en:
        'A row with an unknown standard is counted for no standard: the coverage table misses it and the ' +
        'agency looks incomplete.',
      fr:
        'Une ligne dont la norme est inconnue n’est comptée pour aucune norme : le tableau de couverture ne ' +
        'la compte pas et l’agence paraît incomplète.',
      es:
        'Una fila con una norma desconocida no se cuenta para ninguna norma: la tabla de cobertura no la ' +
        'recoge y la agencia parece incompleta.',
    },
    fix: {
      en: "Use the standard's id or name (the suggestion is the nearest), or declare the standard in the settings.",
      fr:
        'Utilisez l’identifiant ou le nom de la norme (la suggestion est la plus proche), ou déclarez la ' +
        'norme dans les paramètres.',
      es:
        'Use el identificador o el nombre de la norma (la sugerencia es la más cercana), o declare la norma ' +
        'en la configuración.',
    },
    example: {
      input: {
        en: 'A standard typed "MOS-9".',
        fr: 'Une norme saisie « MOS-9 ».',
        es: 'Una norma escrita «MOS-9».',
      },
      params: { value: 'MOS-9', nearest: '—' },
    },
  },
  check({ rows }, emit) {
    for (const row of rows) {
      if (!row.standardText || row.standard) continue;
      const near = row.standardSuggestion;
      emit(at(row, 'standard', { value: row.standardText, ...(near ? { suggestion: near.id } : {}) }), {
        value: row.standardText,
        nearest: near ? `${near.id} (${near.label.en})` : '—',
      });
    }
  },
});
