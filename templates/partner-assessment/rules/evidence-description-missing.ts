import { partnerName, sheetRule } from './context.js';
import { isOtherEvidence } from '../assessments.js';

export default sheetRule({
  id: 'partner-assessment.evidence-description-missing',
  severity: 'error',
  title: {
    en: '"Other" evidence without a description',
    fr: 'Preuve « Autre » sans description',
    es: 'Prueba «Otro» sin descripción',
  },
  messages: {
    en: '{partner}, {standard}: evidence "Other (please specify)" needs a description.',
    fr: '{partner}, {standard} : la preuve « Autre (veuillez préciser) » exige une description.',
    es: '{partner}, {standard}: la prueba «Otro (especifique)» requiere una descripción.',
  },
  fields: ['evidence', 'evidence_description'],
  doc: {
    checks: {
      en:
        'An answer whose evidence includes "Other (please specify)" describes it, as eTools requires ' +
        '(EvidenceDescriptionValidator: "Description is required."). Other evidence, or none at all, needs ' +
        'nothing.',
      fr:
        'Une réponse dont les preuves comprennent « Autre (préciser) » la décrit, comme l’exige eTools ' +
        '(EvidenceDescriptionValidator : « Description is required. »). Une autre preuve, ou aucune, n’exige ' +
        'rien.',
      es:
        'Una respuesta cuyas pruebas incluyen «Otra (especifique)» la describe, como exige eTools ' +
        '(EvidenceDescriptionValidator: «Description is required.»). Otra prueba, o ninguna, no necesita ' +
        'nada.',
    },
    why: {
      en: '"Other" says nothing about what was seen: without the description the rating cannot be verified.',
      fr: '« Autre » ne dit rien de ce qui a été vu : sans la description, la note ne peut pas être vérifiée.',
      es: '«Otra» no dice nada de lo que se vio: sin la descripción, la calificación no se puede verificar.',
    },
    fix: {
      en: 'Describe the other evidence in the description column.',
      fr: 'Décrivez l’autre preuve dans la colonne « Autre preuve (préciser) ».',
      es: 'Describa la otra prueba en la columna «Otra prueba (especifique)».',
    },
    example: {
      input: {
        en: 'Sahel Women’s Association, CS4: "Other (please specify)" and an empty description.',
        fr: 'Sahel Women’s Association, CS4 : « Autre (préciser) » et une description vide.',
        es: 'Sahel Women’s Association, CS4: «Otra (especifique)» y la descripción vacía.',
      },
      params: { partner: 'Sahel Women’s Association', standard: 'CS-4' },
    },
  },
  check({ assessments }, emit) {
    for (const a of assessments)
      for (const answer of a.answers) {
        if (answer.description || !answer.evidence.some(isOtherEvidence)) continue;
        const cell = answer.cells.description ?? answer.cells.evidence;
        emit(
          { row: answer.row, ...(cell ? { cell } : {}), field: 'evidence_description' },
          { partner: partnerName(a), standard: answer.standard?.id ?? answer.standardText },
        );
      }
  },
});
