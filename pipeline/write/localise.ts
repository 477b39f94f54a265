/**
 * consolidated.xlsx in the user's language: sheet names, headers and list values in French or Spanish, with a Fields
 * sheet that gives each shown header its canonical field name, so other tools can still read the workbook. English
 * keeps the canonical names themselves (nothing to map back).
 */
import type { CellValue, Lang, SetAsideReason } from '../../templates/index.js';
import { SET_ASIDE_NOUNS } from '../messages.js';
import { columnLabel, isOurValue, kindShortTitle, tableTitle, valueLabel } from '../../templates/present/labels.js';
import { WORDS } from '../../templates/present/words.js';
import { columnLetter } from '../../templates/core/text.js';
import { nameIn, type KeyName, type TableNames } from '../../templates/core/settings-names.js';
import { keyLabel, type NamedKey } from '../../templates/present/names.js';

/** Table entries keyed by pillar or criterion, by their name in tables.json (nested ones included). */
const NAMED_TABLES: Readonly<Record<string, NamedKey>> = {
  pillar_by_response: 'pillar',
  by_pillar: 'pillar',
  by_criterion: 'criterion',
};
/** Record fields that hold a name the settings give: shown in the workbook's language. */
const NAME_FIELDS = new Set(['pillar_name', 'criterion_name']);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Row 1 of the Fields sheet carries this mark: the sheet is told by it, not by its (translated) name. */
export const FIELDS_MARKER = 'psea-sheets: fields';

export class WorkbookWords {
  /** Sheet, column letter, header shown, canonical name: the Fields sheet's rows. */
  readonly fields: [string, string, string, string][] = [];

  /** The settings' own name of a pillar or criterion → its names; null where two settings name it differently. */
  private readonly names = new Map<string, KeyName | null>();
  private tableNames = new Map<string, TableNames>();

  constructor(readonly lang: Lang) {}

  /** The names each kind's tables' keys stand for (KindOutput.names): given before the records are written. */
  useNames(kinds: readonly { kind: string; names?: TableNames }[]): void {
    this.tableNames = new Map(kinds.flatMap((k) => (k.names ? [[k.kind, k.names] as const] : [])));
    for (const names of this.tableNames.values())
      for (const group of Object.values(names))
        for (const keys of Object.values(group))
          for (const named of Object.values(keys)) {
            const seen = this.names.get(named.name);
            if (seen === undefined) this.names.set(named.name, named);
            else if (seen && JSON.stringify(seen.names) !== JSON.stringify(named.names))
              this.names.set(named.name, null);
          }
  }

  /**
   * A kind's tables with their pillar and criterion keys by name in the workbook's language ("1 – Leadership…"),
   * each evaluation by its own names; tables.json keeps the keys.
   */
  namedTables(kind: { kind: string; tables: unknown }): unknown {
    const names = this.tableNames.get(kind.kind);
    const { tables } = kind;
    if (!names || !isObject(tables) || !isObject(tables.evaluations)) return tables;
    const rename = (value: unknown, group: string, of?: NamedKey): unknown => {
      if (!isObject(value)) return value;
      const entries = Object.entries(value).map(([key, v]) => [
        (of && keyLabel(names, group, of, key, this.lang)) ?? key,
        rename(v, group, NAMED_TABLES[key]),
      ]);
      return Object.assign(Object.create(null) as object, Object.fromEntries(entries));
    };
    const evaluations = Object.entries(tables.evaluations).map(([id, own]) => [id, rename(own, id)]);
    return { ...tables, evaluations: Object.fromEntries(evaluations) };
  }

  get translated(): boolean {
    return this.lang !== 'en';
  }

  /** A word of ours (Findings, About, Fields, …). */
  word(key: string): string {
    return this.translated ? (WORDS[key]?.[this.lang] ?? key) : key;
  }

  /** Why rows were set aside (blank, section, …): the plural the row accounting uses. */
  reason(reason: string): string {
    const noun = SET_ASIDE_NOUNS[reason as SetAsideReason];
    return this.translated && noun ? noun[this.lang][1] : reason;
  }

  column(key: string, kind?: string): string {
    return this.translated ? columnLabel(key, this.lang, kind) : key;
  }

  kindSheet(kind: string): string {
    return this.translated ? kindShortTitle(kind, this.lang) : kind;
  }

  tableSheet(name: string): string {
    return this.translated
      ? tableTitle(name, this.lang, 'management-response')
      : name.replace(/^management-response\./, '');
  }

  /** The headers shown for canonical keys, each remembered for the Fields sheet under the sheet's final name. */
  headers(sheet: string, keys: readonly string[], kind?: string): string[] {
    if (!this.translated) return [...keys];
    const shown = keys.map((key) => columnLabel(key, this.lang, kind));
    // Excel tables need distinct header texts: a second column with the same label keeps its key beside it.
    const seen = new Set<string>();
    const unique = shown.map((h, i) => {
      const text = seen.has(h.toLowerCase()) ? `${h} (${keys[i]})` : h;
      seen.add(text.toLowerCase());
      return text;
    });
    unique.forEach((h, i) => this.fields.push([sheet, columnLetter(i), h, keys[i]]));
    return unique;
  }

  /** A record's value: a list field's value in the list's language; other text as the user wrote it. */
  recordValue(kind: string, field: string, value: CellValue): CellValue {
    if (typeof value !== 'string' || !this.translated) return value;
    const named = NAME_FIELDS.has(field) ? this.names.get(value) : undefined;
    return named ? nameIn(named, this.lang) : valueLabel(value, this.lang, kind, field);
  }

  /** A table cell: our values and keys translated, anything a user wrote (a unit, an agency) as written. */
  tableValue(value: CellValue): CellValue {
    return this.translated && typeof value === 'string' && isOurValue(value) ? valueLabel(value, this.lang) : value;
  }
}
