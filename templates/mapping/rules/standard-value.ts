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
    checks:
      'The standard is one of a known set, by id (MOS-3, KPA-2, CS-6), by a set prefix and number ("Standard 3", ' +
      '"Norme 3", "Estándar 3"), by its official name in English, French or Spanish, or by a near spelling: the 8 ' +
      'MOS-PSEA standards, the 7 key potential actions, the 6 core standards of the UN partner assessment, and any ' +
      'standard the settings declare.',
    why:
      'A row with an unknown standard is counted for no standard: the coverage table misses it and the agency looks ' +
      'incomplete.',
    fix: "Use the standard's id or name (the suggestion is the nearest), or declare the standard in the settings.",
    example: { input: 'A standard typed "MOS-9".', params: { value: 'MOS-9', nearest: '—' } },
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
