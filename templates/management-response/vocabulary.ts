/**
 * The words of one evaluation: the template's responses and statuses plus the words its settings add. Reads a
 * response with its reason ("Agree – the offices asked for it"), and a status with what rides along: an overdue
 * flag ("Overdue-Initiated", "Vencida - Iniciada") or the date it was reached ("February 06, 2026, Completed").
 */
import type { EnumDef } from '../core/schema.js';
import { matchEnum } from '../core/schema.js';
import { readEnum, type EnumReading } from '../core/read-enum.js';
import type { SheetReadings } from '../core/readings.js';
import { foldKey } from '../core/text.js';
import { RESPONSE, STATUS, type ResponseValue, type StatusValue } from './values.js';
import type { MatrixSettings, Word } from './settings.js';
import { parsePeriod } from './key-actions/periods.js';

export interface Vocabulary {
  response: EnumDef;
  status: EnumDef;
  /** Folded words the settings declare: read as the evaluation's own, not reported as normalised. */
  own: ReadonlySet<string>;
}

function extend(def: EnumDef, words: readonly Word[]): EnumDef {
  if (!words.length) return def;
  return {
    id: def.id,
    values: def.values.map((v) => ({
      ...v,
      aliases: [...v.aliases, ...words.filter((w) => w.value === v.value).map((w) => w.word)],
    })),
  };
}

const cache = new WeakMap<MatrixSettings, Vocabulary>();

export function vocabularyOf(settings: MatrixSettings): Vocabulary {
  let vocabulary = cache.get(settings);
  if (!vocabulary) {
    vocabulary = {
      response: extend(RESPONSE, settings.responses),
      status: extend(STATUS, settings.statuses),
      own: new Set([...settings.responses, ...settings.statuses].map((w) => foldKey(w.word))),
    };
    cache.set(settings, vocabulary);
  }
  return vocabulary;
}

export interface ResponseReading extends EnumReading<ResponseValue> {
  /** What followed the response in its cell: "Agree – <reason>" keeps the reason as the rationale. */
  reason?: string;
}

/** "Partially agree as assessments will start…": the longest run of first words that is a response, and the rest. */
function splitReason(def: EnumDef, text: string): { head: string; reason: string } | undefined {
  const words = text.split(/\s+/);
  for (let n = Math.min(6, words.length - 1); n >= 1; n--) {
    if (!/\p{L}/u.test(words[n - 1])) continue; // "Agree –": the dash belongs to the reason
    const head = words.slice(0, n).join(' ');
    if (!matchEnum(def, head)) continue;
    const reason = words
      .slice(n)
      .join(' ')
      .replace(/^[\s–—\-:;,./]+/, '')
      .replace(/^(?:as|because|since|car|parce que|puisque|porque|ya que|pues)\s+/i, '')
      .trim();
    if (reason) return { head, reason };
  }
  return undefined;
}

export function readResponse(
  vocabulary: Vocabulary,
  raw: string,
  at: { row: number; field: string },
  readings: SheetReadings,
): ResponseReading | undefined {
  const text = raw.replace(/\s+/g, ' ').trim();
  if (!text) return undefined;
  const whole = matchEnum(vocabulary.response, text);
  const split = whole ? undefined : splitReason(vocabulary.response, text);
  if (!split) return readEnum<ResponseValue>(vocabulary.response, text, at, readings, vocabulary.own);
  const read = readEnum<ResponseValue>(vocabulary.response, split.head, at, readings, vocabulary.own);
  return { ...read, text, reason: split.reason };
}

export interface StatusReading extends EnumReading<StatusValue> {
  /** The status says it is late ("Overdue-Initiated"): kept as a flag, the class is the rest. */
  overdue: boolean;
}

const OVERDUE = /^(?:overdue|late|delayed|en retard|retard|vencid[ao]|atrasad[ao]|retrasad[ao])\b[\s\-–—:,/]*/i;

/** "February 06, 2026, Completed" → "Completed": a part of the cell that is a status, the others a date. */
function statusPart(def: EnumDef, text: string): string | undefined {
  const parts = text.split(/\s*[,;–—]\s*|\s+-\s+/).filter(Boolean);
  if (parts.length < 2) return undefined;
  const status = parts.filter((p) => matchEnum(def, p));
  if (status.length !== 1) return undefined;
  const others = parts.filter((p) => p !== status[0]).join(' ');
  return parsePeriod(others) ? status[0] : undefined;
}

export function readStatus(
  vocabulary: Vocabulary,
  text: string,
  at: { row: number; field: string },
  readings: SheetReadings,
): StatusReading | undefined {
  if (!text) return undefined;
  const whole = matchEnum(vocabulary.status, text) !== undefined;
  const flag = whole ? null : OVERDUE.exec(text);
  const rest = flag ? text.slice(flag[0].length).trim() : text;
  if (flag && !rest) return { text, value: 'in progress', overdue: true };
  const part = whole ? undefined : statusPart(vocabulary.status, rest);
  const read = readEnum<StatusValue>(vocabulary.status, part ?? rest, at, readings, vocabulary.own);
  return read ? { ...read, text, overdue: !!flag } : undefined;
}
