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
    checks: {
      en:
        'Each answer names one of the six core standards of the UN partner PSEA capacity assessment: "CS1", ' +
        '"Core Standard 1: Organizational Policy", "Norma básica 1", or its name in English, French or ' +
        'Spanish.',
      fr:
        'Chaque réponse nomme l’une des six normes fondamentales de l’évaluation de la capacité PEAS des ' +
        'partenaires de l’ONU : « CS1 », « Core Standard 1: Organizational Policy », « Norme fondamentale 1 ' +
        '», ou son nom en anglais, en français ou en espagnol.',
      es:
        'Cada respuesta nombra una de las seis normas básicas de la evaluación de la capacidad PEAS de los ' +
        'socios de la ONU: «CS1», «Core Standard 1: Organizational Policy», «Norma básica 1», o su nombre en ' +
        'inglés, francés o español.',
    },
    why: {
      en: 'An answer under no standard counts for none: the assessment looks incomplete and gets no rating.',
      fr:
        'Une réponse qui ne relève d’aucune norme ne compte pour aucune : l’évaluation paraît incomplète et ' +
        'ne reçoit pas de note.',
      es:
        'Una respuesta que no corresponde a ninguna norma no cuenta para ninguna: la evaluación parece ' +
        'incompleta y no recibe calificación.',
    },
    fix: {
      en: 'Write the core standard’s number (CS1 … CS6) or its name.',
      fr: 'Écrivez le numéro de la norme fondamentale (CS1 … CS6) ou son nom.',
      es: 'Escriba el número de la norma básica (CS1 … CS6) o su nombre.',
    },
    example: {
      input: {
        en: 'A core standard typed "CS7".',
        fr: 'Une norme fondamentale saisie « CS7 ».',
        es: 'Una norma básica escrita «CS7».',
      },
      params: { value: 'CS7' },
    },
  },
  check({ assessments }, emit) {
    for (const a of assessments)
      for (const answer of a.answers)
        if (answer.standardText && !answer.standard)
          emit({ row: answer.row, field: 'standard', value: answer.standardText }, { value: answer.standardText });
  },
});
