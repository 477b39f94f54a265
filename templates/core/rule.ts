/**
 * A rule in one place: its id, severity, title and message in EN/FR/ES, the fields it reads, its documentation
 * and its check. The message's `{name}` placeholders type the params every caller passes, so a misspelt
 * placeholder or a missing param does not compile (as typescript-eslint types messageId); a plural form
 * `{name:one|other}` (see message.ts) requires a number.
 */
import type { Finding, Lang, MessageParams, Severity } from './types.js';
import type { Localised } from './schema.js';
import { fillMessage } from './message.js';

/** The name of a placeholder's text: `count` of `{count}`, of `{count:task|tasks}` and of `{?count}`/`{/count}`. */
type NameOf<P extends string> = P extends `${infer Name}:${string}`
  ? Name
  : P extends `?${infer Name}` | `/${infer Name}`
    ? Name
    : P;

/** The `{name}` placeholders of a message template, plural forms' names included, as a union of names. */
export type Placeholders<S extends string> = string extends S
  ? string
  : S extends `${string}{${infer Name}}${infer Rest}`
    ? NameOf<Name> | Placeholders<Rest>
    : never;

/** The names of a template's plural forms `{name:one|other}`. */
export type PluralNames<S extends string> = string extends S
  ? never
  : S extends `${string}{${infer Name}}${infer Rest}`
    ? (Name extends `${infer P}:${string}` ? P : never) | PluralNames<Rest>
    : never;

/** The literal type of strings joined: what `text(…)` returns. */
export type Join<T extends readonly string[]> = T extends readonly [infer H extends string, ...infer R extends string[]]
  ? `${H}${Join<R>}`
  : '';

/**
 * A long English message written in parts, each within the 120-column lines, keeping its literal type (so its
 * placeholders still type the params): `en: text('Column {column} "{header}" is not a field; ', 'its values …')`.
 */
export function text<const T extends readonly string[]>(...parts: T): Join<T> {
  return parts.join('') as Join<T>;
}

/** The params a message needs: one value per placeholder, a number for a plural form's. */
export type Params<En extends string> = {
  [K in Placeholders<En>]: K extends PluralNames<En> ? number : string | number;
};

/** Where a finding sits: the sheet of a parsed table places a field's cell (A1) from the row. */
export interface FindingTarget {
  /** 1-based sheet row. */
  row?: number;
  field?: string;
  value?: string;
  suggestion?: string;
  /** Another sheet of the workbook (a declared table, the Settings sheet). */
  sheet?: string;
  /** Another file of the batch (cross-file rules). */
  file?: string;
  /** 0-based sheet column, for a cell no field maps to (an unknown header). */
  column?: number;
  /** A1 address, for a cell outside any field column. */
  cell?: string;
  /** The table the finding is on, for rules that look at several (its file, sheet and field columns). */
  table?: TablePlace;
}

/** Enough of a parsed table to place a finding in its sheet. */
export interface TablePlace {
  file: string;
  sheet: string;
  firstColumn: number;
  header: { fieldColumns: Readonly<Record<string, number>> };
}

/** Reports one finding of the rule it was made for: a check can only ever emit its own rule. */
export type Emit<P> = (target: FindingTarget, params: P) => Finding;

/** A rule's documentation, each text in EN/FR/ES: a language left out does not compile. */
export interface RuleDoc<P> {
  /** What the rule checks. */
  checks: Localised;
  /** Why it matters to a coordinator. */
  why: Localised;
  /** How to fix what it reports. */
  fix: Localised;
  /** One example: the situation, and the params its message is rendered with in docs/rules*.md. */
  example: { input: Localised; params: P };
}

