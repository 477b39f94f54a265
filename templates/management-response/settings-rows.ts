/**
 * The Settings-sheet rows of a management response, `type | key | name | from | to`: pillar, criterion, unit,
 * response and status words, round, numbering, evaluation. Read by the one Settings-sheet parser
 * (templates/core/settings-sheet.ts); `psea template management-response` writes an example of each.
 */
import type { CellValue } from '../core/types.js';
import type { EnumDef } from '../core/schema.js';
import { matchEnum } from '../core/schema.js';
import type { SettingsRowResult, SettingsRowType } from '../core/settings-sheet.js';
import { cellText, foldKey } from '../core/text.js';
import { RESPONSE, STATUS } from './values.js';
import { settingsRound } from './rounds.js';

function num(value: CellValue | undefined): number | undefined {
  const n = typeof value === 'number' ? value : Number(cellText(value));
  return Number.isFinite(n) && cellText(value) !== '' ? n : undefined;
}

/** `response | Agreed in principle | Accept`: a word of this evaluation and the value it means. */
function wordRow(words: readonly string[], list: string, values: EnumDef): SettingsRowType {
  return {
    words,
    list,
    needs: ['key', 'name'],
    read: ([, key, name]): SettingsRowResult => {
      const word = cellText(key);
      const meant = cellText(name);
      if (!word || !meant) return { missing: true };
      const match = matchEnum(values, meant);
      if (!match) {
        const expected = values.values.map((v) => v.value).join(', ');
        return { invalid: { column: 'C', value: meant, expected } };
      }
      return { item: { word, value: match.value } };
    },
  };
}

const NUMBERING_WORDS: Readonly<Record<string, 'auto' | 'whole'>> = {
  auto: 'auto',
  whole: 'whole',
  entier: 'whole',
  entiere: 'whole',
  entero: 'whole',
};

export const SHEET_ROWS: readonly SettingsRowType[] = [
  {
    words: ['pillar', 'pilier', 'pilar'],
    list: 'pillars',
    named: true,
    needs: ['key', 'name', 'from and to together'],
    read: ([, key, name, from, to]) => {
      const pillar = { number: num(key), name: cellText(name), from: num(from), to: num(to) };
      if (!pillar.number || !pillar.name) return { missing: true };
      if ((pillar.from === undefined) !== (pillar.to === undefined)) return { missing: true };
      const { from: f, to: t, ...named } = pillar;
      return { item: f === undefined ? named : { ...named, from: f, to: t } };
    },
  },
  {
    words: ['criterion', 'critère', 'criterio'],
    list: 'criteria',
    named: true,
    needs: ['key', 'name'],
    read: ([, key, name]) => {
      const digit = num(key);
      return digit !== undefined && cellText(name)
        ? { item: { digit, name: cellText(name), aliases: [] } }
        : { missing: true };
    },
  },
  {
    words: ['unit', 'unité', 'unidad'],
    list: 'units',
    needs: ['key'],
    read: ([, key, name]) =>
      cellText(key) ? { item: { code: cellText(key), name: cellText(name) } } : { missing: true },
  },
  wordRow(['response', 'réponse', 'respuesta'], 'responses', RESPONSE),
  wordRow(['status', 'statut', 'estado'], 'statuses', STATUS),
  {
    words: ['round', 'cycle', 'ronda'],
    list: 'rounds',
    needs: ['key', 'name'],
    read: ([, key, name]) =>
      cellText(key) && cellText(name)
        ? { item: { key: settingsRound(cellText(key)), name: cellText(name) } }
        : { missing: true },
  },
  {
    words: ['numbering', 'numérotation', 'numeración'],
    list: 'numbering',
    single: true,
    needs: ['key'],
    read: ([, key]) => {
      const scheme = NUMBERING_WORDS[foldKey(cellText(key))];
      if (!cellText(key)) return { missing: true };
      return scheme ? { item: scheme } : { invalid: { column: 'B', value: cellText(key), expected: 'auto, whole' } };
    },
  },
  {
    words: ['evaluation', 'évaluation', 'evaluación'],
    list: 'evaluation',
    single: true,
    needs: ['key'],
    read: ([, key, name]) =>
      cellText(key) ? { item: { id: cellText(key), name: cellText(name) } } : { missing: true },
  },
];
