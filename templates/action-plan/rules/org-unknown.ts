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
  fields: ['responsible_orgs', 'support_orgs'],
  doc: {
    checks:
      'Each organisation named responsible for or supporting a task (split on , ; / and "and/et/y", or names ' +
      'separated by spaces only, as the seed writes them) is an agency of the list or a coordination body (PSEA ' +
      'network, task team, GTF, country team, "all agencies"…).',
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
      for (const [field, named] of [
        ['responsible_orgs', row.orgs],
        ['support_orgs', row.support],
      ] as const)
        for (const { token, match } of named) {
          if (match.kind !== 'unknown') continue;
          const target = { row: row.source.row, field, value: token };
          emit(match.suggestion ? { ...target, suggestion: match.suggestion } : target, {
            value: token,
            nearest: match.suggestion ?? '—',
          });
        }
  },
});