/** Everything about a rule but its check: what docs, the registry and the renderer read. */
export interface RuleMeta<Id extends string = string, En extends string = string> {
  readonly id: Id;
  readonly severity: Severity;
  /** A short name for the rule, shown as the group title in the pane. */
  readonly title: Localised;
  readonly messages: { readonly en: En; readonly fr: string; readonly es: string };
  /**
   * Params whose value is a code rendered per language (a round, a reason): code → text. A code with no
   * entry shows as given (a value typed by the user, a number).
   */
  readonly terms?: { readonly [K in Placeholders<En>]?: Readonly<Record<string, Localised>> };
  /** Numeric params shown with the language's digit grouping (200,000 / 200 000). */
  readonly counts?: readonly Placeholders<En>[];
  /**
   * Params shown as a label of the template in the language: `kind` holds a kind id (shown as its title),
   * `field` a field key of the kind named by params.kind (shown as the field's label), `name` a name from the
   * settings (shown in the language when the settings give it there, else as the settings write it), `value` a
   * canonical list value (shown as its label in the language; as given when no list or two lists disagree).
   */
  readonly labels?: { readonly [K in Placeholders<En>]?: 'kind' | 'field' | 'name' | 'value' };
  /** Template fields the rule reads ([] when it reads the layout or the file). */
  readonly fields: readonly string[];
  readonly doc: RuleDoc<Params<En>>;
  /**
   * Set when an adapter raises the rule rather than a check of the core: `reader` for what the file
   * readers find (they hand the id and params over; see raisedFinding).
   */
  readonly raisedBy?: 'reader';
}

export interface Rule<Id extends string = string, En extends string = string, Ctx = never> extends RuleMeta<Id, En> {
  /** Looks at the context and emits this rule's findings; never throws on odd input. */
  check(ctx: Ctx, emit: Emit<Params<En>>): void;
}

/** A rule checked by the core over a context of type Ctx. Returns its argument, typed. */
export function ruleFor<Ctx>() {
  return <const Id extends string, const En extends string>(rule: Rule<Id, En, Ctx>): Rule<Id, En, Ctx> => rule;
}

/** A rule an adapter raises (the file readers): the same metadata, no check in the core. */
export function raisedRule<const Id extends string, const En extends string>(
  rule: RuleMeta<Id, En> & { raisedBy: 'reader' },
): RuleMeta<Id, En> {
  return rule;
}

/** The labels of the kinds and their fields: the registry knows every kind, the core rules do not. */
export interface FieldLabels {
  kind(kind: string): Localised | undefined;
  field(kind: string, field: string): Localised | undefined;
  /** A name of the workbook's settings in other languages (settings-names.ts), by the settings' own words. */
  name?(name: string): Partial<Localised> | undefined;
  /** A canonical list value's label ("Accept" → Aceptada), when the kinds' lists agree on it. */
  value?(value: string): Localised | undefined;
}

/** The message of a rule in a language, its placeholders filled from params (terms, counts, labels rendered). */
export function renderRule(rule: RuleMeta, params: MessageParams, lang: Lang, labels?: FieldLabels): string {
  const terms = rule.terms as Readonly<Record<string, Readonly<Record<string, Localised>> | undefined>> | undefined;
  const counts = rule.counts as readonly string[] | undefined;
  const shown = rule.labels as Readonly<Record<string, 'kind' | 'field' | 'name' | 'value' | undefined>> | undefined;
  return fillMessage(rule.messages[lang], lang, params, (name, value) => {
    const term = terms?.[name]?.[String(value)];
    if (term) return term[lang];
    if (typeof value === 'number' && counts?.includes(name)) return value.toLocaleString(LOCALES[lang]);
    const as = shown?.[name];
    if (as === 'name') return labels?.name?.(String(value))?.[lang] ?? String(value);
    if (as === 'value') return labels?.value?.(String(value))?.[lang] ?? String(value);
    const label =
      as === 'kind' ? labels?.kind(String(value)) : as ? labels?.field(String(params.kind), String(value)) : undefined;
    return label ? label[lang] : String(value);
  });
}

const LOCALES: Readonly<Record<Lang, string>> = { en: 'en-US', fr: 'fr-FR', es: 'es-ES' };
