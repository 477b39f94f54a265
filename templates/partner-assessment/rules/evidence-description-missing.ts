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
    checks:
      'An answer whose evidence includes "Other (please specify)" describes it, as eTools requires ' +
      '(EvidenceDescriptionValidator: "Description is required."). Other evidence, or none at all, needs nothing.',
    why: '"Other" says nothing about what was seen: without the description the rating cannot be verified.',
    fix: 'Describe the other evidence in the description column.',
    example: {
      input: 'Sahel Women’s Association, CS4: "Other (please specify)" and an empty description.',
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
