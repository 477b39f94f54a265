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
    checks: {
      en:
        'Each organisation named responsible for or supporting a task (split on , ; / and "and/et/y", or ' +
        'names separated by spaces only, as the seed writes them) is an agency of the list or a coordination ' +
        'body (PSEA network, task team, GTF, country team, "all agencies"…).',
      fr:
        'Chaque organisme nommé responsable d’une tâche ou en appui (séparés par , ; / et « and/et/y », ou ' +
        'des noms séparés seulement par des espaces, comme les écrit le plan de référence) est une agence de ' +
        'la liste ou une instance de coordination (réseau PEAS, équipe spéciale, GTF, équipe de pays, « ' +
        'toutes les agences »…).',
      es:
        'Cada organización nombrada como responsable de una tarea o de apoyo (separadas por , ; / y ' +
        '«and/et/y», o nombres separados solo por espacios, como los escribe el plan de referencia) es una ' +
        'agencia de la lista o un órgano de coordinación (red PEAS, equipo de tareas, GTF, equipo de país, ' +
        '«todas las agencias»…).',
    },
    why: {
      en:
        'A task owned by an unknown name has no one to follow it up with, and a typo splits one ' +
        "organisation's tasks in two.",
      fr:
        'Une tâche portée par un nom inconnu n’a personne avec qui être suivie, et une faute de frappe coupe ' +
        'en deux les tâches d’un organisme.',
      es:
        'Una tarea a cargo de un nombre desconocido no tiene con quién seguirse, y una errata divide en dos ' +
        'las tareas de una organización.',
    },
    fix: {
      en:
        'Correct the name (the suggestion), or add the agency on a Settings sheet (`agency | ACRONYM | Full ' +
        'name | type`).',
      fr:
        'Corrigez le nom (la suggestion), ou ajoutez l’agence sur une feuille Settings (`agency | SIGLE | ' +
        'Nom complet | type`).',
      es:
        'Corrija el nombre (la sugerencia), o añada la agencia en una hoja Settings (`agency | SIGLA | ' +
        'Nombre completo | tipo`).',
    },
    example: {
      input: {
        en: 'Responsible org typed "UNHRC".',
        fr: '« Organisme(s) responsable(s) » saisi « UNHRC ».',
        es: '«Organización responsable» escrita «UNHRC».',
      },
      params: { value: 'UNHRC', nearest: 'UNHCR' },
    },
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
