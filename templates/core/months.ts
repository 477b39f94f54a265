/**
 * Month numbers by folded name and usual abbreviation, EN/FR/ES: one table for every kind that reads dates as
 * people write them (workplan timelines, key-action due dates).
 */
import { foldKey } from './text.js';

export const MONTHS: ReadonlyMap<string, number> = new Map(
  [
    ['january jan janvier janv enero ene', 1],
    ['february feb fevrier fevr fev febrero', 2],
    ['march mar mars marzo', 3],
    ['april apr avril avr abril abr', 4],
    ['may mai mayo', 5],
    ['june jun juin junio', 6],
    ['july jul juillet juil julio', 7],
    ['august aug aout agosto ago', 8],
    ['september sep sept septembre septiembre setiembre', 9],
    ['october oct octobre octubre', 10],
    ['november nov novembre noviembre', 11],
    ['december dec decembre diciembre dic', 12],
  ].flatMap(([words, month]) => (words as string).split(' ').map((w) => [w, month as number] as const)),
);

/** Spanish "set" (septiembre) is also an English word: only a due-date reader, which sees a lone month, takes it. */
export const MONTHS_WITH_SET: ReadonlyMap<string, number> = new Map([...MONTHS, ['set', 9]]);

export function monthOf(word: string, table: ReadonlyMap<string, number> = MONTHS): number | undefined {
  return table.get(foldKey(word));
}
