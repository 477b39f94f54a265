import { sheetRule } from './context.js';

export default sheetRule({
  id: 'partner-assessment.standard-value',
  severity: 'error',
  title: {
    en: 'Core standard not recognised',
    fr: 'Norme fondamentale non reconnue',
    es: 'Norma básica no reconocida',
  },
  messages: {
    en: '"{value}" is none of the six core standards (CS-1 … CS-6).',
    fr: '« {value} » n’est aucune des six normes fondamentales (CS-1 … CS-6).',
    es: '«{value}» no es ninguna de las seis normas básicas (CS-1 … CS-6).',
  },
  fields: ['standard'],
  doc: {
    checks:
      'Each answer names one of the six core standards of the UN partner PSEA capacity assessment: "CS1", "Core ' +
      'Standard 1: Organizational Policy", "Norma básica 1", or its name in English, French or Spanish.',
    why: 'An answer under no standard counts for none: the assessment looks incomplete and gets no rating.',
    fix: 'Write the core standard’s number (CS1 … CS6) or its name.',
    example: { input: 'A core standard typed "CS7".', params: { value: 'CS7' } },
  },
  check({ assessments }, emit) {
    for (const a of assessments)
      for (const answer of a.answers)
        if (answer.standardText && !answer.standard)
          emit({ row: answer.row, field: 'standard', value: answer.standardText }, { value: answer.standardText });
  },
});
