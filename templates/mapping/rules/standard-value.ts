import { sheetRule } from './context.js';
import { emitUnlisted } from '../../core/read-enum.js';

export default sheetRule({
  id: 'mapping.standard-value',
  severity: 'error',
  title: { en: 'Standard not in the list', fr: 'Norme hors de la liste', es: 'Norma fuera de la lista' },
  messages: {
    en: 'Standard "{value}" is neither a MOS-PSEA standard nor a key action of the list.',
    fr: 'La norme « {value} » n’est ni une norme NMO-PEAS ni une action clé de la liste.',
    es: 'La norma «{value}» no es una norma NMO-PEAS ni una acción clave de la lista.',
  },
  fields: ['standard'],
  doc: {
    checks:
      'The standard is one of the 8 MOS-PSEA standards or the 7 key potential actions, by id (MOS-3, KPA-2) or by ' +
      'name.',
    why:
      'A row with an unknown standard is counted for no standard: the coverage table misses it and the agency looks ' +
      'incomplete.',
    fix: "Use the standard's id or name (the suggestion is the nearest).",
    example: { input: 'A standard typed "MOS-9".', params: { value: 'MOS-9' } },
  },
  check: ({ rows }, emit) => emitUnlisted(rows, 'standard', emit),
});
