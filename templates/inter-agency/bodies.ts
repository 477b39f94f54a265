/**
 * Who a workplan assigns tasks to besides the agencies: the coordination bodies of the seed's workplan (task team,
 * gender task force, country team), the PSEA network, the consultant, and "all agencies". Editable data.
 */
import type { Agency } from './agencies.js';

const body = (acronym: string, name: string, aliases: string[] = []): Agency => ({
  acronym,
  name,
  type: 'Other',
  aliases,
});

/** The name a workplan gives every agency at once ("All agencies"): a body of its own, not an unknown agency. */
export const ALL_AGENCIES = 'All agencies';

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
  body('HCT', 'Humanitarian Country Team', ['Équipe humanitaire de pays', 'Equipo Humanitario de País', 'EHP']),
  body('PSEA Task Team', 'Inter-agency PSEA task team', [
    'PSEA TT',
    'Task team',
    'Équipe spéciale PEAS',
    'Équipe PEAS',
    'Equipo de tareas PEAS',
  ]),
  body('PSEA Network', 'In-country PSEA network', ['Réseau PEAS', 'Red PEAS', 'Red de PEAS']),
  body('GTF', 'Gender Task Force', ['Gender Task Force', 'Groupe de travail genre', 'Grupo de trabajo de género']),
  body('Consultant', 'PSEA consultant', ['Consultante', 'Consultor', 'Consultora']),
  body(ALL_AGENCIES, 'Every agency of the network', [
    'All',
    'All UN agencies',
    'All members',
    'Toutes les agences',
    'Tous les membres',
    'Todas las agencias',
    'Todos los miembros',
  ]),
];
