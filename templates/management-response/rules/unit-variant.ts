import { workbookRule } from './context.js';
import { text } from '../../core/rule.js';
import type { SettledRecommendation } from '../tables/index.js';

/** One code of a unit cell outside the unit list, and where it is written. */
interface UnitCode {
  place: SettledRecommendation['place'];
  row: number;
  field: string;
  token: string;
  code: string;
}

/** A code at most this often, beside one used at least twice as often (and three times), is a variant of it. */
const RARE = 2;
const FREQUENT = 3;

/** The codes a token writes: "DPSMM (PXD)" is DPSMM and PXD; a qualifier in words ("inter-agency PSEA") is none. */
function codesOf(token: string): string[] {
  const inner = /\(([^)]*)\)\s*$/.exec(token)?.[1] ?? '';
  const qualifiers = inner.split(/\s*[,/]\s*/).filter((q) => /^[A-Z][A-Z0-9&-]+$/.test(q));
  return [token.replace(/\s*\(.*\)\s*$/, '').trim(), ...qualifiers].filter(Boolean);
}

/**
 * A typing variant: two neighbouring letters swapped (PDX for PXD), or a plural (COMs for CoM), case aside. Other
 * one-letter differences are left alone: DER and DHR, PSEA and PSEAH are different units.
 */
function variantOf(rare: string, frequent: string): boolean {
  const [a, b] = [rare.toLowerCase(), frequent.toLowerCase()];
  if (a === `${b}s`) return true;
  if (a.length !== b.length || a === b) return false;
  const diff = [...a].flatMap((ch, i) => (ch === b[i] ? [] : [i]));
  return diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]];
}

export default workbookRule({
  id: 'management-response.unit-variant',
  severity: 'warning',
  title: {
    en: 'Unit code written two ways',
    fr: 'Code d’unité écrit de deux façons',
    es: 'Código de unidad escrito de dos formas',
  },
  messages: {
    en: text(
      'Unit code "{value}" is used {count} {count:time|times} and "{suggestion}", written almost the same, ',
      '{frequent} times.',
    ),
    fr: 'Le code d’unité « {value} » est employé {count} fois et « {suggestion} », presque identique, {frequent} fois.',
    es:
      'El código de unidad «{value}» se usa {count} {count:vez|veces} y «{suggestion}», casi igual, ' +
      '{frequent} veces.',
  },
  fields: ['responsible_units', 'support_units'],
  doc: {
    checks: {
      en:
        'With no unit list (no acronym sheet, no settings), the codes of the unit cells of the workbook are ' +
        'counted: a code of three letters or more used at most twice that is a typing variant of a code used ' +
        'at least three times and twice as often (two neighbouring letters swapped, or a plural: PDX for ' +
        'PXD, COMs for CoM) gets a did-you-mean on each of its cells. Other one-letter differences are left ' +
        'alone (DER and DHR are two units).',
      fr:
        'Sans liste d’unités (ni feuille de sigles, ni paramètres), les codes des cellules d’unités du ' +
        'classeur sont comptés : un code de trois lettres ou plus employé au plus deux fois, qui est une ' +
        'variante de frappe d’un code employé au moins trois fois et deux fois plus souvent (deux lettres ' +
        'voisines inversées, ou un pluriel : PDX pour PXD, COMs pour CoM), reçoit un « vouliez-vous dire » ' +
        'sur chacune de ses cellules. Les autres écarts d’une lettre sont laissés tels quels (DER et DHR ' +
        'sont deux unités).',
      es:
        'Sin lista de unidades (ni hoja de siglas ni configuración), se cuentan los códigos de las celdas de ' +
        'unidades del libro: un código de tres letras o más usado como mucho dos veces, que es una variante ' +
        'de escritura de un código usado al menos tres veces y el doble de a menudo (dos letras vecinas ' +
        'invertidas, o un plural: PDX por PXD, COMs por CoM), recibe un «quiso decir» en cada una de sus ' +
        'celdas. Las demás diferencias de una letra se dejan como están (DER y DHR son dos unidades).',
    },
    why: {
      en:
        'The status-by-unit table counts by code: a variant (PDX for PXD) becomes a unit of its own, and the ' +
        "real unit's figures are short.",
      fr:
        'Le tableau de statut par unité compte par code : une variante (PDX pour PXD) devient une unité à ' +
        'part, et les chiffres de la vraie unité sont trop bas.',
      es:
        'La tabla de estado por unidad cuenta por código: una variante (PDX por PXD) se convierte en una ' +
        'unidad aparte, y a la unidad real le faltan cifras.',
    },
    fix: {
      en: 'Correct the code (the suggestion), or declare the unit list on the Settings sheet or an Acronyms sheet.',
      fr:
        'Corrigez le code (la suggestion), ou déclarez la liste des unités sur la feuille Settings ou sur ' +
        'une feuille de sigles.',
      es:
        'Corrija el código (la sugerencia), o declare la lista de unidades en la hoja Settings o en una hoja ' +
        'de siglas.',
    },
    example: {
      input: {
        en: 'PDX written twice in a matrix that writes PXD four times.',
        fr: 'PDX écrit deux fois dans une matrice qui écrit PXD quatre fois.',
        es: 'PDX escrito dos veces en una matriz que escribe PXD cuatro veces.',
      },
      params: { value: 'PDX', count: 2, suggestion: 'PXD', frequent: 4 },
    },
  },
  check({ settled }, emit) {
    // A matrix writes the same few tokens on every row: each is read once (3% of a bench validate).
    const read = new Map<string, string[]>();
    const codesIn = (token: string) => read.get(token) ?? read.set(token, codesOf(token)).get(token)!;
    // Loops, not nested flatMaps: the callbacks cost more than the reading.
    const cells: UnitCode[] = [];
    for (const { rec, place } of settled)
      for (const row of rec.rows)
        for (const { field, tokens } of row.units)
          for (const t of tokens)
            if (t.match.kind === 'unlisted')
              for (const code of codesIn(t.token))
                cells.push({ place, row: row.source.row, field, token: t.token, code });
    const counts = new Map<string, { code: string; n: number }>();
    for (const c of cells) {
      const entry =
        counts.get(c.code.toLowerCase()) ??
        counts.set(c.code.toLowerCase(), { code: c.code, n: 0 }).get(c.code.toLowerCase())!;
      entry.n++;
    }
    const frequent = [...counts.values()].filter((e) => e.n >= FREQUENT && e.code.length >= 3);
    for (const c of cells) {
      const rare = counts.get(c.code.toLowerCase())!;
      if (rare.n > RARE || c.code.length < 3) continue;
      const near = frequent.find((e) => e.n >= 2 * rare.n && variantOf(rare.code, e.code));
      if (!near) continue;
      // The suggestion is the token with the code corrected: "DPSMM (PDX)" becomes "DPSMM (PXD)".
      emit(
        { table: c.place, row: c.row, field: c.field, value: c.token, suggestion: c.token.replace(c.code, near.code) },
        { value: c.code, count: rare.n, suggestion: near.code, frequent: near.n },
      );
    }
  },
});
