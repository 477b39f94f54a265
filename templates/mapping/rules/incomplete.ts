import { sheetsRule } from './context.js';
import type { SheetAnalysis } from '../../core/kind.js';
import type { MappingState } from '../pairs.js';
import type { MappingRow } from '../rows.js';

interface Coverage {
  first: MappingRow;
  sheet: SheetAnalysis;
  covered: Set<string>;
  /** Set id → its standards, from every sheet the agency appears on. */
  sets: Map<string, readonly string[]>;
}

export default sheetsRule({
  id: 'mapping.incomplete',
  severity: 'warning',
  title: {
    en: 'Agency does not cover every standard',
    fr: 'Agence qui ne couvre pas toutes les normes',
    es: 'Agencia que no cubre todas las normas',
  },
  messages: {
    en: '{agency} does not report on {count} of the {total} standards of {sets}: {missing}.',
    fr: '{agency} ne rend pas compte de {count} des {total} normes de {sets} : {missing}.',
    es: '{agency} no informa sobre {count} de las {total} normas de {sets}: {missing}.',
  },
  fields: ['agency', 'standard'],
  doc: {
    checks: {
      en:
        'Each agency that reports, across all files, covers every standard of the sets its mapping is ' +
        'checked against: the sets the settings declare (`standards set | iasc-mos-psea`), else the sets of ' +
        'the standards its sheets use (a MOS-PSEA checklist is not asked for the key actions). The warning ' +
        'lists the ids it misses; a typo of a listed agency counts under that agency.',
      fr:
        'Chaque agence qui rend compte, tous fichiers confondus, couvre toutes les normes des jeux par ' +
        'rapport auxquels sa cartographie est vérifiée : les jeux que déclarent les paramètres (`standards ' +
        'set | iasc-mos-psea`), sinon les jeux des normes qu’utilisent ses feuilles (une liste de contrôle ' +
        'MOS-PSEA n’est pas interrogée sur les actions clés). L’avertissement liste les identifiants ' +
        'manquants ; une faute de frappe d’une agence listée compte sous cette agence.',
      es:
        'Cada agencia que informa, en todos los archivos, cubre todas las normas de los conjuntos frente a ' +
        'los que se verifica su mapeo: los conjuntos que declara la configuración (`standards set | ' +
        'iasc-mos-psea`), si no los conjuntos de las normas que usan sus hojas (a una lista de verificación ' +
        'MOS-PSEA no se le piden las acciones clave). La advertencia enumera los identificadores que faltan; ' +
        'una errata de una agencia de la lista cuenta bajo esa agencia.',
    },
    why: {
      en:
        'A standard an agency does not report on is neither in place nor a gap: the coverage table shows a ' +
        'hole and the share in place is computed without it.',
      fr:
        'Une norme dont une agence ne rend pas compte n’est ni en place ni une lacune : le tableau de ' +
        'couverture montre un trou et la part en place est calculée sans elle.',
      es:
        'Una norma sobre la que una agencia no informa no es ni establecida ni una brecha: la tabla de ' +
        'cobertura muestra un hueco y la proporción establecida se calcula sin ella.',
    },
    fix: {
      en: 'Ask the agency for the missing rows, with Not applicable where a standard does not apply.',
      fr: 'Demandez à l’agence les lignes manquantes, avec Sans objet là où une norme ne s’applique pas.',
      es: 'Pida a la agencia las filas que faltan, con No aplica donde una norma no corresponda.',
    },
    example: {
      input: {
        en: 'UNFPA reports on every MOS-PSEA standard but MOS-7.',
        fr: 'L’UNFPA rend compte de toutes les normes MOS-PSEA sauf MOS-7.',
        es: 'UNFPA informa sobre todas las normas MOS-PSEA excepto MOS-7.',
      },
      params: { agency: 'UNFPA', count: 1, total: 8, sets: 'iasc-mos-psea', missing: 'MOS-7' },
    },
  },
  check({ sheets }, emit) {
    const byAgency = new Map<string, Coverage>();
    for (const sheet of sheets) {
      const state = sheet.state as MappingState;
      for (const row of state.rows) {
        if (!row.agencyKey) continue;
        const entry = byAgency.get(row.agencyKey) ?? { first: row, sheet, covered: new Set(), sets: new Map() };
        if (row.standard && row.statusText) entry.covered.add(row.standard.id);
        for (const set of state.sets) entry.sets.set(set.id, set.standards);
        byAgency.set(row.agencyKey, entry);
      }
    }
    for (const [agency, { first, sheet, covered, sets }] of byAgency) {
      const required = [...new Set([...sets.values()].flat())];
      const missing = required.filter((id) => !covered.has(id));
      if (!missing.length) continue;
      emit(
        { table: sheet.table, row: first.source.row, field: 'agency', value: first.agencyText },
        {
          agency,
          count: missing.length,
          total: required.length,
          sets: [...sets.keys()].join(', '),
          missing: missing.join(', '),
        },
      );
    }
  },
});
