/**
 * Who a workplan assigns tasks to besides the agencies: the coordination bodies of the seed's
 * workplan (task team, gender task force, country team) and the consultant. Editable data.
 */
import type { Agency } from '../mapping/agencies.js';

const body = (acronym: string, name: string, aliases: string[] = []): Agency => ({
  acronym,
  name,
  type: 'Other',
  aliases,
});

export const DEFAULT_BODIES: readonly Agency[] = [
  body('UNCT', 'United Nations Country Team', [
    'Country team',
    'Équipe de pays',
    'Equipo de país',
    'UN leading agencies',
    'Lead agencies',
    'Agences chefs de file',
    'Agencias líderes',
  ]),
  body('PSEA Task Team', 'Inter-agency PSEA task team', [
    'PSEA TT',
    'Task team',
    'Équipe spéciale PEAS',
    'Équipe PEAS',
    'Equipo de tareas PEAS',
  ]),
  body('PSEA Network', 'In-country PSEA network', ['Réseau PEAS', 'Red PEAS']),
  body('GTF', 'Gender Task Force', ['Gender Task Force', 'Groupe de travail genre', 'Grupo de trabajo de género']),
  body('Consultant', 'PSEA consultant', ['Consultante', 'Consultor', 'Consultora']),
];
