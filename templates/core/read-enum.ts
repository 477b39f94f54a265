/** Reads a typed value of an enumerated field generously, and says so when it had to. */
import type { Reporter } from './report.js';
import { matchEnum, enumSpellings, type EnumDef } from './schema.js';
import { didYouMean } from './text.js';
import type { MessageCatalogue } from './messages.js';

export interface EnumRules {
  /** Error when the text is no spelling of any value. Params: value. */
  invalid: string;
  /** Info when an alias was read as the canonical value. Params: value, canonical. */
  normalised: string;
}

export function readEnum<T extends string>(
  def: EnumDef,
  text: string,
  field: string,
  row: number,
  report: Reporter,
  rules: EnumRules,
): T | undefined {
  if (!text) return undefined;
  const match = matchEnum(def, text);
  if (match) {
    if (match.normalised)
      report.info(
        rules.normalised,
        { row, field, value: text, suggestion: match.value },
        { value: text, canonical: match.value },
      );
    return match.value as T;
  }
  const near = didYouMean(text, enumSpellings(def));
  const suggestion = near === undefined ? undefined : matchEnum(def, near)?.value;
  report.error(rules.invalid, suggestion ? { row, field, value: text, suggestion } : { row, field, value: text }, {
    value: text,
  });
  return undefined;
}

/** The info message of `EnumRules.normalised`, under a kind's prefix. */
export function normalisedMessages(prefix: string): MessageCatalogue {
  return {
    [`${prefix}.value-normalised`]: {
      en: '"{value}" read as "{canonical}".',
      fr: '« {value} » lu comme « {canonical} ».',
      es: '«{value}» leído como «{canonical}».',
    },
  };
}
