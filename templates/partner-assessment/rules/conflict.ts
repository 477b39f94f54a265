import { sheetsRule } from './context.js';
import { text } from '../../core/rule.js';
import { enumTerms } from '../../core/schema.js';
import { RISK } from '../ratings.js';
import { allAssessments, isLater } from '../tables.js';
import type { Assessment } from '../assessments.js';

const TERMS = enumTerms(RISK);

export default sheetsRule({
  id: 'partner-assessment.conflict',
  severity: 'warning',
  title: {
    en: 'Two agencies rate a partner differently',
    fr: 'Deux agences notent un partenaire différemment',
    es: 'Dos agencias califican a un socio de forma distinta',
  },
  messages: {
    en: text(
      '{partner}: {agency1} rated it {risk1} ({total1}) on {date1} in {file1}, {agency2} {risk2} ({total2}) on ',
      '{date2} in {file2}; the latest counts.',
    ),
    fr:
      '{partner} : {agency1} l’a noté {risk1} ({total1}) le {date1} dans {file1}, {agency2} {risk2} ' +
      '({total2}) le {date2} dans {file2} ; la plus récente compte.',
    es:
      '{partner}: {agency1} lo calificó {risk1} ({total1}) el {date1} en {file1}, {agency2} {risk2} ' +
      '({total2}) el {date2} en {file2}; cuenta la más reciente.',
  },
  terms: { risk1: TERMS, risk2: TERMS },
  fields: ['partner_id', 'risk_rating'],
  doc: {
    checks: {
      en:
        'Across the files of a consolidation, the latest assessments of one partner (same vendor number, ' +
        'else same name) by two agencies give the same risk; a difference is reported on the later one, ' +
        'naming both files.',
      fr:
        'Entre les fichiers d’une consolidation, les dernières évaluations d’un même partenaire (même numéro ' +
        'de fournisseur, sinon même nom) par deux agences donnent le même risque ; un écart est signalé sur ' +
        'la plus récente, avec les deux fichiers.',
      es:
        'Entre los archivos de una consolidación, las últimas evaluaciones de un mismo socio (mismo número ' +
        'de proveedor, si no mismo nombre) por dos agencias dan el mismo riesgo; una diferencia se señala en ' +
        'la más reciente, nombrando ambos archivos.',
    },
    why: {
      en:
        'Agencies share partners and can rely on each other’s assessment: two ratings that disagree need a ' +
        'word between the agencies. The tables count the partner’s latest assessment.',
      fr:
        'Les agences partagent des partenaires et peuvent s’appuyer sur l’évaluation l’une de l’autre : deux ' +
        'notes qui divergent appellent un échange entre les agences. Les tableaux comptent la dernière ' +
        'évaluation du partenaire.',
      es:
        'Las agencias comparten socios y pueden apoyarse en la evaluación de la otra: dos calificaciones que ' +
        'no coinciden requieren que las agencias hablen. Las tablas cuentan la última evaluación del socio.',
    },
    fix: {
      en: 'Ask both agencies which assessment stands, and whether a reassessment is due.',
      fr: 'Demandez aux deux agences quelle évaluation fait foi, et si une réévaluation s’impose.',
      es: 'Pregunte a ambas agencias qué evaluación es la válida, y si corresponde una nueva evaluación.',
    },
    example: {
      input: {
        en: 'Youth for Change: UNICEF 14 (Moderate) on 2025-06-15, UNHCR 16 (Low) on 2026-04-10.',
        fr: 'Youth for Change : UNICEF 14 (Modéré) le 2025-06-15, UNHCR 16 (Faible) le 2026-04-10.',
        es: 'Youth for Change: UNICEF 14 (Moderado) el 2025-06-15, UNHCR 16 (Bajo) el 2026-04-10.',
      },
      params: {
        partner: 'Youth for Change',
        agency1: 'UNICEF',
        risk1: 'Moderate',
        total1: 14,
        date1: '2025-06-15',
        file1: 'unicef.xlsx',
        agency2: 'UNHCR',
        risk2: 'Low',
        total2: 16,
        date2: '2026-04-10',
        file2: 'acnur.xlsx',
      },
    },
  },
  check({ sheets }, emit) {
    // The latest assessment of each partner by each agency, then each pair of agencies for one partner.
    const latest = new Map<string, Assessment>();
    for (const a of allAssessments(sheets)) {
      if (!a.risk) continue;
      const key = `${a.partnerKey}|${a.agency}`;
      const known = latest.get(key);
      if (!known || isLater(a, known)) latest.set(key, a);
    }
    const byPartner = new Map<string, Assessment[]>();
    for (const a of latest.values()) byPartner.set(a.partnerKey, [...(byPartner.get(a.partnerKey) ?? []), a]);
    const table = (a: Assessment) =>
      sheets.find((s) => s.table.file === a.source.file && s.table.sheet === a.source.sheet)!.table;
    for (const list of byPartner.values()) {
      const sorted = [...list].sort((x, y) => ((x.date?.iso ?? '') < (y.date?.iso ?? '') ? -1 : 1));
      for (let i = 1; i < sorted.length; i++) {
        const [first, later] = [sorted[0], sorted[i]];
        if (first.risk === later.risk || first.agency === later.agency) continue;
        emit(
          {
            table: table(later),
            row: later.source.row,
            ...(later.cells.risk ? { cell: later.cells.risk } : {}),
            field: 'risk_rating',
          },
          {
            partner: later.partner || later.partnerId,
            agency1: first.agency,
            risk1: first.risk!,
            total1: first.total!,
            date1: first.date?.iso ?? '—',
            file1: first.source.file,
            agency2: later.agency,
            risk2: later.risk!,
            total2: later.total!,
            date2: later.date?.iso ?? '—',
            file2: later.source.file,
          },
        );
      }
    }
  },
});
