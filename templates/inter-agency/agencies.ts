/** The agency list as a lookup: acronyms, full names and aliases, with a did-you-mean for typos. */
import type { EnumDef } from '../core/schema.js';
import { matchEnum, enumSpellings } from '../core/schema.js';
import { didYouMean } from '../core/text.js';
import type { AgencyType } from './agency-types.js';

export interface Agency {
  acronym: string;
  name: string;
  type?: AgencyType;
  aliases: readonly string[];
  /** The acronym a French or Spanish reader knows it by (PAM, PMA), where it has its own; the acronym otherwise. */
  acronyms?: { readonly fr?: string; readonly es?: string };
}

export type AgencyMatch =
  | {
      kind: 'known';
      agency: Agency;
      /** Typed as the acronym itself. */
      exact: boolean;
      /** Typed as its acronym in a language (WFP, PAM, PMA), in any case: no other spelling to report. */
      official: boolean;
    }
  | { kind: 'unknown'; suggestion?: string };

/** An EnumDef over agencies, so matching and the template dropdown reuse the core's enum machinery. */
export function agencyEnum(agencies: readonly Agency[]): EnumDef {
  return {
    id: 'agency',
    values: agencies.map((a) => ({
      value: a.acronym,
      label: { en: a.acronym, fr: a.acronyms?.fr ?? a.acronym, es: a.acronyms?.es ?? a.acronym },
      aliases: [a.name, ...a.aliases].filter(Boolean),
    })),
  };
}

export class AgencyDirectory {
  readonly enumDef: EnumDef;
  private readonly byAcronym: Map<string, Agency>;

  constructor(readonly agencies: readonly Agency[]) {
    this.enumDef = agencyEnum(agencies);
    this.byAcronym = new Map(agencies.map((a) => [a.acronym, a]));
  }

  lookup(text: string): AgencyMatch {
    const match = matchEnum(this.enumDef, text);
    if (match) {
      const agency = this.byAcronym.get(match.value)!;
      return { kind: 'known', agency, exact: text.trim() === match.value, official: !match.normalised };
    }
    const near = didYouMean(text, enumSpellings(this.enumDef));
    const suggestion = near === undefined ? undefined : matchEnum(this.enumDef, near)?.value;
    return suggestion ? { kind: 'unknown', suggestion } : { kind: 'unknown' };
  }
}
