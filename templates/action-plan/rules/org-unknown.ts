import { sheetRule } from './context.js';

export default sheetRule({
  id: 'action-plan.org-unknown',
  severity: 'warning',
  title: { en: 'Unknown organisation', fr: 'Organisme inconnu', es: 'Organización desconocida' },
  messages: {
    en: 'Organisation "{value}" is not in the list of agencies and coordination bodies (nearest: {nearest}).',
    fr:
      'L’organisme « {value} » ne figure pas dans la liste des agences et instances de coordination (le plus proche ' +
      ': {nearest}).',
    es:
      'La organización «{value}» no está en la lista de agencias y órganos de coordinación (la más cercana: ' +
      '{nearest}).',
  },
  fields: ['responsible_orgs'],
  doc: {
    checks:
      'Each organisation named responsible for a task (split on , ; / and "and/et/y") is an agency of the list or ' +
      'a coordination body (PSEA network, GTF, RC office…).',
    why:
      "A task owned by an unknown name has no one to follow it up with, and a typo splits one organisation's tasks " +
      'in two.',
    fix:
      'Correct the name (the suggestion), or add the agency on a Settings sheet (`agency | ACRONYM | Full name | ' +
      'type`).',
    example: { input: 'Responsible org typed "UNHRC".', params: { value: 'UNHRC', nearest: 'UNHCR' } },
  },
  check({ rows }, emit) {
    for (const row of rows)
      for (const { token, match } of row.orgs) {
        if (match.kind !== 'unknown') continue;
        const target = { row: row.source.row, field: 'responsible_orgs', value: token };
        emit(match.suggestion ? { ...target, suggestion: match.suggestion } : target, {
          value: token,
          nearest: match.suggestion ?? '—',
        });
      }
  },
});
